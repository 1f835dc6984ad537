package dev.rituals.bench.reports;

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
import dev.rituals.db.Database;
import dev.rituals.db.repository.AttendanceRollup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one large community for the reports benchmark: {@code members} members with a skewed
 * propensity to answer (10% core-like, 30% occasional, 60% mostly lurking), three weekly rituals
 * over as many weeks as needed, exactly {@code answers} answers (1% retracted, 5% with a link), and
 * one peer reply per ten answers. Seeded, so a run can be repeated. Members, rituals and
 * occurrences go through the ports; answers and replies through batched JDBC (a million rows),
 * which bypasses the repositories, so the report roll-up (V62) is rebuilt from them afterwards as
 * the migration's backfill does for existing data.
 */
public final class CommunityGenerator {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final TenantRef TENANT = new TenantRef(Platform.SLACK, "TBENCH");
  static final int RITUALS = 3;
  static final int ANSWERS_PER_OCCURRENCE = 1_900;
  private static final int BATCH = 5_000;

  /** What was written, for the report ranges. */
  public record Generated(CommunityId community, Instant first, Instant last, long answers) {}

  private final Random random;

  public CommunityGenerator(long seed) {
    this.random = new Random(seed);
  }

  public Generated write(Database database, Ports ports, int members, long answers, Instant end)
      throws SQLException {
    int occurrencesNeeded = (int) Math.ceil((double) answers / ANSWERS_PER_OCCURRENCE);
    int weeks = (int) Math.ceil((double) occurrencesNeeded / RITUALS);
    Instant start = end.minus(Duration.ofDays(7L * weeks));
    Community community =
        new Community(
            CommunityId.random(),
            TENANT,
            "Benchmark teachers",
            "teaching practice",
            ZONE,
            Set.of(new dev.rituals.core.model.ChannelRef(TENANT, "CBENCH")),
            start.minus(Duration.ofDays(30)));
    ports.communities().save(community);
    List<UserRef> people = new ArrayList<>();
    double[] cumulative = new double[members];
    double total = 0;
    for (int i = 0; i < members; i++) {
      UserRef user = new UserRef(TENANT, "U" + i);
      people.add(user);
      Instant joined =
          start.minus(Duration.ofDays(1)).plus(Duration.ofDays(random.nextInt(7 * weeks / 2 + 1)));
      ports.members().save(Member.joining(community.id(), user, "Teacher " + i, joined));
      double r = random.nextDouble();
      total += r < 0.1 ? 40 : r < 0.4 ? 8 : 0.5;
      cumulative[i] = total;
    }
    List<Ritual> rituals = new ArrayList<>();
    for (int n = 1; n <= RITUALS; n++) {
      Ritual ritual =
          new Ritual(
              RitualId.random(),
              community.id(),
              n,
              RitualKind.PROMPT,
              Schedule.weekly(DayOfWeek.of(n), LocalTime.of(7, 0), ZONE, Duration.ofDays(2)),
              Optional.empty(),
              Optional.empty(),
              RitualState.ACTIVE,
              community.createdAt());
      ports.rituals().save(ritual);
      rituals.add(ritual);
    }
    List<Occurrence> occurrences = new ArrayList<>();
    List<Prompt> prompts = new ArrayList<>();
    for (int week = 0; week < weeks; week++) {
      for (int n = 0; n < RITUALS && occurrences.size() < occurrencesNeeded; n++) {
        Instant opens = start.plus(Duration.ofDays(7L * week + n)).plus(Duration.ofHours(7));
        Occurrence o =
            new Occurrence(
                OccurrenceId.random(),
                rituals.get(n).id(),
                community.id(),
                opens,
                opens,
                opens.plus(Duration.ofDays(2)),
                OccurrenceState.CLOSED);
        ports.occurrences().insertIfAbsent(o);
        Prompt p = new Prompt(PromptId.random(), o.id(), 1, "What worked this week?", opens);
        ports.occurrences().savePrompt(p);
        occurrences.add(o);
        prompts.add(p);
      }
    }
    long written =
        answers(database, community, people, cumulative, total, occurrences, prompts, answers);
    database
        .transactions()
        .inTransaction(
            () -> {
              new AttendanceRollup(database.dsl()).rebuild(community.id());
              return null;
            });
    analyze(database);
    return new Generated(community.id(), start, end, written);
  }

  private long answers(
      Database database,
      Community community,
      List<UserRef> people,
      double[] cumulative,
      double total,
      List<Occurrence> occurrences,
      List<Prompt> prompts,
      long answers)
      throws SQLException {
    long written = 0;
    long key = 0;
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement answer =
              c.prepareStatement(
                  "INSERT INTO answer (id, community_id, occurrence_id, prompt_id, platform,"
                      + " tenant_id, author_id, answer_text, source, source_key, answered_at,"
                      + " late, retracted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'THREAD', ?, ?, false, ?)");
          PreparedStatement reply =
              c.prepareStatement(
                  "INSERT INTO answer_reply (platform, tenant_id, source_key, answer_id, author_id,"
                      + " replied_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (int i = 0; i < occurrences.size() && written < answers; i++) {
          Occurrence o = occurrences.get(i);
          long quota = Math.min(ANSWERS_PER_OCCURRENCE, answers - written);
          if (i == occurrences.size() - 1) {
            quota = answers - written;
          }
          UUID previous = null;
          for (long k = 0; k < quota; k++) {
            UserRef who = people.get(pick(cumulative, total));
            UUID id = UUID.randomUUID();
            Instant at = o.opensAt().plusSeconds(random.nextInt(36 * 3600));
            answer.setObject(1, id);
            answer.setObject(2, community.id().value());
            answer.setObject(3, o.id().value());
            answer.setObject(4, prompts.get(i).id().value());
            answer.setString(5, TENANT.platform().name());
            answer.setString(6, TENANT.tenantId());
            answer.setString(7, who.userId());
            answer.setString(
                8,
                random.nextInt(20) == 0
                    ? "Try this: https://resources.example/" + random.nextInt(200)
                    : "An answer about practice, number " + key);
            answer.setString(9, "a" + key++);
            answer.setTimestamp(10, Timestamp.from(at));
            answer.setBoolean(11, random.nextInt(100) == 0);
            answer.addBatch();
            if (previous != null && random.nextInt(10) == 0) {
              reply.setString(1, TENANT.platform().name());
              reply.setString(2, TENANT.tenantId());
              reply.setString(3, "r" + key);
              reply.setObject(4, previous);
              reply.setString(5, people.get(pick(cumulative, total)).userId());
              reply.setTimestamp(6, Timestamp.from(at.plusSeconds(600)));
              reply.addBatch();
            }
            previous = id;
            written++;
            if (++pending == BATCH) {
              answer.executeBatch();
              reply.executeBatch();
              c.commit();
              pending = 0;
            }
          }
        }
        answer.executeBatch();
        reply.executeBatch();
        c.commit();
      }
    }
    return written;
  }

  private int pick(double[] cumulative, double total) {
    double x = random.nextDouble() * total;
    int i = java.util.Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  /**
   * Fresh statistics and (PostgreSQL) a vacuumed visibility map, as autovacuum would have by the
   * time a community has a million answers; without it PostgreSQL cannot use index-only scans.
   */
  private static void analyze(Database database) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      s.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
    }
  }
}
