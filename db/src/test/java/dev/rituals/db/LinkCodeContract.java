package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.LinkCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

abstract class LinkCodeContract extends DatabaseContract {
  Community saved() {
    Community c = community("Science", SLACK_T1, channel(SLACK_T1, "C1"));
    repositories.communities().save(c);
    return c;
  }

  @Test
  void aCodeIsTakenOnceAndThenGone() {
    Community c = saved();
    LinkCode code =
        new LinkCode("K7PX-2QMD", c.id(), user(SLACK_T1, "U1"), T0.plus(Duration.ofHours(24)));
    repositories.ports().linkCodes().save(code);

    assertThat(repositories.ports().linkCodes().take("K7PX-2QMD", T0)).contains(code);
    assertThat(repositories.ports().linkCodes().take("K7PX-2QMD", T0)).isEmpty();
  }

  @Test
  void anExpiredCodeIsNotHandedOutAndIsRemoved() {
    Community c = saved();
    repositories
        .ports()
        .linkCodes()
        .save(new LinkCode("ABCD-EFGH", c.id(), user(SLACK_T1, "U1"), T0));

    assertThat(repositories.ports().linkCodes().take("ABCD-EFGH", T0)).isEmpty();
    assertThat(repositories.ports().linkCodes().take("ABCD-EFGH", T0.minusSeconds(60))).isEmpty();
  }

  @Test
  void anUnknownCodeIsEmpty() {
    assertThat(repositories.ports().linkCodes().take("ZZZZ-ZZZZ", T0)).isEmpty();
  }
}
