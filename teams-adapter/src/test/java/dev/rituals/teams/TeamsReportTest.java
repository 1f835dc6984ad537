package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.testing.SampleMetrics;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.ReplyAttachment;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Report replies in Teams: the report as an Adaptive Card, exports and pages as signed links. */
class TeamsReportTest {
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp();
    app.post(app.activities.teamInstall());
    app.connector.clear();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private JsonNode replyCard() {
    JsonNode attachment = app.connector.messages().get(0).body().path("attachments").get(0);
    assertThat(attachment.path("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    return attachment.path("content");
  }

  @Test
  void aModeratorsReportIsACardWithLevelsAndEveryonesLine() throws Exception {
    var metrics = SampleMetrics.community(CommunityId.random());
    when(app.commands.handle(any()))
        .thenReturn(
            CommandReply.ok("text", new ReplyAttachment.Report(metrics, true, SampleMetrics.ANA)));

    app.post(app.activities.mention("report"));

    String card = replyCard().toString();
    assertThat(card)
        .contains("Participation in Maths teachers", "2026-03-01 to 2026-03-31")
        .contains("{\"title\":\"Answers\",\"value\":\"8\"}")
        .contains("{\"title\":\"New voices\",\"value\":\"1\"}")
        .contains("{\"title\":\"Mean response rate\",\"value\":\"50%\"}")
        .contains("{\"title\":\"Core\",\"value\":\"1\"}", "{\"title\":\"Dormant\",\"value\":\"1\"}")
        .contains("{\"title\":\"Ana\",\"value\":\"6 answers · core · streak 4 (longest 4)\"}")
        .contains("Mon 23 Mar");
  }

  @Test
  void aMembersReportCardShowsTotalsAndOnlyTheirOwnLine() throws Exception {
    var metrics = SampleMetrics.community(CommunityId.random());
    when(app.commands.handle(any()))
        .thenReturn(
            CommandReply.ok("text", new ReplyAttachment.Report(metrics, false, SampleMetrics.BEN)));

    app.post(app.activities.mention("report"));

    String card = replyCard().toString();
    assertThat(card)
        .contains("You: 2 answers · active · streak 1 (longest 1)")
        .doesNotContain("\"Ana\"", "Dormant");
  }

  @Test
  void anExportIsADownloadButtonOnItsSignedLink() throws Exception {
    URI link = URI.create("https://rituals.example/reports/download?c=1&kind=csv&exp=9&sig=abc");
    when(app.commands.handle(any()))
        .thenReturn(
            CommandReply.ok(
                "Participation in *Maths*, 3 lines\nDownload (for 24 hours): " + link,
                new ReplyAttachment.File("p.csv", "text/csv", new byte[] {1}, Optional.of(link))));

    app.post(app.activities.personalMessage("report export"));

    JsonNode action = replyCard().path("actions").get(0);
    assertThat(action.path("type").asText()).isEqualTo("Action.OpenUrl");
    assertThat(action.path("title").asText()).isEqualTo("Download the CSV");
    assertThat(action.path("url").asText()).isEqualTo(link.toString());
  }

  @Test
  void theDashboardIsAnOpenButton() throws Exception {
    URI link = URI.create("https://rituals.example/dashboard?c=1&exp=9&sig=abc");
    when(app.commands.handle(any()))
        .thenReturn(
            CommandReply.ok(
                "Dashboard of *Maths*:\n" + link,
                new ReplyAttachment.Link("Open the dashboard", link)));

    app.post(app.activities.mention("report dashboard"));

    JsonNode action = replyCard().path("actions").get(0);
    assertThat(action.path("url").asText()).isEqualTo(link.toString());
    assertThat(action.path("title").asText()).isEqualTo("Open the dashboard");
  }
}
