package dev.rituals.teams;

import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.util.Objects;

/** The core use cases the Teams adapter calls, handed over by the app in one piece. */
public record TeamsUseCases(
    HandleCommandUseCase commands,
    SubmitScheduleFormUseCase scheduleForm,
    RecordAnswerUseCase answers,
    MembershipUseCase membership,
    ReportUseCase reports) {
  public TeamsUseCases {
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(scheduleForm, "scheduleForm");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(reports, "reports");
  }
}
