package dev.rituals.core.service;

import dev.rituals.core.port.AnswerRepository;
import dev.rituals.core.port.CommunityRepository;
import dev.rituals.core.port.HostingRepository;
import dev.rituals.core.port.InboundEventLog;
import dev.rituals.core.port.InstallationRepository;
import dev.rituals.core.port.LinkCodeRepository;
import dev.rituals.core.port.MemberRepository;
import dev.rituals.core.port.OccurrenceRepository;
import dev.rituals.core.port.OutboxRepository;
import dev.rituals.core.port.PairingRepository;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.core.port.ProfileRepository;
import dev.rituals.core.port.QuestionRepository;
import dev.rituals.core.port.RitualRepository;
import dev.rituals.core.port.Transactions;
import java.util.Objects;

/**
 * The persistence ports the services share, bundled so wiring stays readable. The db module builds
 * one from its repositories; tests build one from the in-memory fakes.
 */
public record Ports(
    Transactions transactions,
    InstallationRepository installations,
    CommunityRepository communities,
    MemberRepository members,
    ProfileRepository profiles,
    RitualRepository rituals,
    QuestionRepository questions,
    OccurrenceRepository occurrences,
    AnswerRepository answers,
    OutboxRepository outbox,
    InboundEventLog inboundEvents,
    LinkCodeRepository linkCodes,
    HostingRepository hostings,
    ParticipationQueries participation,
    PairingRepository pairings) {
  public Ports {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(installations, "installations");
    Objects.requireNonNull(communities, "communities");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(rituals, "rituals");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(occurrences, "occurrences");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(inboundEvents, "inboundEvents");
    Objects.requireNonNull(linkCodes, "linkCodes");
    Objects.requireNonNull(hostings, "hostings");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(pairings, "pairings");
  }
}
