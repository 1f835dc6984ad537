package dev.rituals.core.command;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code status}, {@code status retry <code>|all}, {@code status dismiss <code>|all}. A code is the
 * start of a message's id as {@code status} shows it (hex digits); anything after it gets the
 * usage, not a guess.
 */
final class StatusParser {
  /** Shown codes are six hex digits; four are enough to pick one, the whole id is accepted too. */
  private static final Pattern CODE = Pattern.compile("[0-9a-f]{4,32}");

  private StatusParser() {}

  static Command parse(TokenCursor c) {
    c.usage(Usage.STATUS);
    if (!c.hasNext()) {
      return new Command.Status();
    }
    String sub = Topic.STATUS.subcommand(c.next());
    c.usage(sub.equals("retry") ? Usage.STATUS_RETRY : Usage.STATUS_DISMISS);
    Token target = c.require("the message's code from status (or all)");
    c.expectEnd();
    Optional<String> code = target.is("all") ? Optional.empty() : Optional.of(code(target, c));
    return sub.equals("retry") ? new Command.StatusRetry(code) : new Command.StatusDismiss(code);
  }

  private static String code(Token token, TokenCursor c) {
    String code = token.text().strip().replace("-", "").toLowerCase(Locale.ROOT);
    if (code.startsWith("`") && code.endsWith("`") && code.length() > 2) {
      code = code.substring(1, code.length() - 1);
    }
    if (!CODE.matcher(code).matches()) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_REF,
          Words.show(token.text())
              + " is not a message code: status shows one per message, like 3fa8c1. Usage: "
              + c.usage().syntax());
    }
    return code;
  }
}
