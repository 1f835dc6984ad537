package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.answer;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.occurrence;
import static dev.rituals.db.Fixtures.prompt;
import static dev.rituals.db.Fixtures.ritual;
import static dev.rituals.db.Fixtures.user;
import static dev.rituals.db.jooq.Tables.ATTENDANCE_PACKED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.MemberDataEraser;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.core.port.ParticipationQueries.RangeParticipation;
import dev.rituals.core.port.ParticipationQueries.Slot;
import dev.rituals.db.repository.AttendanceRollup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The roll-up behind the reports (V62) gives exactly what the answers say: seeded random answers,
 * edits, retractions, replies, reply removals, forget-me (deletion, anonymisation, erasure),
 * retention purges and ritual deletions on two communities, then every participation aggregate from
 * the roll-up is compared with the same aggregate computed from the answer rows.
 */
abstract class AttendanceRollupContract extends DatabaseContract {
  private static final int WEEKS = 6;

  private final List<Community> communities = new ArrayList<>();
  private final Map<CommunityId, List<Ritual>> rituals = new HashMap<>();
  private final Map<CommunityId, List<Prompt>> prompts = new HashMap<>();
  private final List<UserRef> people = new ArrayList<>();
  private final List<String[]> replyKeys = new ArrayList<>();
  private Random random;
  private long keys;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2026L})
  void rollUpEqualsTheAggregatesOfTheAnswersAfterEveryKindOfWrite(long seed) {
    randomHistory(seed, 220);
    assertRollUpMatchesAnswers(seed);
  }

  /**
   * A database that has answers from before V62: the migrations' backfills (V62 in SQL, V64 in
   * Java) build the same roll-up. Here the roll-up is dropped and emptied and V62 and V64
   * forgotten, as if the database had been migrated before them.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5L, 77L})
  void migrationBackfillsTheRollUpFromTheAnswersAlreadyStored(long seed) {
    randomHistory(seed, 150);
    database.dsl().execute("DROP TABLE attendance");
    database.dsl().execute("DROP TABLE first_answer");
    database.dsl().execute("DROP INDEX answer_reply_author_idx");
    database.dsl().execute("DELETE FROM attendance_packed");
    assertThat(
            database
                .dsl()
                .execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('62', '64')"))
        .isEqualTo(2);
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(database.dataSource())
        .locations("classpath:db/migration/common", database.vendor().migrationLocation())
        .outOfOrder(true)
        .load()
        .migrate();
    assertRollUpMatchesAnswers(seed);
  }

  private void randomHistory(long seed, int writes) {
    random = new Random(seed);
    communities.clear();
    rituals.clear();
    prompts.clear();
    people.clear();
    replyKeys.clear();
    twoCommunitiesWithTwoWeeklyRituals();
    for (int step = 0; step < writes; step++) {
      randomWrite(seed, step);
    }
  }

  private void assertRollUpMatchesAnswers(long seed) {
    ParticipationQueries queries = repositories.participation();
    AnswerScanParticipation reference = new AnswerScanParticipation(database.dsl());
    List<Instant[]> ranges =
        List.of(
            new Instant[] {T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7 * WEEKS))},
            new Instant[] {T0.plus(Duration.ofDays(9)), T0.plus(Duration.ofDays(24))},
            new Instant[] {T0.plus(Duration.ofDays(14)), T0.plus(Duration.ofDays(15))},
            new Instant[] {T0.plus(Duration.ofDays(100)), T0.plus(Duration.ofDays(200))});
    int compared = 0;
    for (Community c : communities) {
      for (Instant[] r : ranges) {
        String where = "seed " + seed + ", " + c.name() + " " + r[0] + ".." + r[1];
        RangeParticipation range = queries.participation(c.id(), r[0], r[1]);
        Set<PartRow> expected = reference.parts(c.id(), r[0], r[1]);
        assertThat(range.occurrences().stream().map(Slot::occurrence).toList())
            .as("occurrences, " + where)
            .isEqualTo(reference.occurrences(c.id(), r[0], r[1]));
        assertThat(PartRow.of(range)).as("parts, " + where).isEqualTo(expected);
        Set<UserRef> answered = new HashSet<>();
        expected.stream().filter(p -> p.answers() > 0).forEach(p -> answered.add(p.person()));
        Set<UserRef> newVoices = new HashSet<>(queries.firstAnsweredSince(c.id(), r[0]));
        newVoices.retainAll(answered);
        assertThat(newVoices)
            .as("new voices, " + where)
            .isEqualTo(reference.newVoices(c.id(), r[0], r[1]));
        compared += expected.size();
      }
    }
    assertPackedRowsAreWhatAFullRepackGives(seed);
    assertThat(compared).as("the seed produced attendance to compare").isGreaterThan(20);
  }

  /**
   * The packed rows (V63) written write by write are byte for byte those packed from scratch from
   * the attendance rows: no stale entry, no missing one, no empty row left behind.
   */
  private void assertPackedRowsAreWhatAFullRepackGives(long seed) {
    Map<String, String> incremental = packedRows();
    database
        .transactions()
        .inTransaction(
            () -> {
              communities.forEach(c -> new AttendanceRollup(database.dsl()).rebuild(c.id()));
              return null;
            });
    assertThat(incremental).as("packed rows, seed " + seed).isEqualTo(packedRows());
  }

  private Map<String, String> packedRows() {
    Map<String, String> rows = new java.util.TreeMap<>();
    database
        .dsl()
        .selectFrom(ATTENDANCE_PACKED)
        .forEach(
            r ->
                rows.put(
                    r.getCommunityId()
                        + "/"
                        + r.getBucket()
                        + "/"
                        + r.getPlatform()
                        + "/"
                        + r.getTenantId()
                        + "/"
                        + r.getAuthorId(),
                    java.util.HexFormat.of().formatHex(r.getEntries())));
    return rows;
  }

  /**
   * Two answers by one person to one occurrence in concurrent transactions: the second waits for
   * the first's roll-up row and recounts after it commits, so both count (no lost update, no key
   * violation).
   */
  @org.junit.jupiter.api.Test
  void concurrentAnswersOfOnePersonToOneOccurrenceBothCount() throws Exception {
    randomHistory(7, 0);
    Community c = communities.get(0);
    Prompt p = prompts.get(c.id()).get(0);
    UserRef who = people.get(1);
    Instant at = T0.plus(Duration.ofDays(1)).plusSeconds(60);
    insertWhileTheOtherWaits(
        answer(p, c.id(), who, "k1", at), answer(p, c.id(), who, "k2", at.plusSeconds(5)));
    assertThat(
            PartRow.of(
                repositories
                    .participation()
                    .participation(c.id(), T0, T0.plus(Duration.ofDays(60)))))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.person()).isEqualTo(who);
              assertThat(a.answers()).isEqualTo(2);
              assertThat(a.lastAnsweredAt()).isEqualTo(at.plusSeconds(5));
            });
  }

  /**
   * Answers by one person to two occurrences of the same year in concurrent transactions: both
   * write the person's packed row for that year; the second waits for the first and packs after it
   * commits, so neither entry is lost.
   */
  @org.junit.jupiter.api.Test
  void concurrentAnswersOfOnePersonToTwoOccurrencesBothStayPacked() throws Exception {
    randomHistory(8, 0);
    Community c = communities.get(0);
    Prompt p1 = prompts.get(c.id()).get(0);
    Prompt p2 = prompts.get(c.id()).get(1);
    UserRef who = people.get(2);
    Instant at = T0.plus(Duration.ofDays(2)).plusSeconds(60);
    insertWhileTheOtherWaits(
        answer(p1, c.id(), who, "k1", at), answer(p2, c.id(), who, "k2", at.plusSeconds(5)));
    assertThat(
            PartRow.of(
                repositories
                    .participation()
                    .participation(c.id(), T0, T0.plus(Duration.ofDays(60)))))
        .extracting(PartRow::occurrence, PartRow::answers)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(p1.occurrenceId(), 1),
            org.assertj.core.groups.Tuple.tuple(p2.occurrenceId(), 1));
    assertPackedRowsAreWhatAFullRepackGives(8);
  }

  /**
   * Inserts {@code first} in a transaction held open until {@code second}, in another one, waits
   * for a lock; then lets both commit and checks that the second was stored.
   */
  private void insertWhileTheOtherWaits(Answer firstAnswer, Answer secondAnswer) throws Exception {
    var inserted = new java.util.concurrent.CountDownLatch(1);
    var release = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first =
          pool.submit(
              () ->
                  database
                      .transactions()
                      .inTransaction(
                          () -> {
                            repositories.answers().insertIfAbsent(firstAnswer);
                            inserted.countDown();
                            try {
                              release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return null;
                          }));
      assertThat(inserted.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      var second =
          pool.submit(
              () ->
                  database
                      .transactions()
                      .inTransaction(() -> repositories.answers().insertIfAbsent(secondAnswer)));
      LockWaits.awaitSomeoneWaitingForALock(database);
      release.countDown();
      first.get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private void twoCommunitiesWithTwoWeeklyRituals() {
    for (String name : List.of("Maths", "Science")) {
      Community c = community(name, SLACK_T1, channel(SLACK_T1, "C-" + name));
      repositories.communities().save(c);
      communities.add(c);
      for (int n = 1; n <= 2; n++) {
        Ritual ritual = ritual(c.id(), n);
        repositories.rituals().save(ritual);
        rituals.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(ritual);
        for (int week = 0; week < WEEKS; week++) {
          Occurrence o =
              occurrence(ritual, T0.plus(Duration.ofDays(7L * week + n)), Duration.ofDays(2));
          repositories.occurrences().insertIfAbsent(o);
          Prompt p = prompt(o, 1);
          repositories.occurrences().savePrompt(p);
          prompts.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(p);
        }
      }
    }
    for (int i = 0; i < 7; i++) {
      people.add(user(i % 3 == 0 ? TEAMS_T1 : SLACK_T1, "P" + i));
    }
  }

  private void randomWrite(long seed, int step) {
    Community c = communities.get(random.nextInt(communities.size()));
    UserRef who = people.get(random.nextInt(people.size()));
    MemberDataEraser eraser = repositories.recognition().eraser();
    int dice = random.nextInt(100);
    if (dice < 45) {
      answerNow(c, who, random.nextInt(12) == 0);
    } else if (dice < 55) {
      someAnswer(c)
          .ifPresent(a -> repositories.answers().retract(a.author().tenant(), a.sourceKey()));
    } else if (dice < 62) {
      someAnswer(c).ifPresent(a -> repositories.answers().update(edited(a)));
    } else if (dice < 82) {
      someAnswer(c)
          .ifPresent(
              a -> {
                // Sometimes a reply to one's own answer, which is not "to a peer".
                UserRef replier = random.nextInt(5) == 0 ? a.author() : who;
                String key = "r" + keys++;
                repositories
                    .answers()
                    .addReply(a.id(), replier, key, a.answeredAt().plusSeconds(60));
                replyKeys.add(
                    new String[] {replier.platform().name(), replier.tenant().tenantId(), key});
              });
    } else if (dice < 88 && !replyKeys.isEmpty()) {
      String[] r = replyKeys.remove(random.nextInt(replyKeys.size()));
      repositories.answers().removeReply(new TenantRef(Platform.valueOf(r[0]), r[1]), r[2]);
    } else if (dice < 92) {
      eraser.anonymiseAnswers(
          c.id(), who, new UserRef(who.tenant(), "former-member-" + seed + "-" + step));
    } else if (dice < 95) {
      eraser.deleteAnswers(c.id(), who);
    } else if (dice < 97) {
      eraser.erasePerson(who);
    } else if (dice < 99) {
      eraser.deleteAnswersBefore(c.id(), T0.plus(Duration.ofDays(random.nextInt(10))));
    } else {
      List<Ritual> those = rituals.get(c.id());
      if (those.size() > 1) {
        Ritual gone = those.remove(random.nextInt(those.size()));
        repositories.rituals().delete(gone.id());
        prompts.get(c.id()).removeIf(p -> !occurrenceExists(p));
      }
    }
  }

  private boolean occurrenceExists(Prompt p) {
    return repositories.occurrences().findById(p.occurrenceId()).isPresent();
  }

  private void answerNow(Community c, UserRef who, boolean retracted) {
    List<Prompt> ps = prompts.get(c.id());
    Prompt p = ps.get(random.nextInt(ps.size()));
    Answer a = answer(p, c.id(), who, "a" + keys++, T0.plusSeconds(random.nextInt(45 * 86_400)));
    if (retracted) {
      a = withRetracted(a, true);
    }
    repositories.answers().insertIfAbsent(a);
  }

  private Optional<Answer> someAnswer(Community c) {
    List<Prompt> ps = prompts.get(c.id());
    List<Answer> answers =
        repositories.answers().findByOccurrence(ps.get(random.nextInt(ps.size())).occurrenceId());
    return answers.isEmpty()
        ? Optional.empty()
        : Optional.of(answers.get(random.nextInt(answers.size())));
  }

  /** An edit; one in three also flips whether it counts. */
  private Answer edited(Answer a) {
    Answer e =
        new Answer(
            a.id(),
            a.communityId(),
            a.occurrenceId(),
            a.promptId(),
            a.author(),
            "edited " + a.text(),
            a.source(),
            a.sourceKey(),
            a.message(),
            a.answeredAt(),
            Optional.of(a.answeredAt().plusSeconds(30)),
            a.late(),
            a.retracted());
    return random.nextInt(3) == 0 ? withRetracted(e, !a.retracted()) : e;
  }

  private static Answer withRetracted(Answer a, boolean retracted) {
    return new Answer(
        a.id(),
        a.communityId(),
        a.occurrenceId(),
        a.promptId(),
        a.author(),
        a.text(),
        a.source(),
        a.sourceKey(),
        a.message(),
        a.answeredAt(),
        a.editedAt(),
        a.late(),
        retracted);
  }
}
