package dev.rituals.teams;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Teams admin for Rituals named in the configuration ({@code RITUALS_TEAMS_ADMINS}): a person's
 * Microsoft Entra object id within one tenant. Being admin in one tenant gives nothing in another.
 */
public record TeamsAdminId(String tenantId, String aadObjectId) {
  /** The environment variable that lists them: {@code tenantId/objectId}, comma-separated. */
  public static final String VARIABLE = "RITUALS_TEAMS_ADMINS";

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public TeamsAdminId {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(aadObjectId, "aadObjectId");
    if (tenantId.isBlank() || aadObjectId.isBlank()) {
      throw new IllegalArgumentException("a Teams admin needs a tenant id and an object id");
    }
    // Entra ids are GUIDs, written in either case by Teams and the admin center
    tenantId = lower(tenantId);
    aadObjectId = lower(aadObjectId);
  }

  /**
   * Reads {@code tenantId/objectId,tenantId/objectId}; both ids are GUIDs as the Entra admin center
   * shows them (Tenant ID on the Overview page, Object ID on the user's page).
   *
   * @throws IllegalArgumentException naming every bad entry, for the start-up error
   */
  public static Set<TeamsAdminId> parseList(String value) {
    Set<TeamsAdminId> admins = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    for (String entry : value.split(",", -1)) {
      String item = entry.strip();
      String[] parts = item.split("/", -1);
      if (parts.length == 2 && isGuid(parts[0].strip()) && isGuid(parts[1].strip())) {
        admins.add(new TeamsAdminId(parts[0], parts[1]));
      } else {
        bad.add(item.isEmpty() ? "an empty entry" : "\"" + shorten(item) + "\"");
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(
          VARIABLE
              + " has "
              + String.join(", ", bad)
              + ": each entry must be <tenant id>/<user object id>, both GUIDs such as"
              + " 11111111-2222-3333-4444-555555555555/66666666-7777-8888-9999-000000000000,"
              + " separated by commas");
    }
    return Set.copyOf(admins);
  }

  private static boolean isGuid(String text) {
    return GUID.matcher(text).matches();
  }

  private static String lower(String id) {
    return id.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** An id pasted by mistake could be anything: show enough to find it, never a whole secret. */
  private static String shorten(String item) {
    return item.length() <= 80 ? item : item.substring(0, 77) + "...";
  }
}
