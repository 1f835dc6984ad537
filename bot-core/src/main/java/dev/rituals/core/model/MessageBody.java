package dev.rituals.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Platform-neutral content of a message: a kind, a plain-text rendering (the fallback every
 * platform can show), and named fields the platform renderers use (e.g. {@code question}, {@code
 * number}, {@code promptId}).
 */
public record MessageBody(MessageKind kind, String text, Map<String, String> fields) {
  public static final int MAX_TEXT = 39_000;

  public MessageBody {
    Objects.requireNonNull(kind, "kind");
    text = Ids.requireText(text, "text", MAX_TEXT);
    fields = Map.copyOf(fields);
  }

  public static MessageBody text(String text) {
    return new MessageBody(MessageKind.TEXT, text, Map.of());
  }

  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }
}
