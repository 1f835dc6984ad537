package dev.rituals.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code admins} / {@code admin [list]}, {@code admin add <person>}, {@code admin remove <person>}.
 */
final class AdminParser {
  private AdminParser() {}

  static AdminCommand parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new AdminCommand.ListAdmins(); // "admins" reads as a question: who are they?
    }
    String sub = Topic.ADMIN.subcommand(c.next());
    c.usage(Usage.of(Topic.ADMIN, sub));
    if (sub.equals("list")) {
      c.expectEnd();
      return new AdminCommand.ListAdmins();
    }
    // Not required here: a Teams mention is an entity beside the text, so the adapter checks it.
    List<String> words = new ArrayList<>();
    while (c.hasNext()) {
      words.add(c.next().text());
    }
    String person = String.join(" ", words);
    return sub.equals("add") ? new AdminCommand.Add(person) : new AdminCommand.Remove(person);
  }
}
