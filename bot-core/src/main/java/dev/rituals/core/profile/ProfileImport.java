package dev.rituals.core.profile;

import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.text.CsvRow;
import dev.rituals.core.usecase.ProfileField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads profiles from CSV: a header line naming a {@code user} column and any of the profile fields
 * ({@link ProfileField#keys()}), then one row per person. Values with commas are quoted.
 *
 * <p>All or nothing: when any row is bad, the result lists every bad row and nothing is stored, so
 * a moderator fixes the file and imports it again without wondering which rows went in.
 */
public final class ProfileImport {
  public static final int MAX_ROWS = 1000;
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9:._@-]{2,200}");

  /** Profiles to store, or the errors (each starting with "row N:") when any row is bad. */
  public record Result(List<Profile> profiles, List<String> errors) {
    public Result {
      profiles = List.copyOf(profiles);
      errors = List.copyOf(errors);
    }
  }

  private final ProfileService profiles;

  public ProfileImport(ProfileService profiles) {
    this.profiles = profiles;
  }

  /** Parses and validates; {@code owner} gives the platform and tenant of the ids in the file. */
  public Result read(String csv, UserRef owner) {
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      return new Result(List.of(), List.of("Put the CSV on the lines after `profile import`."));
    }
    if (lines.size() - 1 > MAX_ROWS) {
      return new Result(List.of(), List.of("Import at most " + MAX_ROWS + " rows at a time."));
    }
    List<String> header = split(lines.get(0));
    List<String> errors = new ArrayList<>();
    int userColumn = -1;
    List<ProfileField> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.equals("user")) {
        userColumn = i;
        columns.add(null);
      } else {
        var field = ProfileField.fromWord(name);
        if (field.isEmpty()) {
          errors.add("header: \"" + name + "\" is not a column; use user, " + ProfileField.keys());
        }
        columns.add(field.orElse(null));
      }
    }
    if (userColumn < 0) {
      errors.add("header: the first line must name the columns, including user.");
    }
    if (!errors.isEmpty()) {
      return new Result(List.of(), errors);
    }
    List<Profile> read = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int row = 1; row < lines.size(); row++) {
      List<String> cells = split(lines.get(row));
      String prefix = "row " + (row + 1) + ": ";
      if (cells.size() != header.size()) {
        errors.add(prefix + cells.size() + " values for " + header.size() + " columns.");
        continue;
      }
      String id = cells.get(userColumn).strip();
      if (!USER_ID.matcher(id).matches()) {
        errors.add(prefix + "\"" + id + "\" is not a user id.");
        continue;
      }
      if (!seen.add(id)) {
        errors.add(prefix + id + " appears twice.");
        continue;
      }
      UserRef user = new UserRef(owner.tenant(), id);
      Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
      for (int c = 0; c < cells.size(); c++) {
        if (columns.get(c) != null) {
          values.put(columns.get(c), cells.get(c));
        }
      }
      ProfileService.Edited edited = profiles.edit(profiles.load(user), values);
      edited.errors().forEach((f, m) -> errors.add(prefix + f.key() + ": " + m));
      read.add(edited.profile());
    }
    return errors.isEmpty() ? new Result(read, List.of()) : new Result(List.of(), errors);
  }

  private static List<String> split(String line) {
    char separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
    return new CsvRow(line, separator).fields();
  }
}
