package dev.rituals.db;

import dev.rituals.core.port.Transactions;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.service.Ports;
import dev.rituals.db.repository.JooqActivityLog;
import dev.rituals.db.repository.JooqAnswerRepository;
import dev.rituals.db.repository.JooqBadgeRepository;
import dev.rituals.db.repository.JooqCommunityRepository;
import dev.rituals.db.repository.JooqHostingRepository;
import dev.rituals.db.repository.JooqInboundEventLog;
import dev.rituals.db.repository.JooqInstallationRepository;
import dev.rituals.db.repository.JooqLinkCodeRepository;
import dev.rituals.db.repository.JooqMemberDataEraser;
import dev.rituals.db.repository.JooqMemberRepository;
import dev.rituals.db.repository.JooqOccurrenceRepository;
import dev.rituals.db.repository.JooqOutboxRepository;
import dev.rituals.db.repository.JooqPairingRepository;
import dev.rituals.db.repository.JooqParticipationQueries;
import dev.rituals.db.repository.JooqProfileRepository;
import dev.rituals.db.repository.JooqQuestionRepository;
import dev.rituals.db.repository.JooqRecognitionSettingsRepository;
import dev.rituals.db.repository.JooqRitualRepository;
import org.jooq.DSLContext;

/**
 * Every persistence port on one {@link Database}, sharing its jOOQ context, so whatever runs inside
 * {@link #transactions()} commits or rolls back together.
 *
 * <pre>{@code
 * Database database = Database.fromDatabaseUrl(System.getenv("DATABASE_URL"));
 * Ports ports = JooqRepositories.of(database).ports();
 * }</pre>
 */
public final class JooqRepositories {

  private final Transactions transactions;
  private final JooqInstallationRepository installations;
  private final JooqCommunityRepository communities;
  private final JooqMemberRepository members;
  private final JooqProfileRepository profiles;
  private final JooqRitualRepository rituals;
  private final JooqQuestionRepository questions;
  private final JooqOccurrenceRepository occurrences;
  private final JooqAnswerRepository answers;
  private final JooqOutboxRepository outbox;
  private final JooqInboundEventLog inboundEvents;
  private final JooqLinkCodeRepository linkCodes;
  private final JooqHostingRepository hostings;
  private final JooqParticipationQueries participation;
  private final JooqPairingRepository pairings;
  private final RecognitionPorts recognition;

  private JooqRepositories(DSLContext dsl, Transactions transactions) {
    this.transactions = transactions;
    this.installations = new JooqInstallationRepository(dsl);
    this.communities = new JooqCommunityRepository(dsl, transactions);
    this.members = new JooqMemberRepository(dsl);
    this.profiles = new JooqProfileRepository(dsl);
    this.rituals = new JooqRitualRepository(dsl);
    this.questions = new JooqQuestionRepository(dsl);
    this.occurrences = new JooqOccurrenceRepository(dsl);
    this.answers = new JooqAnswerRepository(dsl);
    this.outbox = new JooqOutboxRepository(dsl, transactions);
    this.inboundEvents = new JooqInboundEventLog(dsl);
    this.linkCodes = new JooqLinkCodeRepository(dsl);
    this.hostings = new JooqHostingRepository(dsl);
    this.participation = new JooqParticipationQueries(dsl);
    this.pairings = new JooqPairingRepository(dsl);
    this.recognition =
        new RecognitionPorts(
            new JooqBadgeRepository(dsl),
            new JooqRecognitionSettingsRepository(dsl),
            new JooqActivityLog(dsl),
            new JooqMemberDataEraser(dsl));
  }

  public static JooqRepositories of(Database database) {
    return new JooqRepositories(database.dsl(), database.transactions());
  }

  /** All ports bundled the way core's services take them. */
  public Ports ports() {
    return new Ports(
        transactions,
        installations,
        communities,
        members,
        profiles,
        rituals,
        questions,
        occurrences,
        answers,
        outbox,
        inboundEvents,
        linkCodes,
        hostings,
        participation,
        pairings);
  }

  public JooqParticipationQueries participation() {
    return participation;
  }

  /** Badges, recognition settings, activity evidence and erasure, on the same database. */
  public RecognitionPorts recognition() {
    return recognition;
  }

  public Transactions transactions() {
    return transactions;
  }

  public JooqInstallationRepository installations() {
    return installations;
  }

  public JooqCommunityRepository communities() {
    return communities;
  }

  public JooqMemberRepository members() {
    return members;
  }

  public JooqProfileRepository profiles() {
    return profiles;
  }

  public JooqRitualRepository rituals() {
    return rituals;
  }

  public JooqQuestionRepository questions() {
    return questions;
  }

  public JooqOccurrenceRepository occurrences() {
    return occurrences;
  }

  public JooqAnswerRepository answers() {
    return answers;
  }

  public JooqOutboxRepository outbox() {
    return outbox;
  }

  public JooqInboundEventLog inboundEvents() {
    return inboundEvents;
  }
}
