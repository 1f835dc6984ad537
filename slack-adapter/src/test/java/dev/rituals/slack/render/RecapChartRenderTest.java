package dev.rituals.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.util.json.GsonFactory;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly recap's chart: an image block on a public (https) address, else a link. */
class RecapChartRenderTest {
  private final MessageRenderer renderer = new MessageRenderer();

  private String blocks(String url) {
    MessageBody recap =
        new MessageBody(
            MessageKind.RECAP,
            "*Maths in March 2026*\n• 4 rounds",
            Map.of("imageUrl", url, "imageAlt", "Weekly participation in March 2026"));
    return GsonFactory.createSnakeCase().toJson(renderer.render(recap).blocks());
  }

  @Test
  void anHttpsChartIsAnImageBlock() {
    String json = blocks("https://rituals.example/reports/download?kind=png&sig=x");

    assertThat(json)
        .contains("\"type\":\"image\"")
        .contains(
            "\"image_url\":\"https://rituals.example/reports/download?kind\\u003dpng\\u0026sig\\u003dx\"")
        .contains("\"alt_text\":\"Weekly participation in March 2026\"");
  }

  @Test
  void aLocalChartAddressStaysALinkSoThePostNeverFails() {
    String json = blocks("http://localhost:3978/reports/download?kind=png");

    assertThat(json)
        .doesNotContain("\"type\":\"image\"")
        .contains("http://localhost:3978/reports/download");
  }
}
