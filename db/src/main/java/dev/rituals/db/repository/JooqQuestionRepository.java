package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.QUESTION;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import dev.rituals.core.port.QuestionRepository;
import dev.rituals.db.jooq.tables.records.QuestionRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Question banks; tags are JSON text. {@code (community_id, number)} is unique. */
public final class JooqQuestionRepository implements QuestionRepository {

  private final DSLContext dsl;

  public JooqQuestionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(Question question) {
    QuestionRecord row = new QuestionRecord();
    row.setId(question.id().value());
    row.setCommunityId(question.communityId().value());
    row.setNumber(question.number());
    row.setQuestionText(question.text());
    row.setTags(Json.strings(question.tags()));
    row.setCreatedAt(question.createdAt());
    row.setLastUsedAt(question.lastUsedAt().orElse(null));
    row.setTimesUsed(question.timesUsed());
    dsl.insertInto(QUESTION).set(row).onConflict(QUESTION.ID).doUpdate().set(row).execute();
  }

  @Override
  public Optional<Question> findByNumber(CommunityId community, int number) {
    return dsl.selectFrom(QUESTION)
        .where(QUESTION.COMMUNITY_ID.eq(community.value()))
        .and(QUESTION.NUMBER.eq(number))
        .fetchOptional()
        .map(JooqQuestionRepository::toQuestion);
  }

  @Override
  public List<Question> findByCommunity(CommunityId community) {
    return dsl.selectFrom(QUESTION)
        .where(QUESTION.COMMUNITY_ID.eq(community.value()))
        .orderBy(QUESTION.NUMBER)
        .fetch(JooqQuestionRepository::toQuestion);
  }

  @Override
  public int nextNumber(CommunityId community) {
    return dsl.select(DSL.coalesce(DSL.max(QUESTION.NUMBER), 0).plus(1))
        .from(QUESTION)
        .where(QUESTION.COMMUNITY_ID.eq(community.value()))
        .fetchOne(0, int.class);
  }

  @Override
  public boolean remove(QuestionId id) {
    return dsl.deleteFrom(QUESTION).where(QUESTION.ID.eq(id.value())).execute() > 0;
  }

  private static Question toQuestion(QuestionRecord row) {
    return new Question(
        new QuestionId(row.getId()),
        new CommunityId(row.getCommunityId()),
        row.getNumber(),
        row.getQuestionText(),
        Json.readStrings(row.getTags()),
        row.getCreatedAt(),
        Optional.ofNullable(row.getLastUsedAt()),
        row.getTimesUsed());
  }
}
