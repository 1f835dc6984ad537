package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.AnswerRepository.MemberAnswerCount;
import dev.rituals.core.usecase.ParticipationReport;
import dev.rituals.core.usecase.ParticipationReport.MemberLine;
import dev.rituals.core.usecase.ParticipationReport.OccurrenceLine;
import dev.rituals.core.usecase.ReportUseCase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/** Per-member answer counts and per-occurrence turnout for a date range. */
public final class ReportService implements ReportUseCase {
  private final Ports ports;

  public ReportService(Ports ports) {
    this.ports = ports;
  }

  @Override
  public ParticipationReport report(CommunityId communityId, DateRange range) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Community community =
                  ports
                      .communities()
                      .findById(communityId)
                      .orElseThrow(() -> new NoSuchElementException("no such community"));
              ZoneId zone = community.zone();
              Instant from = range.startIn(zone);
              Instant to = range.endIn(zone);
              List<Member> members = ports.members().findByCommunity(communityId);
              Map<UserRef, String> names =
                  members.stream()
                      .collect(Collectors.toMap(Member::user, Member::displayName, (a, b) -> a));
              List<MemberLine> lines =
                  ports.answers().countByMember(communityId, from, to).stream()
                      .sorted(
                          Comparator.comparingLong(MemberAnswerCount::answers)
                              .reversed()
                              .thenComparing(c -> names.getOrDefault(c.author(), "")))
                      .map(
                          c ->
                              new MemberLine(
                                  c.author(),
                                  names.getOrDefault(c.author(), c.author().userId()),
                                  c.answers(),
                                  Optional.ofNullable(c.lastAnsweredAt())))
                      .toList();
              List<OccurrenceLine> occurrences =
                  ports.occurrences().findByCommunity(communityId, from, to).stream()
                      .map(o -> occurrenceLine(o, members.size()))
                      .toList();
              return new ParticipationReport(
                  community.name(), range, members.size(), lines, occurrences);
            });
  }

  private OccurrenceLine occurrenceLine(Occurrence occurrence, int memberCount) {
    String question =
        ports.occurrences().findPrompts(occurrence.id()).stream()
            .min(Comparator.comparingInt(Prompt::number))
            .map(Prompt::text)
            .orElse("");
    int respondents =
        (int)
            ports.answers().findByOccurrence(occurrence.id()).stream()
                .filter(a -> !a.retracted())
                .map(Answer::author)
                .distinct()
                .count();
    return new OccurrenceLine(occurrence.opensAt(), question, respondents, memberCount);
  }
}
