package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.db.repository.JooqDashboardTabs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

abstract class DashboardTabsContract extends DatabaseContract {
  JooqDashboardTabs tabs() {
    return new JooqDashboardTabs(database.dsl());
  }

  Community saved(String channel) {
    Community c = community("Science " + channel, SLACK_T1, channel(SLACK_T1, channel));
    repositories.communities().save(c);
    return c;
  }

  @Test
  void aCommunityStartsAtGenerationZeroAndEachResetMovesItOnByOne() {
    Community c = saved("C1");

    assertThat(tabs().generation(c.id())).isZero();
    assertThat(tabs().reset(c.id(), T0)).isEqualTo(1);
    assertThat(tabs().reset(c.id(), T0.plusSeconds(60))).isEqualTo(2);
    assertThat(tabs().generation(c.id())).isEqualTo(2);
  }

  @Test
  void aResetTouchesOnlyItsCommunity() {
    Community a = saved("C1");
    Community b = saved("C2");

    tabs().reset(a.id(), T0);

    assertThat(tabs().generation(a.id())).isEqualTo(1);
    assertThat(tabs().generation(b.id())).isZero();
  }

  @Test
  void concurrentResetsEachCount() throws Exception {
    Community c = saved("C1");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> tabs().reset(c.id(), T0)));
      }
      List<Integer> generations = new ArrayList<>();
      for (Future<Integer> r : results) {
        generations.add(r.get());
      }
      assertThat(generations).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tabs().generation(c.id())).isEqualTo(8);
  }

  @Test
  void resettingACommunityThatDoesNotExistStoresNothing() {
    CommunityId ghost = CommunityId.random();

    assertThatThrownBy(() -> tabs().reset(ghost, T0)).isInstanceOf(RuntimeException.class);
    assertThat(tabs().generation(ghost)).isZero();
  }

  @Test
  void deletingTheCommunityDeletesItsTabGeneration() {
    Community c = saved("C1");
    tabs().reset(c.id(), T0);

    database.dsl().execute("delete from community where id = ?", c.id().value());

    assertThat(tabs().generation(c.id())).isZero();
  }
}
