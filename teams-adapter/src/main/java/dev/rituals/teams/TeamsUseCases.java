package dev.rituals.teams;

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
 * The core use cases the Teams adapter calls, handed over by the app in one piece.
 *
 * @param home a person's communities, streaks and recent answers, for {@code my stats} in personal
 *     chat; when empty, {@code my stats} shows core's participation report instead
 * @param eventLog remembers handled message activities, so a message Teams delivers twice (it
 *     retries when the bot is slow) runs its command once; when empty, nothing is de-duplicated
 * @param profiles the pairing profile card; when empty {@code profile} answers as text
 * @param pairing the buttons of pairing follow-up cards
 */
public record TeamsUseCases(
    HandleCommandUseCase commands,
    SubmitScheduleFormUseCase scheduleForm,
    RecordAnswerUseCase answers,
    MembershipUseCase membership,
    ReportUseCase reports,
    Optional<HomeViewUseCase> home,
    Optional<InboundEventLog> eventLog,
    Optional<EditProfileUseCase> profiles,
    Optional<PairFollowUpUseCase> pairing) {
  public TeamsUseCases(
      HandleCommandUseCase commands,
      SubmitScheduleFormUseCase scheduleForm,
      RecordAnswerUseCase answers,
      MembershipUseCase membership,
      ReportUseCase reports,
      Optional<HomeViewUseCase> home,
      Optional<InboundEventLog> eventLog) {
    this(
        commands,
        scheduleForm,
        answers,
        membership,
        reports,
        home,
        eventLog,
        Optional.empty(),
        Optional.empty());
  }

  public TeamsUseCases {
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(scheduleForm, "scheduleForm");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(eventLog, "eventLog");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(pairing, "pairing");
  }

  public TeamsUseCases(
      HandleCommandUseCase commands,
      SubmitScheduleFormUseCase scheduleForm,
      RecordAnswerUseCase answers,
      MembershipUseCase membership,
      ReportUseCase reports) {
    this(commands, scheduleForm, answers, membership, reports, Optional.empty(), Optional.empty());
  }
}
