package dev.rituals.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
  private final MessageRenderer renderer = new MessageRenderer();

  @Test
  void promptShowsNumberedQuestionAnswerButtonAndHowToAnswer() {
    MessageBody prompt =
        new MessageBody(
            MessageKind.PROMPT,
            "Q2: How do you check understanding <quickly>?",
            Map.of(
                "promptId", "6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11",
                "number", "2",
                "question", "How do you check understanding <quickly>?",
                "closesAt", "2026-03-13T07:00:00Z",
                "community", "Maths teachers"));

    SlackMessage message = renderer.render(prompt);

    assertThat(message.text()).isEqualTo("Q2: How do you check understanding &lt;quickly&gt;?");
    assertJson(
        message,
        """
        [
          {"type": "section", "block_id": "prompt_question",
           "text": {"type": "mrkdwn", "text": "*Q2*  How do you check understanding &lt;quickly&gt;?"}},
          {"type": "actions", "block_id": "prompt_actions",
           "elements": [{"type": "button", "action_id": "answer_prompt", "style": "primary",
                         "text": {"type": "plain_text", "text": "Answer"},
                         "value": "6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11"}]},
          {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "Reply in the thread or write `A2 your answer` in the channel"},
            {"type": "mrkdwn",
             "text": "Open until <!date^1773385200^{date_short_pretty} {time}|2026-03-13 07:00:00 UTC>"},
            {"type": "mrkdwn", "text": "*Maths teachers*"}]}
        ]
        """);
  }

  @Test
  void promptWithoutItsFieldsFallsBackToItsText() {
    SlackMessage message =
        renderer.render(new MessageBody(MessageKind.PROMPT, "Q1: Why?", Map.of()));

    assertJson(
        message, "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Q1: Why?\"}}]");
  }

  @Test
  void recapIsItsTextWithTheCommunityUnderneath() {
    SlackMessage message =
        renderer.render(
            new MessageBody(
                MessageKind.RECAP,
                "*Recap*\n• 7 of 12 answered\n• Links: 3",
                Map.of("community", "Maths teachers")));

    assertJson(
        message,
        """
        [
          {"type": "section", "text": {"type": "mrkdwn", "text": "*Recap*\\n• 7 of 12 answered\\n• Links: 3"}},
          {"type": "context", "elements": [{"type": "mrkdwn", "text": "*Maths teachers*"}]}
        ]
        """);
  }

  @Test
  void memberWelcomeIsItsTextWithAProfileButtonAndTheCommunityUnderneath() {
    SlackMessage message =
        renderer.render(
            new MessageBody(
                MessageKind.MEMBER_WELCOME,
                "Welcome to *Maths teachers*! Answer in the thread or write `A1 your answer`.",
                Map.of("community", "Maths teachers", "communityId", "c0ffee")));

    assertJson(
        message,
        """
        [
          {"type": "section", "text": {"type": "mrkdwn",
           "text": "Welcome to *Maths teachers*! Answer in the thread or write `A1 your answer`."}},
          {"type": "actions", "block_id": "welcome_actions", "elements": [
            {"type": "button", "action_id": "open_profile", "value": "open_profile",
             "text": {"type": "plain_text", "text": "Fill in my profile"}}]},
          {"type": "context", "elements": [{"type": "mrkdwn", "text": "*Maths teachers*"}]}
        ]
        """);
  }

  @Test
  void reminderCarriesTheAnswerButtonOfItsPrompt() {
    SlackMessage message =
        renderer.render(
            new MessageBody(
                MessageKind.REMINDER,
                "Q1 closes in 2 hours.",
                Map.of("promptId", "6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11")));

    assertThat(message.blocks()).hasSize(2);
    assertThat(json(message)).contains("\"action_id\":\"answer_prompt\"");
  }

  @Test
  void longTextIsSplitIntoSectionsAtLineEndsWithinSlacksLimit() {
    String line = "x".repeat(999) + "\n";
    MessageBody body = new MessageBody(MessageKind.TEXT, line.repeat(7), Map.of());

    SlackMessage message = renderer.render(body);

    assertThat(message.blocks()).hasSize(3);
    assertThat(json(message)).doesNotContain("x".repeat(3001));
  }

  private static String json(SlackMessage message) {
    return GsonFactory.createSnakeCase().toJson(message.blocks());
  }

  private static void assertJson(SlackMessage message, String expected) {
    JsonElement actual = JsonParser.parseString(json(message));
    assertThat(actual).isEqualTo(JsonParser.parseString(expected));
  }
}
