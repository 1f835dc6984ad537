package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import java.util.List;
import java.util.Optional;

/** A community's question bank. */
public interface QuestionRepository {
  /** Inserts or updates. {@code (communityId, number)} is unique. */
  void save(Question question);

  Optional<Question> findByNumber(CommunityId community, int number);

  List<Question> findByCommunity(CommunityId community);

  int nextNumber(CommunityId community);

  /**
   * @return whether a question was removed
   */
  boolean remove(QuestionId id);
}
