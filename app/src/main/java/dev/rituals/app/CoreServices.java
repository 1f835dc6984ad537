package dev.rituals.app;

import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.port.TranscriptLinks;
import dev.rituals.core.profile.ProfileService;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionService;
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
    PairingService pairing,
    RecognitionService recognition) {

  /**
   * @param recognitionPorts badges, settings, evidence and erasure on the same database
   * @param documents where generated files (certificates, exports) are offered for download
   */
  static CoreServices wire(
      Ports ports,
      RitualScheduler scheduler,
      Clock clock,
      OutboxSignal signal,
      TranscriptLinks links,
      RecognitionPorts recognitionPorts,
      DocumentLinks documents) {
    RecognitionService recognition =
        new RecognitionService(ports, recognitionPorts, clock, scheduler);
    OccurrenceService occurrences =
        new OccurrenceService(ports, scheduler, clock, signal, recognition);
    return new CoreServices(
        occurrences,
        new AnswerService(ports, clock, recognition),
        new MembershipService(ports, clock, signal),
        new ReportService(ports),
        new CommandService(
            ports, scheduler, occurrences, clock, links, recognitionPorts, documents),
        new ScheduleFormService(ports, scheduler, clock),
        new HomeService(ports, scheduler, clock),
        new ProfileService(ports.transactions(), ports.profiles(), clock),
        new PairingService(ports, scheduler, clock),
        recognition);
  }

  /**
   * Quartz's step jobs: recognition's daily runs, pairing rounds to the pairing service, the rest
   * to occurrences.
   */
  StepRunner steps() {
    return recognition.stepRunner(
        (type, id, at) -> {
          if (PairingService.STEP_TYPE.equals(type)) {
            pairing.runStep(id, at);
          } else {
            occurrences.runStep(type, id, at);
          }
        });
  }

  static OutboxSender sender(Ports ports, List<ChatGateway> gateways, Clock clock) {
    return new OutboxSender(ports, gateways, clock);
  }
}
