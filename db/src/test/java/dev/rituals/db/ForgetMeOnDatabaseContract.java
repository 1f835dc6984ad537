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
import static dev.rituals.db.jooq.Tables.DOWNLOAD_FILE;
import static dev.rituals.db.jooq.Tables.TEAMS_CONVERSATION_REF;
import static dev.rituals.db.jooq.Tables.TEAMS_PERSONAL_REF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.LinkCode;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.BadgeService;
import dev.rituals.core.recognition.ForgetService;
import dev.rituals.core.recognition.HostedOccurrence;
import dev.rituals.core.recognition.MemberPreferences;
import dev.rituals.core.recognition.MentoringMeeting;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.recognition.RetentionPolicy;
import dev.rituals.core.service.Ports;
import dev.rituals.db.repository.JooqDownloadFiles;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "forget me" on a real database: afterwards no row in any table (however added, by whichever
 * module) holds the person's platform id; other people's rows stay.
 */
abstract class ForgetMeOnDatabaseContract extends DatabaseContract {
  static final UserRef ANA = user(SLACK_T1, "U_ANA_7F3");
  static final UserRef BEN = user(SLACK_T1, "U_BEN_2K9");
  static final UserRef TARA = user(TEAMS_T1, "29:TARA_5Q1");

  Ports ports;
  int keys = 1; // platform message keys ("channel:ts") say nothing about who wrote them
  Community community;
  Prompt prompt;
  Clock clock = Clock.fixed(T0.plus(Duration.ofDays(3)), ZoneOffset.UTC);

  @BeforeEach
  void history() {
    ports = repositories.ports();
    community = community("Science", SLACK_T1, channel(SLACK_T1, "C1"));
    ports.communities().save(community);
    Ritual ritual = ritual(community.id(), 1);
    ports.rituals().save(ritual);
    Occurrence occurrence = occurrence(ritual, T0, Duration.ofDays(2));
    ports.occurrences().insertIfAbsent(occurrence);
    prompt = prompt(occurrence, 1);
    ports.occurrences().savePrompt(prompt);
    for (UserRef who : List.of(ANA, BEN, TARA)) {
      everything(who, occurrence);
    }
    // Each was invited to host a round of the ritual (the rotating host's record).
    int round = 0;
    for (UserRef who : List.of(ANA, BEN, TARA)) {
      ports
          .hostings()
          .insertIfAbsent(
              dev.rituals.core.model.Hosting.invited(
                  ritual, T0.plus(Duration.ofDays(7L * ++round)), who, T0));
    }
    // Ana and Ben were paired and met; so were Ben and Tara.
    ports
        .pairings()
        .saveRound(
            List.of(
                pair(ANA, BEN, "Name of " + ANA.userId(), "Name of " + BEN.userId()),
                pair(BEN, TARA, "Name of " + BEN.userId(), "Name of " + TARA.userId())));
    // Each replies to the others' answers.
    for (UserRef who : List.of(ANA, BEN, TARA)) {
      for (UserRef other : List.of(ANA, BEN, TARA)) {
        if (!who.equals(other)) {
          ports.answers().addReply(answerOf(other).id(), who, "C1:1700000000." + keys++, T0);
        }
      }
    }
  }

