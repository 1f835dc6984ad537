package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly recap in Teams: its text and the chart as an Adaptive Card image. */
class RecapChartCardTest {
  @Test
  void aRecapWithAChartIsACardWithTheTextAndTheImage() {
    Activity activity =
        MessageRenderer.render(
            new MessageBody(
                MessageKind.RECAP,
                "*Maths in March 2026*\n• 4 rounds",
                Map.of(
                    "imageUrl", "https://rituals.example/reports/download?kind=png",
                    "imageAlt", "Weekly participation in March 2026")));

    JsonNode card = new ObjectMapper().valueToTree(activity.getAttachments().get(0).getContent());
    assertThat(card.path("body").get(0).path("text").asText()).contains("Maths in March 2026");
    JsonNode image = card.path("body").get(1);
    assertThat(image.path("type").asText()).isEqualTo("Image");
    assertThat(image.path("url").asText())
        .isEqualTo("https://rituals.example/reports/download?kind=png");
    assertThat(image.path("altText").asText()).isEqualTo("Weekly participation in March 2026");
  }
}
