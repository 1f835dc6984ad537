package dev.rituals.teams;

import com.microsoft.bot.schema.Activity;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import java.time.Clock;
import java.util.Optional;

/**
 * Channel messages that are not commands: a reply in a prompt's reply chain, or "A2 ..." in the
 * channel, may be an answer (core decides). Edits and deletes follow the same message identity.
 */
final class AnswerHandler {
  private final RecordAnswerUseCase answers;
  private final Clock clock;

  AnswerHandler(RecordAnswerUseCase answers, Clock clock) {
    this.answers = answers;
    this.clock = clock;
  }

  void onMessage(Activity activity, TeamsConversation where) {
    String id = activity.getId();
    if (where.user().isEmpty() || TeamsConversation.isBlank(id)) {
      return;
    }
    answers.onMessage(
        new IncomingMessage(
            where.user().get(),
            where.displayName(),
            TeamsText.plain(activity.getText()),
            where.message(id),
            parentOf(activity, where),
            where.sourceKey(id),
            clock.instant()));
  }

  /** Teams' messageUpdate with eventType editMessage. */
  void onEdit(Activity activity, TeamsConversation where) {
    if (!TeamsConversation.isBlank(activity.getId())) {
      answers.onEdit(
          where.tenant(),
          where.sourceKey(activity.getId()),
          TeamsText.plain(activity.getText()),
          clock.instant());
    }
  }

  /** Teams' messageDelete with eventType softDeleteMessage. */
  void onDelete(Activity activity, TeamsConversation where) {
    if (!TeamsConversation.isBlank(activity.getId())) {
      answers.onDelete(where.tenant(), where.sourceKey(activity.getId()));
    }
  }

  /**
   * The reply chain's root: in a channel the conversation id ends in {@code ;messageid=<root>} (the
   * root message itself carries its own id there, so that is not a parent).
   */
  static Optional<MessageRef> parentOf(Activity activity, TeamsConversation where) {
    Optional<String> root =
        where
            .replyChainRoot()
            .or(() -> Optional.ofNullable(activity.getReplyToId()))
            .filter(r -> !r.isBlank() && !r.equals(activity.getId()));
    return root.map(where::message);
  }
}
