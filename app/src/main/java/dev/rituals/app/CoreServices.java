package dev.rituals.app;

import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.port.TranscriptLinks;
import dev.rituals.core.profile.ProfileService;
import dev.rituals.core.schedule.StepRunner;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.HomeService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.commands.ScheduleFormService;
import dev.rituals.core.service.pairing.PairingService;
import java.time.Clock;
import java.util.List;

/** The engine's services, wired by hand on a set of ports, a scheduler and a clock. */
record CoreServices(
    OccurrenceService occurrences,
    AnswerService answers,
    MembershipService membership,
    ReportService reports,
    CommandService commands,
    ScheduleFormService scheduleForm,
    HomeService home,
    ProfileService profiles,
    PairingService pairing) {

  static CoreServices wire(
      Ports ports, RitualScheduler scheduler, Clock clock, OutboxSignal signal) {
    return wire(ports, scheduler, clock, signal, TranscriptLinks.NONE);
  }

  static CoreServices wire(
      Ports ports,
      RitualScheduler scheduler,
      Clock clock,
      OutboxSignal signal,
      TranscriptLinks links) {
    OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, signal);
    return new CoreServices(
        occurrences,
        new AnswerService(ports, clock),
        new MembershipService(ports, clock, signal),
        new ReportService(ports),
        new CommandService(ports, scheduler, occurrences, clock, links),
        new ScheduleFormService(ports, scheduler, clock),
        new HomeService(ports, scheduler, clock),
        new ProfileService(ports.transactions(), ports.profiles(), clock),
        new PairingService(ports, scheduler, clock));
  }

  /** Quartz's step jobs: pairing rounds go to the pairing service, the rest to occurrences. */
  StepRunner steps() {
    return (type, id, at) -> {
      if (PairingService.STEP_TYPE.equals(type)) {
        pairing.runStep(id, at);
      } else {
        occurrences.runStep(type, id, at);
      }
    };
  }

  static OutboxSender sender(Ports ports, List<ChatGateway> gateways, Clock clock) {
    return new OutboxSender(ports, gateways, clock);
  }
}
