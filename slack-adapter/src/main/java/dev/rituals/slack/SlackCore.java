package dev.rituals.slack;

import dev.rituals.core.port.InboundEventLog;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.HomeViewUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.util.Objects;
import java.util.Optional;

/**
 * The core use cases the Slack adapter calls, plus the event log that remembers which Slack events
 * were handled (Bolt does not de-duplicate retries).
 *
 * @param home the App Home; when empty the home tab only explains {@code /rituals help}
 * @param profiles the pairing profile modal; when empty {@code /rituals profile} answers as text
 * @param pairing the buttons of pairing follow-ups; when empty they are not listened to
 */
public record SlackCore(
    HandleCommandUseCase commands,
    SubmitScheduleFormUseCase scheduleForms,
    RecordAnswerUseCase answers,
    MembershipUseCase membership,
    ReportUseCase reports,
    Optional<HomeViewUseCase> home,
    InboundEventLog eventLog,
    Optional<EditProfileUseCase> profiles,
    Optional<PairFollowUpUseCase> pairing) {
  public SlackCore(
      HandleCommandUseCase commands,
      SubmitScheduleFormUseCase scheduleForms,
      RecordAnswerUseCase answers,
      MembershipUseCase membership,
      ReportUseCase reports,
      Optional<HomeViewUseCase> home,
      InboundEventLog eventLog) {
    this(
        commands,
        scheduleForms,
        answers,
        membership,
        reports,
        home,
        eventLog,
        Optional.empty(),
        Optional.empty());
  }

  public SlackCore {
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(scheduleForms, "scheduleForms");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(eventLog, "eventLog");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(pairing, "pairing");
  }
}
