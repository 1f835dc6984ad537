package dev.rituals.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedResourceTest {
  @Test
  void linksAreCountedOncePerAnswerMostSharedFirstTiesNewestFirst() {
    List<String> newestFirst =
        List.of(
            "try https://b.example and https://b.example again",
            "<https://a.example|slides> and https://c.example.",
            "https://a.example",
            "no link");

    assertThat(SharedResource.top(newestFirst, 2))
        .containsExactly(
            new SharedResource("https://a.example", 2), new SharedResource("https://b.example", 1));
  }
}
