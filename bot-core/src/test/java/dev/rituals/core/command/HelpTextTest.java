package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTextTest {

  @Test
  void overviewNamesEveryCommandWithThePlatformsPrefix() {
    String text = HelpText.overview("/rituals ");
    for (Topic topic : Topic.values()) {
      if (topic != Topic.HELP) {
        assertThat(text).contains("/rituals " + topic.word());
      }
    }
    assertThat(text).contains("/rituals help <topic>");
  }

  @Test
  void topicHelpShowsEveryFormWithAnExampleThatParses() {
    CommandParser parser = Fixtures.parser();
    for (Topic topic : Topic.values()) {
      String text = HelpText.forTopic(topic, "@Rituals ");
      for (Usage usage : Usage.of(topic)) {
        assertThat(text).contains("@Rituals " + usage.syntax(), "e.g. @Rituals " + usage.example());
        assertThat(parser.parse("/rituals " + usage.example()))
            .isInstanceOf(ParseResult.Parsed.class);
      }
    }
  }
}
