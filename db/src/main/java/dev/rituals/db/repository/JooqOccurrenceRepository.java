package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.COMMUNITY_CHANNEL;
import static dev.rituals.db.jooq.Tables.MISSED_OCCURRENCE;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;
import static dev.rituals.db.jooq.Tables.PROMPT;
import static dev.rituals.db.jooq.Tables.PROMPT_MESSAGE;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.OccurrenceRepository;
import dev.rituals.db.jooq.tables.records.OccurrenceRecord;
import dev.rituals.db.jooq.tables.records.PromptRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Occurrences, their prompts and where each prompt was posted. The unique (ritual, scheduled
 * instant) key makes {@link #insertIfAbsent} the idempotency gate for firing.
 */
public final class JooqOccurrenceRepository implements OccurrenceRepository {

  private final DSLContext dsl;

  public JooqOccurrenceRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean insertIfAbsent(Occurrence occurrence) {
    OccurrenceRecord row = new OccurrenceRecord();
    row.setId(occurrence.id().value());
    row.setRitualId(occurrence.ritualId().value());
    row.setCommunityId(occurrence.communityId().value());
    row.setScheduledFor(occurrence.scheduledFor());
    row.setOpensAt(occurrence.opensAt());
    row.setClosesAt(occurrence.closesAt());
    row.setState(occurrence.state().name());
    return Inserts.ignoringDuplicate(
            dsl,
            () ->
                dsl.insertInto(OCCURRENCE)
                    .set(row)
                    .onConflict(OCCURRENCE.RITUAL_ID, OCCURRENCE.SCHEDULED_FOR)
                    .doNothing()
                    .execute(),
            () ->
                dsl.fetchExists(
                    OCCURRENCE,
                    OCCURRENCE
                        .RITUAL_ID
                        .eq(row.getRitualId())
                        .and(OCCURRENCE.SCHEDULED_FOR.eq(row.getScheduledFor()))))
        == 1;
  }

  @Override
  public Optional<Occurrence> findById(OccurrenceId id) {
    return dsl.selectFrom(OCCURRENCE)
        .where(OCCURRENCE.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqOccurrenceRepository::toOccurrence);
  }

  @Override
  public Optional<Occurrence> findByRitualAndInstant(RitualId ritual, Instant scheduledFor) {
    return dsl.selectFrom(OCCURRENCE)
        .where(OCCURRENCE.RITUAL_ID.eq(ritual.value()))
        .and(OCCURRENCE.SCHEDULED_FOR.eq(scheduledFor))
        .fetchOptional()
        .map(JooqOccurrenceRepository::toOccurrence);
  }

  @Override
  public List<Occurrence> findOpen(CommunityId community, Instant at) {
    return dsl.selectFrom(OCCURRENCE)
        .where(OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .and(openAt(at))
        .orderBy(OCCURRENCE.OPENS_AT.desc(), OCCURRENCE.ID)
        .fetch(JooqOccurrenceRepository::toOccurrence);
  }

  @Override
  public List<Occurrence> findByCommunity(CommunityId community, Instant from, Instant to) {
    return dsl.selectFrom(OCCURRENCE)
        .where(OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to))
        .orderBy(OCCURRENCE.OPENS_AT, OCCURRENCE.ID)
        .fetch(JooqOccurrenceRepository::toOccurrence);
  }

  @Override
  public void close(OccurrenceId id) {
    dsl.update(OCCURRENCE)
        .set(OCCURRENCE.STATE, OccurrenceState.CLOSED.name())
        .where(OCCURRENCE.ID.eq(id.value()))
        .execute();
  }

  @Override
  public void savePrompt(Prompt prompt) {
    PromptRecord row = new PromptRecord();
    row.setId(prompt.id().value());
    row.setOccurrenceId(prompt.occurrenceId().value());
    row.setNumber(prompt.number());
    row.setQuestionText(prompt.text());
    row.setPostAt(prompt.postAt());
    dsl.insertInto(PROMPT).set(row).onConflict(PROMPT.ID).doUpdate().set(row).execute();
  }

  @Override
  public Optional<Prompt> findPrompt(PromptId id) {
    return dsl.selectFrom(PROMPT)
        .where(PROMPT.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqOccurrenceRepository::toPrompt);
  }

  @Override
  public List<Prompt> findPrompts(OccurrenceId occurrence) {
    return dsl.selectFrom(PROMPT)
        .where(PROMPT.OCCURRENCE_ID.eq(occurrence.value()))
        .orderBy(PROMPT.NUMBER)
        .fetch(JooqOccurrenceRepository::toPrompt);
  }

  @Override
  public void addPromptMessage(PromptId prompt, MessageRef message) {
    ChannelRef channel = message.channel();
    Inserts.ignoringDuplicate(
        dsl,
        () ->
            dsl.insertInto(PROMPT_MESSAGE)
                .set(PROMPT_MESSAGE.PLATFORM, channel.platform().name())
                .set(PROMPT_MESSAGE.TENANT_ID, channel.tenant().tenantId())
                .set(PROMPT_MESSAGE.CHANNEL_ID, channel.channelId())
                .set(PROMPT_MESSAGE.MESSAGE_ID, message.messageId())
                .set(PROMPT_MESSAGE.PROMPT_ID, prompt.value())
                .onConflictDoNothing()
                .execute(),
        () -> dsl.fetchExists(PROMPT_MESSAGE, isMessage(message)));
  }

  @Override
  public List<MessageRef> findPromptMessages(PromptId prompt) {
    return dsl.selectFrom(PROMPT_MESSAGE)
        .where(PROMPT_MESSAGE.PROMPT_ID.eq(prompt.value()))
        .orderBy(
            PROMPT_MESSAGE.PLATFORM,
            PROMPT_MESSAGE.TENANT_ID,
            PROMPT_MESSAGE.CHANNEL_ID,
            PROMPT_MESSAGE.MESSAGE_ID)
        .fetch(
            row ->
                new MessageRef(
                    Columns.channel(row.getPlatform(), row.getTenantId(), row.getChannelId()),
                    row.getMessageId()));
  }

  @Override
  public Optional<Prompt> findPromptByMessage(MessageRef message) {
    return dsl.select(PROMPT.fields())
        .from(PROMPT)
        .join(PROMPT_MESSAGE)
        .on(PROMPT_MESSAGE.PROMPT_ID.eq(PROMPT.ID))
        .where(isMessage(message))
        .fetchOptional(r -> toPrompt(r.into(PROMPT)));
  }

  /**
   * Every prompt of the occurrences open at {@code at} in the community the channel is bound to,
   * newest occurrence first, then by number. Like the in-memory fake, prompts saved for later in
   * the window are included: callers pick by number and post time.
   */
  @Override
  public List<Prompt> findOpenPromptsInChannel(ChannelRef channel, Instant at) {
    return dsl.select(PROMPT.fields())
        .from(PROMPT)
        .join(OCCURRENCE)
        .on(OCCURRENCE.ID.eq(PROMPT.OCCURRENCE_ID))
        .join(COMMUNITY_CHANNEL)
        .on(COMMUNITY_CHANNEL.COMMUNITY_ID.eq(OCCURRENCE.COMMUNITY_ID))
        .where(
            Columns.isTenant(
                COMMUNITY_CHANNEL.PLATFORM, COMMUNITY_CHANNEL.TENANT_ID, channel.tenant()))
        .and(COMMUNITY_CHANNEL.CHANNEL_ID.eq(channel.channelId()))
        .and(openAt(at))
        .orderBy(OCCURRENCE.OPENS_AT.desc(), OCCURRENCE.ID, PROMPT.NUMBER)
        .fetch(r -> toPrompt(r.into(PROMPT)));
  }

  private static Condition isMessage(MessageRef message) {
    ChannelRef channel = message.channel();
    return Columns.isTenant(PROMPT_MESSAGE.PLATFORM, PROMPT_MESSAGE.TENANT_ID, channel.tenant())
        .and(PROMPT_MESSAGE.CHANNEL_ID.eq(channel.channelId()))
        .and(PROMPT_MESSAGE.MESSAGE_ID.eq(message.messageId()));
  }

  /** Same rule as {@link Occurrence#isOpenAt}: open state, opened, not yet closed. */
  private static Condition openAt(Instant at) {
    return OCCURRENCE
        .STATE
        .eq(OccurrenceState.OPEN.name())
        .and(OCCURRENCE.OPENS_AT.le(at))
        .and(OCCURRENCE.CLOSES_AT.gt(at));
  }

  private static Occurrence toOccurrence(OccurrenceRecord row) {
    return new Occurrence(
        new OccurrenceId(row.getId()),
        new RitualId(row.getRitualId()),
        new CommunityId(row.getCommunityId()),
        row.getScheduledFor(),
        row.getOpensAt(),
        row.getClosesAt(),
        OccurrenceState.valueOf(row.getState()));
  }

  private static Prompt toPrompt(PromptRecord row) {
    return new Prompt(
        new PromptId(row.getId()),
        new OccurrenceId(row.getOccurrenceId()),
        row.getNumber(),
        row.getQuestionText(),
        row.getPostAt());
  }

  @Override
  public boolean recordMissed(MissedOccurrence missed) {
    return Inserts.ignoringDuplicate(
            dsl,
            () ->
                dsl.insertInto(MISSED_OCCURRENCE)
                    .set(MISSED_OCCURRENCE.RITUAL_ID, missed.ritualId().value())
                    .set(MISSED_OCCURRENCE.COMMUNITY_ID, missed.communityId().value())
                    .set(MISSED_OCCURRENCE.SCHEDULED_FOR, missed.scheduledFor())
                    .set(MISSED_OCCURRENCE.RECORDED_AT, missed.recordedAt())
                    .onConflict(MISSED_OCCURRENCE.RITUAL_ID, MISSED_OCCURRENCE.SCHEDULED_FOR)
                    .doNothing()
                    .execute(),
            () ->
                dsl.fetchExists(
                    MISSED_OCCURRENCE,
                    MISSED_OCCURRENCE
                        .RITUAL_ID
                        .eq(missed.ritualId().value())
                        .and(MISSED_OCCURRENCE.SCHEDULED_FOR.eq(missed.scheduledFor()))))
        == 1;
  }

  @Override
  public List<MissedOccurrence> findMissed(CommunityId community, int limit) {
    return dsl.selectFrom(MISSED_OCCURRENCE)
        .where(MISSED_OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .orderBy(MISSED_OCCURRENCE.SCHEDULED_FOR.desc())
        .limit(limit)
        .fetch(
            r ->
                new MissedOccurrence(
                    new RitualId(r.getRitualId()),
                    new CommunityId(r.getCommunityId()),
                    r.getScheduledFor(),
                    r.getRecordedAt()));
  }
}
