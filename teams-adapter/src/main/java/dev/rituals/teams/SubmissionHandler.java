package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.FormResult;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adaptive Card submits (Action.Submit messages and Action.Execute invokes alike): answers to
 * prompts and the schedule form. Decides what the person sees; {@link RitualsBot} delivers it.
 */
final class SubmissionHandler {
  /** What a submit produced: a card to replace the submitted one, and/or a message. */
  record Result(Optional<ObjectNode> card, Optional<String> message) {
    static Result card(ObjectNode card) {
      return new Result(Optional.of(card), Optional.empty());
    }

    static Result message(String text) {
      return new Result(Optional.empty(), Optional.of(text));
    }

    static Result nothing() {
      return new Result(Optional.empty(), Optional.empty());
    }
  }

  private final RecordAnswerUseCase answers;
  private final SubmitScheduleFormUseCase scheduleForm;
  private final Optional<EditProfileUseCase> profiles;
  private final Optional<PairFollowUpUseCase> pairing;
  private final TeamsAdmins admins;
  private final Clock clock;

  SubmissionHandler(
      RecordAnswerUseCase answers,
      SubmitScheduleFormUseCase scheduleForm,
      Optional<EditProfileUseCase> profiles,
      Optional<PairFollowUpUseCase> pairing,
      TeamsAdmins admins,
      Clock clock) {
    this.admins = admins;
    this.answers = answers;
    this.scheduleForm = scheduleForm;
    this.profiles = profiles;
    this.pairing = pairing;
    this.clock = clock;
  }

  /**
   * @param submitId the platform's id of this submit, so a redelivered submit is recorded once
   */
  Result submit(TeamsConversation where, String submitId, JsonNode data) {
    if (where.user().isEmpty() || data == null || !data.isObject()) {
      return Result.nothing();
    }
    return switch (data.path(Cards.ACTION_KEY).asText("")) {
      case MessageRenderer.ANSWER_ACTION -> answer(where, submitId, data);
      case ScheduleFormCard.ACTION -> schedule(where, data);
      case ProfileFormCard.ACTION -> profile(where, data);
      case PairingCards.ANSWER_ACTION, PairingCards.STAY_ACTION ->
          // the answered card is replaced by core's reply, so it is not clicked twice
          Result.card(
              pairingDone(
                  PairingCards.submit(
                          pairing, where.user().get(), data.path(Cards.ACTION_KEY).asText(), data)
                      .orElse("Done.")));
      default -> Result.message("I don't know that card any more. Type `help` to start again.");
    };
  }

  private Result answer(TeamsConversation where, String submitId, JsonNode data) {
    String text = data.path(MessageRenderer.ANSWER_INPUT).asText("").strip();
    if (text.isEmpty()) {
      return Result.message("Write your answer in the box first, then press *Answer*.");
    }
    PromptId prompt;
    try {
      prompt = PromptId.parse(data.path(MessageRenderer.PROMPT_ID).asText(""));
    } catch (IllegalArgumentException notAPromptId) {
      return Result.message("This card is not a prompt I know, so nothing was recorded.");
    }
    AnswerOutcome outcome =
        answers.onSubmit(
            prompt,
            where.user().get(),
            where.displayName(),
            text,
            AnswerSource.CARD,
            submitId,
            clock.instant());
    return switch (outcome) {
      // The answer goes into the prompt's reply chain, where the community reads the others.
      case RECORDED -> Result.message("*" + where.displayName() + "* answered:\n" + text);
      case RECORDED_LATE ->
          Result.message("*" + where.displayName() + "* answered (after closing):\n" + text);
      case UPDATED ->
          Result.message("*" + where.displayName() + "* updated their answer:\n" + text);
      case DUPLICATE, RETRACTED -> Result.nothing();
      case IGNORED -> Result.message("This prompt is closed, so your answer was not recorded.");
    };
  }

  private Result profile(TeamsConversation where, JsonNode data) {
    if (profiles.isEmpty()) {
      return Result.message("Profiles can't be edited here yet; type `profile show` to see yours.");
    }
    Map<ProfileField, String> values = ProfileFormCard.read(data);
    ProfileFormResult result = profiles.get().submit(where.user().get(), values);
    if (result instanceof ProfileFormResult.Invalid invalid) {
      return Result.card(
          ProfileFormCard.render(
              "Some fields need a change; nothing was saved yet.", values, invalid.errors()));
    }
    return Result.card(ProfileFormCard.saved(((ProfileFormResult.Saved) result).message()));
  }

  private static ObjectNode pairingDone(String message) {
    return Cards.card(List.of(Cards.text(TeamsText.markdown(message))), List.of());
  }

  private Result schedule(TeamsConversation where, JsonNode data) {
    ScheduleForm form = ScheduleFormCard.read(data);
    if (where.channel().isEmpty()) {
      return Result.message(
          "Rituals belong to a channel: open the form there with `@Rituals schedule add`.");
    }
    FormResult result =
        admins.recognises(where)
            ? scheduleForm.submitAsAdmin(where.user().get(), where.channel().get(), form)
            : scheduleForm.submit(where.user().get(), where.channel().get(), form);
    if (result instanceof FormResult.Saved saved) {
      return Result.card(ScheduleFormCard.saved(saved.message()));
    }
    if (result instanceof FormResult.Invalid invalid) {
      return Result.card(
          ScheduleFormCard.render(
              "Some fields need a change; nothing was saved yet.",
              form.values(),
              invalid.errors()));
    }
    return Result.message(((FormResult.Refused) result).message());
  }
}
