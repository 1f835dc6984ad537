package dev.rituals.core.participation;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a community's history straight into the ports, for metrics tests. */
final class History {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final TenantRef T1 = new TenantRef(Platform.SLACK, "T1");

  final Ports ports;
  final Community community;
  private final Map<OccurrenceId, PromptId> prompts = new HashMap<>();
  private int keys;

  History(Ports ports, String name, Instant createdAt) {
    this.ports = ports;
    this.community =
        new Community(
            CommunityId.random(), T1, name, "teaching practice", ZONE, Set.of(), createdAt);
    ports.communities().save(community);
  }

  static UserRef user(String id) {
    return new UserRef(T1, id);
  }

  UserRef member(String id, String name, Instant joinedAt) {
    UserRef user = user(id);
    ports.members().save(Member.joining(community.id(), user, name, joinedAt));
    return user;
  }

  Ritual ritual(int number) {
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            number,
            RitualKind.PROMPT,
            Schedule.weekly(DayOfWeek.MONDAY, LocalTime.of(8, 0), ZONE, Duration.ofDays(2)),
            Optional.empty(),
            Optional.empty(),
            RitualState.ACTIVE,
            community.createdAt());
    ports.rituals().save(ritual);
    return ritual;
  }

  Occurrence occurrence(Ritual ritual, Instant opensAt, Duration window) {
    Occurrence o =
        new Occurrence(
            OccurrenceId.random(),
            ritual.id(),
            community.id(),
            opensAt,
            opensAt,
            opensAt.plus(window),
            OccurrenceState.CLOSED);
    ports.occurrences().insertIfAbsent(o);
    Prompt prompt = new Prompt(PromptId.random(), o.id(), 1, "What worked?", opensAt);
    ports.occurrences().savePrompt(prompt);
    prompts.put(o.id(), prompt.id());
    return o;
  }

  Answer answer(Occurrence o, UserRef author, Duration after) {
    Answer answer =
        new Answer(
            AnswerId.random(),
            community.id(),
            o.id(),
            prompts.get(o.id()),
            author,
            "An answer, see https://example.org/" + (++keys),
            AnswerSource.THREAD,
            "k" + keys,
            Optional.empty(),
            o.opensAt().plus(after),
            Optional.empty(),
            false,
            false);
    ports.answers().insertIfAbsent(answer);
    return answer;
  }

  void reply(Answer to, UserRef author, Duration after) {
    ports.answers().addReply(to.id(), author, "r" + (++keys), to.answeredAt().plus(after));
  }
}
