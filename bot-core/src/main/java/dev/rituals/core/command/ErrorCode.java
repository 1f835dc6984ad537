package dev.rituals.core.command;

/**
 * What kind of mistake a {@link ParseResult.ParseError} reports; lets tests and adapters branch.
 */
public enum ErrorCode {
  TOO_LONG,
  UNCLOSED_QUOTE,
  UNKNOWN_COMMAND,
  UNKNOWN_SUBCOMMAND,
  UNKNOWN_TOPIC,
  MISSING_ARGUMENT,
  UNEXPECTED_WORD,
  DUPLICATE_OPTION,
  BAD_KIND,
  BAD_DAY,
  BAD_TIME,
  BAD_ZONE,
  BAD_DURATION,
  BAD_NUMBER,
  BAD_REF,
  BAD_TAG,
  BAD_TEXT,
  BAD_DATE,
  BAD_DATE_RANGE,
  INCONSISTENT_OPTIONS,
  BAD_IMPORT,
  UNKNOWN_TEMPLATE
}
