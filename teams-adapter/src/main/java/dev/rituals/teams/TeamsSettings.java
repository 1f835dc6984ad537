package dev.rituals.teams;

import java.util.Optional;
import java.util.Set;

/**
 * How the Teams endpoint runs. With an app id and password (the Azure Bot registration) every
 * request must carry a Bot Framework token; with neither, the SDK's anonymous local mode serves the
 * Microsoft 365 Agents Playground.
 *
 * @param appId {@code MicrosoftAppId}, or blank
 * @param appPassword {@code MicrosoftAppPassword}, or blank
 * @param appTenantId {@code MicrosoftAppTenantId}: the bot registration's tenant, for a
 *     single-tenant Azure Bot (the bot's tokens then come from that tenant)
 * @param allowedTenants when not empty, activities from other Microsoft 365 tenants are ignored
 * @param admins Rituals admins named in the configuration ({@code RITUALS_TEAMS_ADMINS}), each for
 *     one tenant only, beside the installers and the admins they add
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    Optional<String> appTenantId,
    Set<String> allowedTenants,
    Set<TeamsAdminId> admins) {
  public TeamsSettings(
      String appId, String appPassword, Optional<String> appTenantId, Set<String> allowedTenants) {
    this(appId, appPassword, appTenantId, allowedTenants, Set.of());
  }

  public TeamsSettings {
    appId = appId == null ? "" : appId.strip();
    appPassword = appPassword == null ? "" : appPassword;
    appTenantId = appTenantId == null ? Optional.empty() : appTenantId.filter(t -> !t.isBlank());
    if (appId.isEmpty() != appPassword.isEmpty()) {
      throw new IllegalArgumentException(
          "Set both MicrosoftAppId and MicrosoftAppPassword, or neither (local mode)");
    }
    allowedTenants = Set.copyOf(allowedTenants == null ? Set.of() : allowedTenants);
    admins = Set.copyOf(admins == null ? Set.of() : admins);
  }

  /** Anonymous local mode: no tokens checked, none sent. */
  public static TeamsSettings local() {
    return new TeamsSettings("", "", Optional.empty(), Set.of());
  }

  public boolean authEnabled() {
    return !appId.isEmpty();
  }

  public boolean tenantAllowed(String tenantId) {
    return allowedTenants.isEmpty() || allowedTenants.contains(tenantId);
  }

  /** The app id the SDK expects in continueConversation: null in local mode. */
  Optional<String> botAppId() {
    return authEnabled() ? Optional.of(appId) : Optional.empty();
  }

  @Override
  public String toString() {
    // never print the password
    return "TeamsSettings[appId="
        + appId
        + ", auth="
        + authEnabled()
        + ", tenants="
        + allowedTenants
        + ", configuredAdmins="
        + admins.size()
        + "]";
  }
}
