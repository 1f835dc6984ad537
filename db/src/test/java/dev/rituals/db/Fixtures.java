package dev.rituals.db;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.OutboxMessage;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Small builders for test data. Instants are whole seconds: both databases keep microseconds. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2025-03-07T07:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final TenantRef SLACK_T1 = new TenantRef(Platform.SLACK, "T1");
  static final TenantRef SLACK_T2 = new TenantRef(Platform.SLACK, "T2");
  static final TenantRef TEAMS_T1 = new TenantRef(Platform.TEAMS, "T1");

  private Fixtures() {}

  static ChannelRef channel(TenantRef tenant, String id) {
    return new ChannelRef(tenant, id);
  }

  static UserRef user(TenantRef tenant, String id) {
    return new UserRef(tenant, id);
  }

  static MessageRef message(ChannelRef channel, String id) {
    return new MessageRef(channel, id);
  }

  static Community community(String name, TenantRef owner, ChannelRef... channels) {
    return new Community(
        CommunityId.random(), owner, name, "teaching practice", ZONE, Set.of(channels), T0);
  }

  static Ritual ritual(CommunityId community, int number) {
    return new Ritual(
        RitualId.random(),
        community,
        number,
        RitualKind.PROMPT,
        Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 0), ZONE, Duration.ofDays(2)),
        Optional.empty(),
        Optional.empty(),
        RitualState.ACTIVE,
        T0);
  }

  static Occurrence occurrence(Ritual ritual, Instant scheduledFor, Duration window) {
    return new Occurrence(
        OccurrenceId.random(),
        ritual.id(),
        ritual.communityId(),
        scheduledFor,
        scheduledFor,
        scheduledFor.plus(window),
        OccurrenceState.OPEN);
  }

  static Prompt prompt(Occurrence occurrence, int number) {
    return new Prompt(
        PromptId.random(), occurrence.id(), number, "Question " + number, occurrence.opensAt());
  }

  static Answer answer(
      Prompt prompt, CommunityId community, UserRef author, String key, Instant at) {
    return new Answer(
        AnswerId.random(),
        community,
        prompt.occurrenceId(),
        prompt.id(),
        author,
        "An answer by " + author.userId(),
        AnswerSource.THREAD,
        key,
        Optional.empty(),
        at,
        Optional.empty(),
        false,
        false);
  }

  static OutboxMessage outbox(String key, ChannelRef channel, Instant createdAt) {
    return OutboxMessage.pending(
        key,
        Optional.empty(),
        new Destination.Channel(channel),
        MessageBody.text("message " + key),
        createdAt);
  }
}
