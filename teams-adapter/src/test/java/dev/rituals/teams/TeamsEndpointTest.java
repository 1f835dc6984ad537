package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP contract of /api/messages in local (anonymous) mode. */
class TeamsEndpointTest {
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void malformedJsonIsRejectedWith400() throws Exception {
    HttpResponse<String> response = app.post("{\"type\": \"message\", ", null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
    assertThat(app.connector.calls()).isEmpty();
  }

  @Test
  void jsonThatIsNotAnActivityIsRejectedWith400() throws Exception {
    assertThat(app.post("[1, 2]", null).statusCode()).isEqualTo(400);
    assertThat(app.post("{\"text\": \"hi\"}", null).body()).contains("no type");
    ObjectNode noServiceUrl = app.activities.personalMessage("help");
    noServiceUrl.remove("serviceUrl");
    HttpResponse<String> response = app.post(noServiceUrl);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("serviceUrl");
  }

  @Test
  void otherMethodsAreRefusedWith405() throws Exception {
    HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.endpoint()).GET().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void otherPathsAreLeftToOtherHandlers() throws Exception {
    HttpResponse<String> response =
        app.send(
            HttpRequest.newBuilder(app.endpoint().resolve("/api/other"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void unknownActivityTypesAreAcceptedAndIgnored() throws Exception {
    ObjectNode activity = app.activities.inChannel(app.activities.base("somethingNew"), null);

    HttpResponse<String> response = app.post(activity);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(app.connector.messages()).isEmpty();
    verifyNoInteractions(app.commands, app.answers, app.membership);
  }

  @Test
  void typingIsAcceptedWithoutAnyReply() throws Exception {
    HttpResponse<String> response =
        app.post(app.activities.inPersonalChat(app.activities.base("typing")));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(app.connector.messages()).isEmpty();
  }

  @Test
  void emulatorActivityWithoutRecipientRoleIsProcessed() throws Exception {
    ObjectNode activity = app.activities.personalMessage("help");
    activity.put("channelId", "emulator");
    when(app.commands.handle(any()))
        .thenReturn(dev.rituals.core.usecase.CommandReply.ok("Commands: ..."));

    HttpResponse<String> response = app.post(activity);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(app.connector.messages()).hasSize(1);
  }

  @Test
  void garbageBearerTokenIs401EvenInLocalMode() throws Exception {
    HttpResponse<String> response =
        app.post(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(app.activities.personalMessage("help")),
            "Bearer not-a-jwt");

    assertThat(response.statusCode()).isEqualTo(401);
    verifyNoInteractions(app.commands);
  }

  @Test
  void failingCoreGivesThePersonAnApologyNotA500() throws Exception {
    when(app.commands.handle(any())).thenThrow(new IllegalStateException("database down"));

    HttpResponse<String> response = app.post(app.activities.personalMessage("help"));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(app.connector.messages()).hasSize(1);
    assertThat(app.connector.messages().get(0).body().path("text").asText())
        .isEqualTo(TurnErrors.APOLOGY);
  }

  @Test
  void unknownInvokeIsAnsweredNotImplemented() throws Exception {
    HttpResponse<String> response =
        app.post(app.activities.invoke("something/unknown", Activities.object(), null));

    assertThat(response.statusCode()).isEqualTo(501);
  }
}
