package dev.rituals.teams;

import java.util.List;
import java.util.Optional;

/** The reply to {@code @Rituals admins}: who may change every community of this tenant. */
final class AdminListText {
  private AdminListText() {}

  static String of(TeamsAdmins admins, String tenantId) {
    List<TenantAdminStore.StoredAdmin> stored = admins.store().list(TeamsAdmins.key(tenantId));
    long configured = admins.configuredIn(tenantId);
    if (stored.isEmpty() && configured == 0) {
      return "This organisation has no Rituals admins yet. Whoever first adds Rituals to a team"
          + " becomes one, and the app's configuration ("
          + TeamsAdminId.VARIABLE
          + ") can name more. Until then each community's moderators run it.";
    }
    Optional<String> installer = admins.installer(tenantId);
    StringBuilder text =
        new StringBuilder(
            "Rituals admins of this organisation (they may change every community, as its"
                + " moderators can):\n");
    for (TenantAdminStore.StoredAdmin admin : stored) {
      text.append("• ")
          .append(admin.displayName().orElse("someone without a name in Teams"))
          .append(
              installer.filter(admin.aadObjectId()::equals).isPresent()
                  ? " (installed Rituals)"
                  : "")
          .append('\n');
    }
    if (configured > 0) {
      text.append("• ")
          .append(configured)
          .append(configured == 1 ? " person" : " people")
          .append(" named in the app's configuration\n");
    }
    return text.append("An admin adds another with `@Rituals admin add @person`.").toString();
  }
}
