package dev.rituals.teams;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who administers Rituals in a Teams tenant, as Slack's workspace admins and owners do in Slack:
 * the tenant's first installer, the people admins add, and those the configuration names. The Bot
 * Framework roster tells no roles (Entra roles and team ownership need Microsoft Graph), so Rituals
 * keeps this list itself. Everything is per tenant: an admin of one tenant is nobody in another.
 */
final class TeamsAdmins {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsAdmins.class);

  private final TenantAdminStore store;
  private final Set<TeamsAdminId> configured;

  TeamsAdmins(TenantAdminStore store, Set<TeamsAdminId> configured) {
    this.store = Objects.requireNonNull(store, "store");
    this.configured = Set.copyOf(configured);
  }

  /** Whether the sender of this activity is a Rituals admin of the tenant it came from. */
  boolean recognises(TeamsConversation where) {
    return where.aadObjectId().map(aad -> isAdmin(where.tenant().tenantId(), aad)).orElse(false);
  }

  boolean isAdmin(String tenantId, String aadObjectId) {
    return configured(tenantId, aadObjectId) || store.isAdmin(key(tenantId), key(aadObjectId));
  }

  boolean configured(String tenantId, String aadObjectId) {
    return configured.contains(new TeamsAdminId(key(tenantId), key(aadObjectId)));
  }

  long configuredIn(String tenantId) {
    return configured.stream().filter(a -> a.tenantId().equals(key(tenantId))).count();
  }

  /**
   * Rituals added to a team or group chat: the tenant's first such installer becomes its admin. A
   * personal install is someone adding the app for themselves (or an admin policy doing it for
   * everyone), so it makes nobody an admin.
   */
  void installed(TeamsConversation where) {
    if (where.personal() || where.aadObjectId().isEmpty()) {
      return;
    }
    String tenantId = where.tenant().tenantId();
    if (store.recordFirstInstaller(
        key(tenantId), key(where.aadObjectId().get()), where.displayName())) {
      LOG.info("Teams tenant {}: the first installer is its Rituals admin", tenantId);
    }
  }

  TenantAdminStore store() {
    return store;
  }

  /** Entra ids are GUIDs, which Teams and the admin center may write in either case. */
  static String key(String id) {
    return id.strip().toLowerCase(Locale.ROOT);
  }

  Optional<String> installer(String tenantId) {
    return store.installer(key(tenantId));
  }
}
