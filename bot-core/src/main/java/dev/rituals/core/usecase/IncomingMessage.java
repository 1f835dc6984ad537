package dev.rituals.core.usecase;

import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's message as a platform delivered it.
 *
 * @param message where the message itself is (Slack channel+ts, Teams conversation+activity id)
 * @param threadParent the message it replies to, when it is a thread / reply-chain reply
 * @param sourceKey what identifies this message across redeliveries (e.g. "C123:1712.0001")
 */
public record IncomingMessage(
    UserRef author,
    String authorName,
    String text,
    MessageRef message,
    Optional<MessageRef> threadParent,
    String sourceKey,
    Instant at) {
  public IncomingMessage {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(threadParent, "threadParent");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(at, "at");
    text = text == null ? "" : text;
  }
}
