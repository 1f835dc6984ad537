package dev.rituals.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries.PersonPart;
import dev.rituals.core.port.ParticipationQueries.RangeParticipation;
import dev.rituals.core.port.ParticipationQueries.Slot;
import dev.rituals.core.testing.History;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The definitions of the metrics, straight from hand-made parts as storage hands them over. */
class ParticipationCalculatorTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final CommunityId COMMUNITY = CommunityId.random();
  static final DateRange SEPTEMBER =
      new DateRange(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"));
  static final Instant AUGUST = Instant.parse("2026-08-01T08:00:00Z");
  static final Instant NOW = Instant.parse("2026-09-28T10:00:00Z");
  static final RitualId WEEKLY = RitualId.random();
  static final RitualId CHAT = RitualId.random();

  UserRef ana = History.user("UANA");
  UserRef bob = History.user("UBOB");
  UserRef raj = History.user("URAJ");

  @Test
  void someoneWhoOnlyRepliedToPeersIsPeripheralWithTheirRepliesAndLastReply() {
    List<Slot> slots =
        List.of(
            slot(WEEKLY, "2026-09-07T06:00:00Z", Duration.ofDays(2)),
            slot(WEEKLY, "2026-09-14T06:00:00Z", Duration.ofDays(2)));
    PersonPart a = new PersonPart(ana);
    a.add(0, 2, micros("2026-09-07T07:00:00Z"), 0, 0);
    a.add(1, 1, micros("2026-09-14T07:00:00Z"), 1, micros("2026-09-16T12:00:00Z"));
    PersonPart r = new PersonPart(raj);
    r.add(0, 0, 0, 2, micros("2026-09-07T09:00:00Z"));
    r.add(1, 0, 0, 1, micros("2026-09-15T08:00:00Z"));

    var computed =
        compute(
            slots,
            List.of(a, r),
            List.of(member(ana, "Ana"), member(raj, "Raj")),
            Set.of(),
            SEPTEMBER,
            NOW);

    MemberMetrics rajs = line(computed, raj);
    assertThat(rajs.answers()).isZero();
    assertThat(rajs.occurrencesAttended()).as("replying is not attending").isZero();
    assertThat(rajs.ritualsAttended()).isZero();
    assertThat(rajs.repliesToPeers()).isEqualTo(3);
    assertThat(rajs.currentStreak()).isZero();
    assertThat(rajs.longestStreak()).isZero();
    assertThat(rajs.lastActive()).contains(Instant.parse("2026-09-15T08:00:00Z"));
    assertThat(rajs.level()).isEqualTo(EngagementLevel.PERIPHERAL);
    MemberMetrics anas = line(computed, ana);
    assertThat(anas.answers()).isEqualTo(3);
    assertThat(anas.occurrencesAttended()).isEqualTo(2);
    assertThat(anas.repliesToPeers()).isEqualTo(1);
    assertThat(anas.lastActive())
        .as("a reply after their last answer")
        .contains(Instant.parse("2026-09-16T12:00:00Z"));
    assertThat(computed.occurrences())
        .as("only answers make a respondent")
        .extracting(OccurrenceMetrics::respondents)
        .containsExactly(1, 1);
    assertThat(computed.weeks()).extracting(WeekTrend::participants).containsExactly(0, 1, 1, 0, 0);
    assertThat(computed.weeks()).extracting(WeekTrend::answers).containsExactly(0L, 2L, 1L, 0L, 0L);
  }

  @Test
  void anOpenOccurrenceTheyHaveNotAnsweredNeitherCountsNorBreaksTheRun() {
    List<Slot> slots =
        List.of(
            slot(WEEKLY, "2026-09-07T06:00:00Z", Duration.ofDays(2)),
            slot(CHAT, "2026-09-10T16:00:00Z", Duration.ofHours(1)),
            slot(WEEKLY, "2026-09-14T06:00:00Z", Duration.ofDays(2)),
            slot(WEEKLY, "2026-09-21T06:00:00Z", Duration.ofDays(2)),
            slot(CHAT, "2026-09-24T16:00:00Z", Duration.ofHours(1)),
            slot(WEEKLY, "2026-09-28T06:00:00Z", Duration.ofDays(2)));
    PersonPart a = new PersonPart(ana); // the weekly prompt only, not the open one
    for (int s : new int[] {0, 2, 3}) {
      a.add(s, 1, micros("2026-09-07T07:00:00Z"), 0, 0);
    }
    PersonPart b = new PersonPart(bob); // missed two, then answered the open one too
    b.add(3, 1, micros("2026-09-21T07:00:00Z"), 0, 0);
    b.add(5, 1, micros("2026-09-28T07:00:00Z"), 0, 0);
    List<Member> members = List.of(member(ana, "Ana"), member(bob, "Bob"));

    var whileOpen = compute(slots, List.of(a, b), members, Set.of(), SEPTEMBER, NOW);
    var closed =
        compute(
            slots,
            List.of(a, b),
            members,
            Set.of(),
            SEPTEMBER,
            Instant.parse("2026-10-01T00:00:00Z"));

    MemberMetrics anaOpen = line(whileOpen, ana);
    assertThat(anaOpen.currentStreak()).as("the chat is not her ritual").isEqualTo(3);
    assertThat(anaOpen.longestStreak()).isEqualTo(3);
    assertThat(anaOpen.level()).as("3 of 3 closed-or-answered").isEqualTo(EngagementLevel.CORE);
    assertThat(line(closed, ana).currentStreak()).as("once it closed, it breaks").isZero();
    assertThat(line(closed, ana).longestStreak()).isEqualTo(3);
    assertThat(line(closed, ana).level()).isEqualTo(EngagementLevel.CORE);
    MemberMetrics bobOpen = line(whileOpen, bob);
    assertThat(bobOpen.currentStreak()).as("an open occurrence answered counts").isEqualTo(2);
    assertThat(bobOpen.longestStreak()).isEqualTo(2);
    assertThat(bobOpen.level()).as("2 of 4").isEqualTo(EngagementLevel.CORE);
    assertThat(bobOpen.ritualsAttended()).isEqualTo(1);
  }

  @Test
  void aRangeOfManyYearsListsEveryWeekWithZerosInQuietOnes() {
    DateRange years = new DateRange(LocalDate.parse("2000-01-01"), LocalDate.parse("2025-12-31"));
    List<Slot> slots =
        List.of(
            slot(WEEKLY, "2003-03-03T09:00:00Z", Duration.ofDays(2)),
            slot(CHAT, "2003-03-06T09:00:00Z", Duration.ofHours(1)),
            // Sunday 22:30 UTC is Monday 00:30 in Paris: the week of 1 July 2019.
            slot(WEEKLY, "2019-06-30T22:30:00Z", Duration.ofDays(2)));
    PersonPart a = new PersonPart(ana);
    a.add(0, 3, micros("2003-03-03T10:00:00Z"), 0, 0);
    a.add(1, 1, micros("2003-03-06T09:10:00Z"), 0, 0);
    PersonPart b = new PersonPart(bob);
    b.add(1, 2, micros("2003-03-06T09:20:00Z"), 0, 0);
    b.add(2, 1, micros("2019-07-01T08:00:00Z"), 0, 0);
    List<Member> members =
        List.of(member(ana, "Ana"), member(bob, "Bob"), member(raj, "Raj"), member(u("UZED"), "Z"));

    List<WeekTrend> weeks = compute(slots, List.of(a, b), members, Set.of(), years, NOW).weeks();

    assertThat(weeks).hasSize(1358);
    assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.parse("1999-12-27"));
    assertThat(weeks.get(1357).monday()).isEqualTo(LocalDate.parse("2025-12-29"));
    for (int w = 1; w < weeks.size(); w++) {
      assertThat(weeks.get(w).monday()).isEqualTo(weeks.get(w - 1).monday().plusWeeks(1));
    }
    assertThat(weeks.get(166))
        .isEqualTo(new WeekTrend(LocalDate.parse("2003-03-03"), 2, 6, 2, (1.0 / 4 + 2.0 / 4) / 2));
    assertThat(weeks.get(1017))
        .as("the week before, in UTC")
        .isEqualTo(new WeekTrend(LocalDate.parse("2019-06-24"), 0, 0, 0, 0));
    assertThat(weeks.get(1018))
        .isEqualTo(new WeekTrend(LocalDate.parse("2019-07-01"), 1, 1, 1, 1.0 / 4));
    assertThat(weeks.stream().filter(w -> w.occurrences() == 0))
        .hasSize(1356)
        .allMatch(w -> w.answers() == 0 && w.participants() == 0 && w.responseRate() == 0);
  }

  @Test
  void newVoicesAreThoseFirstAnsweringSinceTheStartWhoAnsweredInTheRange() {
    List<Slot> slots = List.of(slot(WEEKLY, "2026-09-07T06:00:00Z", Duration.ofDays(2)));
    PersonPart a = new PersonPart(ana);
    a.add(0, 1, micros("2026-09-07T07:00:00Z"), 0, 0);
    PersonPart b = new PersonPart(bob);
    b.add(0, 1, micros("2026-09-07T08:00:00Z"), 0, 0);
    PersonPart r = new PersonPart(raj); // first answered later (after the range), only replied here
    r.add(0, 0, 0, 1, micros("2026-09-07T09:00:00Z"));

    var computed =
        compute(
            slots,
            List.of(a, b, r, new PersonPart(u("UZED"))),
            List.of(member(ana, "Ana"), member(bob, "Bob"), member(raj, "Raj")),
            Set.of(ana, raj, u("UZED")),
            SEPTEMBER,
            NOW);

    assertThat(computed.members())
        .filteredOn(MemberMetrics::newVoice)
        .extracting(MemberMetrics::user)
        .containsExactly(ana);
    assertThat(computed.members())
        .as("someone who took no part in the range gets no line for being new")
        .extracting(MemberMetrics::user)
        .containsExactlyInAnyOrder(ana, bob, raj);
  }

  @Test
  void theOrderOfPeopleAndEntriesDoesNotMatter() {
    Random random = new Random(6);
    RitualId[] rituals = {WEEKLY, CHAT, RitualId.random()};
    List<Slot> slots = new ArrayList<>();
    Instant start = Instant.parse("2025-01-06T07:00:00Z");
    for (int s = 0; s < 120; s++) {
      slots.add(
          new Slot(
              OccurrenceId.random(),
              rituals[s % 3],
              start.plus(Duration.ofDays(3L * s)),
              start.plus(Duration.ofDays(3L * s + 2))));
    }
    List<PersonPart> ordered = new ArrayList<>();
    List<PersonPart> shuffled = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    long answers = 0;
    int answeredEntries = 0;
    for (int p = 0; p < 80; p++) {
      UserRef user = u("U" + p);
      if (p % 8 != 0) {
        members.add(member(user, "Person " + (p % 5))); // shared names: ties broken by user id
      }
      List<long[]> entries = new ArrayList<>();
      for (int s = 0; s < slots.size(); s++) {
        if (random.nextInt(3) == 0) {
          int given = random.nextInt(3);
          int replies = given == 0 ? 1 + random.nextInt(2) : random.nextInt(2);
          long at = PersonPart.microsOf(slots.get(s).opensAt()) + random.nextInt(1_000_000_000);
          entries.add(new long[] {s, given, at, replies, at + 5_000_000});
          answers += given;
          answeredEntries += given > 0 ? 1 : 0;
        }
      }
      ordered.add(part(user, entries));
      Collections.shuffle(entries, random);
      shuffled.add(part(user, entries));
    }
    Collections.shuffle(shuffled, random);
    DateRange range = new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"));
    Instant now = start.plus(Duration.ofDays(3L * 100));
    Set<UserRef> newcomers = Set.of(u("U1"), u("U2"), u("U3"));

    var first = compute(slots, ordered, members, newcomers, range, now);
    var second = compute(slots, shuffled, members, newcomers, range, now);

    assertThat(second).isEqualTo(first);
    assertThat(first.members()).hasSize(80);
    assertThat(first.members().stream().mapToLong(MemberMetrics::answers).sum()).isEqualTo(answers);
    assertThat(first.weeks().stream().mapToLong(WeekTrend::answers).sum()).isEqualTo(answers);
    assertThat(first.occurrences().stream().mapToInt(OccurrenceMetrics::respondents).sum())
        .isEqualTo(answeredEntries);
  }

  /**
   * The definitions written the plain way (the README's walk, one person at a time, with sets and
   * lists) on random parts with open and closed occurrences, reply-only entries and people who
   * left: the arrays must agree with them on every line.
   */
  @Test
  void agreesWithThePlainDefinitionsOnRandomParts() {
    Random random = new Random(8);
    RitualId[] rituals = {WEEKLY, CHAT, RitualId.random(), RitualId.random()};
    Instant start = Instant.parse("2026-01-05T07:00:00Z");
    List<Slot> slots = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      Instant opens = start.plus(Duration.ofHours(37L * s));
      slots.add(
          new Slot(
              OccurrenceId.random(),
              rituals[random.nextInt(4)],
              opens,
              opens.plus(Duration.ofHours(1 + random.nextInt(300)))));
    }
    Instant now = start.plus(Duration.ofHours(37L * 50));
    List<PersonPart> people = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    for (int p = 0; p < 50; p++) {
      UserRef user = u("U" + p);
      if (p % 6 != 0) {
        members.add(Member.joining(COMMUNITY, user, "N" + p, start.plus(Duration.ofDays(p - 20))));
      }
      List<long[]> entries = new ArrayList<>();
      int density = p == 5 ? 0 : random.nextInt(10); // U5: a member who took no part
      for (int s = 0; s < slots.size(); s++) {
        if (random.nextInt(10) < density) {
          int given = p % 10 == 3 || random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
          int replies = given == 0 ? 1 : random.nextInt(3) == 0 ? 1 : 0;
          long at = PersonPart.microsOf(slots.get(s).opensAt()) + random.nextInt(1_000_000);
          entries.add(new long[] {s, given, at, replies, at + random.nextInt(9_000_000)});
        }
      }
      Collections.shuffle(entries, random);
      people.add(part(user, entries));
    }
    DateRange range = new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
    Set<UserRef> newcomers = Set.of(u("U1"), u("U2"), u("U6"), u("U7"));

    var computed = compute(slots, people, members, newcomers, range, now);

    for (PersonPart part : people) {
      Member member =
          members.stream().filter(m -> m.user().equals(part.person())).findFirst().orElse(null);
      if (member == null && part.size() == 0) {
        assertThat(computed.members()).noneMatch(m -> m.user().equals(part.person()));
        continue;
      }
      MemberMetrics line = line(computed, part.person());
      Set<Integer> answered = new TreeSet<>();
      Set<RitualId> theirs = new HashSet<>();
      long answers = 0;
      long replies = 0;
      Instant last = null;
      for (int i = 0; i < part.size(); i++) {
        List<Instant> times = new ArrayList<>();
        if (part.answers(i) > 0) {
          answered.add(part.slot(i));
          theirs.add(slots.get(part.slot(i)).ritual());
          answers += part.answers(i);
          times.add(PersonPart.instantOfMicros(part.lastAnsweredMicros(i)));
        }
        if (part.peerReplies(i) > 0) {
          replies += part.peerReplies(i);
          times.add(PersonPart.instantOfMicros(part.lastRepliedMicros(i)));
        }
        for (Instant t : times) {
          last = last == null || t.isAfter(last) ? t : last;
        }
      }
      int run = 0;
      int longest = 0;
      int eligible = 0;
      for (int s = 0; s < slots.size(); s++) {
        boolean open = slots.get(s).closesAt().isAfter(now);
        if (!theirs.contains(slots.get(s).ritual()) || (open && !answered.contains(s))) {
          continue;
        }
        eligible++;
        run = answered.contains(s) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      assertThat(line.answers()).isEqualTo(answers);
      assertThat(line.occurrencesAttended()).isEqualTo(answered.size());
      assertThat(line.ritualsAttended()).isEqualTo(theirs.size());
      assertThat(line.repliesToPeers()).isEqualTo(replies);
      assertThat(line.currentStreak()).isEqualTo(run);
      assertThat(line.longestStreak()).isEqualTo(longest);
      assertThat(line.lastActive()).isEqualTo(Optional.ofNullable(last));
      assertThat(line.newVoice()).isEqualTo(answers > 0 && newcomers.contains(part.person()));
      assertThat(line.member()).isEqualTo(member != null);
      EngagementLevel level =
          answered.size() >= 2 && answered.size() * 2 >= eligible
              ? EngagementLevel.CORE
              : !answered.isEmpty()
                  ? EngagementLevel.ACTIVE
                  : replies > 0
                          || (member != null && !member.joinedAt().isBefore(range.startIn(ZONE)))
                      ? EngagementLevel.PERIPHERAL
                      : EngagementLevel.DORMANT;
      assertThat(line.level()).as(part.person().userId()).isEqualTo(level);
    }
    assertThat(computed.members())
        .extracting(MemberMetrics::level)
        .contains(EngagementLevel.values());
  }

  @Test
  void aRepeatedPersonOrSlotIsAStorageBugNotACount() {
    List<Slot> slots = List.of(slot(WEEKLY, "2026-09-07T06:00:00Z", Duration.ofDays(2)));
    PersonPart twice = new PersonPart(ana);
    twice.add(0, 1, micros("2026-09-07T07:00:00Z"), 0, 0);
    twice.add(0, 1, micros("2026-09-07T08:00:00Z"), 0, 0);
    PersonPart once = new PersonPart(ana);
    once.add(0, 1, micros("2026-09-07T07:00:00Z"), 0, 0);
    PersonPart beyond = new PersonPart(bob);
    beyond.add(1, 1, micros("2026-09-07T07:00:00Z"), 0, 0);

    assertThatThrownBy(() -> compute(slots, List.of(twice), List.of(), Set.of(), SEPTEMBER, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> compute(slots, List.of(once, once), List.of(), Set.of(), SEPTEMBER, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> compute(slots, List.of(beyond), List.of(), Set.of(), SEPTEMBER, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static ParticipationCalculator.Computed compute(
      List<Slot> slots,
      List<PersonPart> people,
      List<Member> members,
      Set<UserRef> newcomers,
      DateRange range,
      Instant now) {
    return ParticipationCalculator.compute(
        new RangeParticipation(slots, people), members, newcomers, range, ZONE, now);
  }

  static PersonPart part(UserRef user, List<long[]> entries) {
    PersonPart part = new PersonPart(user);
    for (long[] e : entries) {
      part.add((int) e[0], (int) e[1], e[2], (int) e[3], e[4]);
    }
    return part;
  }

  static MemberMetrics line(ParticipationCalculator.Computed computed, UserRef user) {
    return computed.members().stream().filter(m -> m.user().equals(user)).findFirst().orElseThrow();
  }

  static Slot slot(RitualId ritual, String opensAt, Duration window) {
    Instant opens = Instant.parse(opensAt);
    return new Slot(OccurrenceId.random(), ritual, opens, opens.plus(window));
  }

  static Member member(UserRef user, String name) {
    return Member.joining(COMMUNITY, user, name, AUGUST);
  }

  static UserRef u(String id) {
    return History.user(id);
  }

  static long micros(String instant) {
    return PersonPart.microsOf(Instant.parse(instant));
  }
}
