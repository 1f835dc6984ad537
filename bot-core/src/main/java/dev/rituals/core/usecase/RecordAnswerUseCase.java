package dev.rituals.core.usecase;

import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.time.Instant;

/** Turns members' messages and form submits into answers, once each. */
public interface RecordAnswerUseCase {
  /**
   * A message in a channel or thread: a thread reply under a prompt answers that prompt; "A2 ..." /
   * "A2: ..." in a channel answers Q2 of the channel's open occurrence; anything else is ignored.
   */
  AnswerOutcome onMessage(IncomingMessage message);

  /** An answer submitted through a modal (Slack) or card (Teams) for a known prompt. */
  AnswerOutcome onSubmit(
      PromptId prompt,
      UserRef author,
      String authorName,
      String text,
      AnswerSource source,
      String sourceKey,
      Instant at);

  /** The platform says the message behind an answer was edited. */
  AnswerOutcome onEdit(TenantRef tenant, String sourceKey, String newText, Instant at);

  /** The platform says the message behind an answer was deleted. */
  AnswerOutcome onDelete(TenantRef tenant, String sourceKey);
}