  private void everything(UserRef who, Occurrence occurrence) {
    var recognition = repositories.recognition();
    ports.members().save(Member.joining(community.id(), who, "Name of " + who.userId(), T0));
    ports.profiles().save(Profile.empty(who));
    // A data export waiting for download (the token hash says nothing about who).
    new JooqDownloadFiles(database.dsl())
        .store(
            "hash-" + keys++,
            who,
            "my-rituals-data.json",
            "application/json",
            "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            T0,
            T0.plus(Duration.ofDays(30)));
    Answer a = answer(prompt, community.id(), who, "C1:1700000000." + keys++, T0);
    ports
        .answers()
        .insertIfAbsent(
            new Answer(
                a.id(),
                a.communityId(),
                a.occurrenceId(),
                a.promptId(),
                who,
                "what I tried",
                a.source(),
                a.sourceKey(),
                a.message(),
                a.answeredAt(),
                a.editedAt(),
                a.late(),
                a.retracted()));
    new BadgeService(ports, recognition, clock).evaluate(community, who);
    recognition
        .settings()
        .savePreferences(community.id(), who, MemberPreferences.DEFAULT.invitedAt(T0));
    recognition.activity().recordMeeting(new MentoringMeeting(community.id(), "r1", who, T0));
    ports
        .outbox()
        .enqueue(
            List.of(
                OutboxMessage.pending(
                    "dm-" + who.userId(),
                    Optional.of(community.id()),
                    new Destination.Direct(who),
                    MessageBody.text("a private note"),
                    T0)));
    if (who.platform() == Platform.SLACK) {
      ports
          .outbox()
          .enqueue(
              List.of(
                  OutboxMessage.pending(
                      "private-" + who.userId(),
                      Optional.of(community.id()),
                      new Destination.Private(channel(SLACK_T1, "C1"), who),
                      MessageBody.text("only you see this"),
                      T0)));
    }
    ports
        .linkCodes()
        .save(
            new LinkCode(
                who == ANA ? "AAAA-AAAA" : who == BEN ? "BBBB-BBBB" : "CCCC-CCCC",
                community.id(),
                who,
                T0.plus(Duration.ofDays(30))));
    if (who == ANA) {
      recognition
          .activity()
          .recordHosting(new HostedOccurrence(community.id(), occurrence.id(), ANA, T0));
    }
    if (who == TARA) {
      DSLContext dsl = database.dsl();
      dsl.insertInto(TEAMS_CONVERSATION_REF)
          .set(TEAMS_CONVERSATION_REF.TENANT_ID, TEAMS_T1.tenantId())
          .set(TEAMS_CONVERSATION_REF.CONVERSATION_ID, "a:personal-tara")
          .set(TEAMS_CONVERSATION_REF.CONVERSATION_TYPE, "personal")
          .set(TEAMS_CONVERSATION_REF.SERVICE_URL, "https://smba.example/")
          .set(TEAMS_CONVERSATION_REF.REFERENCE_JSON, "{\"user\":{\"id\":\"29:TARA_5Q1\"}}")
          .set(TEAMS_CONVERSATION_REF.UPDATED_AT, T0)
          .execute();
      dsl.insertInto(TEAMS_PERSONAL_REF)
          .set(TEAMS_PERSONAL_REF.TENANT_ID, TEAMS_T1.tenantId())
          .set(TEAMS_PERSONAL_REF.USER_ID, TARA.userId())
          .set(TEAMS_PERSONAL_REF.CONVERSATION_ID, "a:personal-tara")
          .set(TEAMS_PERSONAL_REF.SERVICE_URL, "https://smba.example/")
          .set(TEAMS_PERSONAL_REF.REFERENCE_JSON, "{\"user\":{\"id\":\"29:TARA_5Q1\"}}")
          .set(TEAMS_PERSONAL_REF.UPDATED_AT, T0)
          .execute();
    }
  }

  private PairRecord pair(UserRef a, UserRef b, String nameA, String nameB) {
    return new PairRecord(
        UUID.randomUUID(),
        UUID.randomUUID(),
        community.id(),
        "PEER",
        LocalDate.of(2025, 3, 7),
        T0,
        List.of(a, b),
        List.of(nameA, nameB),
        "same subject",
        1.0,
        Map.of(a, PairResponse.MET));
  }

  private Answer answerOf(UserRef who) {
    return repositories.recognition().activity().answersBy(community.id(), who).get(0);
  }

