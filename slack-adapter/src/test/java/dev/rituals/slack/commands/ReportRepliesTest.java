package dev.rituals.slack.commands;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.testing.SampleMetrics;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.ReplyAttachment;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Report replies in Slack: files go up with the files upload v2 flow; App Home's section. */
class ReportRepliesTest {
  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackTestApp();
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void anExportIsUploadedWithFilesUploadV2ToThePersonsDirectMessages() throws Exception {
    byte[] csv = "name,answers\r\nAna,6\r\n".getBytes(StandardCharsets.UTF_8);
    when(slack.commands.handle(any()))
        .thenReturn(
            CommandReply.ok(
                "Participation in *Maths*, 1 lines",
                new ReplyAttachment.File(
                    "participation_2026-03-01_2026-03-31.csv", "text/csv", csv, Optional.empty())));

    HttpResponse<String> ack = slack.command("report export", "C0MATHS");

    JsonObject body = JsonParser.parseString(ack.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("text").getAsString()).contains("on its way to your direct messages");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !slack.api.calls("files.completeUploadExternal").isEmpty());
    FakeSlackApi.Call getUrl = slack.api.calls("files.getUploadURLExternal").get(0);
    assertThat(getUrl.param("filename")).isEqualTo("participation_2026-03-01_2026-03-31.csv");
    assertThat(getUrl.param("length")).isEqualTo(Integer.toString(csv.length));
    String fileId = slack.api.calls("upload").get(0).param("file_id");
    assertThat(slack.api.uploaded(fileId)).hasValueSatisfying(b -> assertThat(b).isEqualTo(csv));
    FakeSlackApi.Call complete = slack.api.calls("files.completeUploadExternal").get(0);
    assertThat(complete.param("channel_id")).isEqualTo("DU1DANA");
    assertThat(complete.param("files"))
        .contains(fileId)
        .contains("participation_2026-03-01_2026-03-31.csv");
  }

  @Test
  void slackRefusingTheUploadTellsThePerson() throws Exception {
    slack.api.enqueue(
        "files.getUploadURLExternal",
        FakeSlackApi.Answer.ok("{\"ok\":false,\"error\":\"not_allowed_token_type\"}"));
    when(slack.commands.handle(any()))
        .thenReturn(
            CommandReply.ok(
                "Weekly participation",
                new ReplyAttachment.File("c.png", "image/png", new byte[] {1}, Optional.empty())));

    slack.command("report chart", "C0MATHS");

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> slack.api.calls().stream().anyMatch(c -> c.method().startsWith("/respond/")));
    assertThat(slack.api.calls("files.completeUploadExternal")).isEmpty();
  }

  @Test
  void appHomeShowsParticipationWithLevelsToModeratorsAndTotalsToMembers() throws Exception {
    CommunityId id = CommunityId.random();
    var metrics = SampleMetrics.community(id);
    when(slack.home.homeFor(any(), any()))
        .thenReturn(home(id, metrics, true))
        .thenReturn(home(id, metrics, false));

    String moderator = publishedHome("Ev1");
    assertThat(moderator)
        .contains("Participation, last 30 days", "8 answers from 2 people, 1 new voice")
        .contains("Mean response rate 50%")
        .contains("core 1 · active 1 · peripheral 0 · dormant 1")
        .contains("Ana: 6 answers, 4 in a row")
        .contains("Ben &lt;script&gt;");
    String member = publishedHome("Ev2");
    assertThat(member).contains("8 answers from 2 people").doesNotContain("Ana:", "dormant");
  }

  private static HomeView home(
      CommunityId id, dev.rituals.core.participation.CommunityMetrics m, boolean moderator) {
    return new HomeView(
        List.of(
            new HomeView.CommunityHome(
                id,
                "Maths teachers",
                ZoneId.of("Europe/Paris"),
                moderator,
                0,
                List.of(),
                List.of(),
                Optional.of(m))));
  }

  private String publishedHome(String eventId) throws Exception {
    int before = slack.api.calls("views.publish").size();
    slack.event(
        envelope(
            eventId,
            Payloads.event(
                "app_home_opened", Map.of("user", "U1DANA", "channel", "D0DANA", "tab", "home"))));
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> slack.api.calls("views.publish").size() > before);
    return slack.api.calls("views.publish").get(before).json("view").toString();
  }
}
