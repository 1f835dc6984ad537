package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import dev.rituals.core.port.QuestionRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Question banks in memory. */
public final class InMemoryQuestions implements QuestionRepository {
  private final Map<QuestionId, Question> rows = new ConcurrentHashMap<>();

  @Override
  public void save(Question question) {
    rows.put(question.id(), question);
  }

  @Override
  public Optional<Question> findByNumber(CommunityId community, int number) {
    return findByCommunity(community).stream().filter(q -> q.number() == number).findFirst();
  }

  @Override
  public List<Question> findByCommunity(CommunityId community) {
    return rows.values().stream()
        .filter(q -> q.communityId().equals(community))
        .sorted(Comparator.comparingInt(Question::number))
        .toList();
  }

  @Override
  public int nextNumber(CommunityId community) {
    return findByCommunity(community).stream().mapToInt(Question::number).max().orElse(0) + 1;
  }

  @Override
  public boolean remove(QuestionId id) {
    return rows.remove(id) != null;
  }
}
