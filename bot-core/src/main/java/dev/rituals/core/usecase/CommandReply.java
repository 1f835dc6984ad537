package dev.rituals.core.usecase;

import java.util.Objects;
import java.util.Optional;

/**
 * What the person who typed a command sees. {@code text} uses light markup every platform can show:
 * {@code *bold*}, {@code `code`}, and lines starting with "• ". When {@code form} is set the
 * adapter opens that form (Slack modal, Teams Adaptive Card) instead of, or along with, the text.
 * An {@code attachment} (a file, a link, a structured report) comes along with the text; an adapter
 * that cannot show it still has the text.
 */
public record CommandReply(
    Outcome outcome, String text, Optional<Form> form, Optional<ReplyAttachment> attachment) {
  /** Whether the command did what was asked. */
  public enum Outcome {
    OK,
    /** The input was wrong: text says which word and shows an example. */
    USAGE_ERROR,
    /** The person may not do this (e.g. not a moderator). */
    DENIED,
    /** Something referenced does not exist (no community here, no ritual #4). */
    NOT_FOUND
  }

  /** Forms the adapters know how to render. */
  public enum Form {
    SCHEDULE_ADD,
    PROFILE
  }

  public CommandReply {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(attachment, "attachment");
  }

  public CommandReply(Outcome outcome, String text, Optional<Form> form) {
    this(outcome, text, form, Optional.empty());
  }

  public static CommandReply ok(String text, ReplyAttachment attachment) {
    return new CommandReply(Outcome.OK, text, Optional.empty(), Optional.of(attachment));
  }

  public static CommandReply ok(String text) {
    return new CommandReply(Outcome.OK, text, Optional.empty());
  }

  public static CommandReply usage(String text) {
    return new CommandReply(Outcome.USAGE_ERROR, text, Optional.empty());
  }

  public static CommandReply denied(String text) {
    return new CommandReply(Outcome.DENIED, text, Optional.empty());
  }

  public static CommandReply notFound(String text) {
    return new CommandReply(Outcome.NOT_FOUND, text, Optional.empty());
  }

  public static CommandReply form(Form form, String text) {
    return new CommandReply(Outcome.OK, text, Optional.of(form));
  }
}
