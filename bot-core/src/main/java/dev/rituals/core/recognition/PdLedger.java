package dev.rituals.core.recognition;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.PdEntry.Activity;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a member's PD-hours ledger from what they did, priced by the community's rule: one entry
 * per live chat they took part in (answered at least one of its questions), one per prompt they
 * answered (prompts, slow-chat questions, "ask now"), one per mentoring meeting held. Nothing is
 * stored: the ledger follows the recorded activity, so a retracted answer drops out of it.
 */
public final class PdLedger {
  private final Ports ports;
  private final RecognitionPorts recognition;
  private final Clock clock;

  public PdLedger(Ports ports, RecognitionPorts recognition, Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.clock = clock;
  }

  public PdStatement statement(Community community, UserRef member, DateRange range) {
    PdRule rule = recognition.settings().settings(community.id()).pdRule();
    List<PdEntry> entries = new ArrayList<>();
    Map<OccurrenceId, List<Answer>> byOccurrence = new LinkedHashMap<>();
    for (Answer a : recognition.activity().answersBy(community.id(), member)) {
      byOccurrence.computeIfAbsent(a.occurrenceId(), k -> new ArrayList<>()).add(a);
    }
    byOccurrence.forEach(
        (id, answers) -> {
          Optional<Occurrence> occurrence = ports.occurrences().findById(id);
          boolean live =
              occurrence
                  .flatMap(o -> ports.rituals().findById(o.ritualId()))
                  .map(Ritual::kind)
                  .filter(k -> k == RitualKind.LIVE_CHAT)
                  .isPresent();
          if (live) {
            LocalDate day = occurrence.get().opensAt().atZone(community.zone()).toLocalDate();
            List<String> evidence = new ArrayList<>(List.of("occurrence " + id.value()));
            answers.forEach(a -> evidence.add("answer " + a.id().value()));
            entries.add(
                new PdEntry(day, Activity.LIVE_CHAT, rule.perLiveChat(), "live chat", evidence));
          } else {
            Map<PromptId, List<Answer>> byPrompt = new LinkedHashMap<>();
            answers.forEach(
                a -> byPrompt.computeIfAbsent(a.promptId(), k -> new ArrayList<>()).add(a));
            byPrompt.forEach((prompt, given) -> entries.add(promptEntry(community, rule, given)));
          }
        });
    for (MentoringMeeting m : Meetings.of(ports, recognition, community, member)) {
      entries.add(
          new PdEntry(
              m.metAt().atZone(community.zone()).toLocalDate(),
              Activity.MENTORING,
              rule.perMentoringMeeting(),
              "mentoring meeting",
              List.of("meeting " + m.meetingRef())));
    }
    List<PdEntry> inRange =
        entries.stream()
            .filter(e -> range.contains(e.date()))
            .sorted(Comparator.comparing(PdEntry::date).thenComparing(PdEntry::activity))
            .toList();
    String name =
        ports
            .members()
            .find(community.id(), member)
            .map(Member::displayName)
            .orElse(member.userId());
    return new PdStatement(community.name(), name, range, rule, inRange, clock.instant());
  }

  private static PdEntry promptEntry(Community community, PdRule rule, List<Answer> given) {
    Answer first = given.stream().min(Comparator.comparing(Answer::answeredAt)).orElseThrow();
    List<String> evidence = new ArrayList<>(List.of("occurrence " + first.occurrenceId().value()));
    given.forEach(a -> evidence.add("answer " + a.id().value()));
    return new PdEntry(
        first.answeredAt().atZone(community.zone()).toLocalDate(),
        Activity.PROMPT,
        rule.perPrompt(),
        "prompt",
        evidence);
  }
}