  /** Every "table.column" whose text holds the id, across the whole schema. */
  List<String> rowsMentioning(String id) {
    DSLContext dsl = database.dsl();
    List<String> found = new ArrayList<>();
    for (Record2<String, String> col :
        dsl.resultQuery(
                "select table_name, column_name from information_schema.columns"
                    + " where table_schema = current_schema()"
                    + " and upper(data_type) like '%CHAR%'"
                    + " and table_name <> 'flyway_schema_history'")
            .coerce(
                org.jooq.impl.DSL.field("t", String.class),
                org.jooq.impl.DSL.field("c", String.class))
            .fetch()) {
      String sql =
          "select count(*) from \""
              + col.value1()
              + "\" where position(? in \""
              + col.value2()
              + "\") > 0";
      int n = dsl.fetchOne(sql, id).get(0, Integer.class);
      if (n > 0) {
        found.add(col.value1() + "." + col.value2() + " (" + n + ")");
      }
    }
    return found;
  }

  @Test
  void theFixtureReallyMentionsEveryoneInManyTables() {
    assertThat(rowsMentioning(ANA.userId()).size()).isGreaterThanOrEqualTo(8);
    assertThat(rowsMentioning(TARA.userId())).anyMatch(t -> t.startsWith("teams_personal_ref"));
  }

  @Test
  void forgettingWithAnonymiseLeavesNoTraceButKeepsTheAnswerText() {
    ForgetService.Result result = new ForgetService(ports, repositories.recognition()).forget(ANA);

    assertThat(result).isEqualTo(new ForgetService.Result(1, 0, 1));
    assertThat(rowsMentioning(ANA.userId())).isEmpty();
    assertThat(ports.answers().findByOccurrence(prompt.occurrenceId()))
        .extracting(Answer::text)
        .containsOnly("what I tried"); // kept as the community's policy says, without the name
    assertOthersUntouched(true);
  }

  @Test
  void forgettingWithDeleteRemovesTheAnswersAndTheirReplies() {
    repositories
        .recognition()
        .settings()
        .saveSettings(
            community.id(),
            RecognitionSettings.DEFAULT.withRetention(
                new RetentionPolicy(RetentionPolicy.Mode.DELETE, Optional.empty())));

    ForgetService.Result result = new ForgetService(ports, repositories.recognition()).forget(ANA);

    assertThat(result).isEqualTo(new ForgetService.Result(1, 1, 0));
    assertThat(ports.answers().findByOccurrence(prompt.occurrenceId())).hasSize(2);
    assertOthersUntouched(false);
  }

  @Test
  void forgettingATeamsPersonRemovesTheirPersonalChatReferences() {
    new ForgetService(ports, repositories.recognition()).forget(TARA);

    assertThat(rowsMentioning(TARA.userId())).isEmpty();
    assertThat(database.dsl().fetchCount(TEAMS_CONVERSATION_REF)).isZero();
    assertThat(rowsMentioning(ANA.userId())).isNotEmpty();
  }

  private void assertOthersUntouched(boolean anasAnswerKept) {
    assertThat(ports.members().findByUser(BEN)).hasSize(1);
    assertThat(ports.profiles().find(BEN)).isPresent();
    assertThat(database.dsl().fetchCount(DOWNLOAD_FILE, DOWNLOAD_FILE.USER_ID.eq(BEN.userId())))
        .isEqualTo(1);
    assertThat(repositories.recognition().badges().findByMember(community.id(), BEN)).hasSize(1);
    assertThat(repositories.recognition().activity().meetingsOf(community.id(), BEN)).hasSize(1);
    Answer bens = answerOf(BEN);
    // Ana's reply to Ben is hers and goes; Tara's stays.
    assertThat(ports.answers().replyCounts(prompt.occurrenceId()).get(bens.id())).isEqualTo(1);
    assertThat(rowsMentioning(BEN.userId())).hasSizeGreaterThanOrEqualTo(8);
    // Ben's pairing history keeps both groups, Ana's seat now anonymous.
    assertThat(ports.pairings().history(community.id()))
        .hasSize(2)
        .allMatch(p -> p.members().contains(BEN))
        .anyMatch(p -> p.names().contains("a former member"));
    assertThat(ports.answers().findByOccurrence(prompt.occurrenceId()))
        .hasSize(anasAnswerKept ? 3 : 2);
  }
}
