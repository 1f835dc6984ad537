package dev.rituals.slack.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer typed into the answer modal. Recording is in-process and quick, so it happens before
 * the acknowledgement: the person learns at once whether it counted. The view id is the answer's
 * source key, so a re-sent submission of the same modal counts once.
 */
public final class AnswerSubmission implements ViewSubmissionHandler {
  private static final Logger log = LoggerFactory.getLogger(AnswerSubmission.class);

  private final RecordAnswerUseCase answers;
  private final SlackUsers users;
  private final Clock clock;

  public AnswerSubmission(RecordAnswerUseCase answers, SlackUsers users, Clock clock) {
    this.answers = answers;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload payload = request.getPayload();
    String teamId = Tenants.teamId(ctx);
    String userId = payload.getUser().getId();
    String text = FormReader.value(payload.getView().getState(), AnswerModal.ANSWER_INPUT).strip();
    if (text.isEmpty()) {
      return error(ctx, "Write an answer first.");
    }
    try {
      PromptId prompt = PromptId.parse(payload.getView().getPrivateMetadata());
      String name =
          users
              .remembered(teamId, userId)
              .map(SlackUsers.Person::displayName)
              .orElse(payload.getUser().getName());
      AnswerOutcome outcome =
          answers.onSubmit(
              prompt,
              Tenants.user(teamId, userId),
              name,
              text,
              AnswerSource.MODAL,
              payload.getView().getId(),
              clock.instant());
      if (outcome == AnswerOutcome.IGNORED) {
        return error(ctx, "This question is not taking answers any more; nothing was recorded.");
      }
      return ctx.ack();
    } catch (IllegalArgumentException e) {
      // A malformed prompt id or an answer core refuses (too long): the person can fix or cancel.
      log.info("answer modal refused in team {}: {}", teamId, e.getClass().getSimpleName());
      return error(ctx, "This answer could not be recorded; nothing was changed.");
    } catch (RuntimeException e) {
      log.warn("answer modal failed in team {}", teamId, e);
      return error(ctx, Notices.SORRY);
    }
  }

  private static Response error(ViewSubmissionContext ctx, String message) {
    return ctx.ackWithErrors(Map.of(AnswerModal.ANSWER_INPUT, message));
  }
}
