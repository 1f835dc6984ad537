package dev.rituals.slack.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackCore;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code /rituals profile} opens the profile modal; its submit ends in core's profile use case. */
class ProfileModalTest {
  private static final UserRef DANA =
      new UserRef(new TenantRef(Platform.SLACK, FakeSlackApi.TEAM), "U1DANA");

  private final EditProfileUseCase profiles = mock(EditProfileUseCase.class);
  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack =
        new SlackTestApp(
            Clock.fixed(SlackTestApp.NOW, ZoneOffset.UTC),
            app ->
                new SlackCore(
                    app.commands,
                    app.forms,
                    app.answers,
                    app.membership,
                    app.reports,
                    Optional.of(app.home),
                    app.eventLog,
                    Optional.of(profiles),
                    Optional.empty()));
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void profileCommandOpensTheModalPrefilledWithTheStoredProfile() throws Exception {
    when(slack.commands.handle(any()))
        .thenReturn(CommandReply.form(CommandReply.Form.PROFILE, "*Your pairing profile*"));
    Map<ProfileField, String> current = new EnumMap<>(ProfileField.class);
    for (ProfileField f : ProfileField.values()) {
      current.put(f, "");
    }
    current.put(ProfileField.SUBJECTS, "math, science");
    current.put(ProfileField.PAIRING, "yes");
    when(profiles.current(DANA)).thenReturn(current);

    HttpResponse<String> response = slack.command("profile", "C0MATHS");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    await().atMost(Duration.ofSeconds(5)).until(() -> !slack.api.calls("views.open").isEmpty());
    FakeSlackApi.Call open = slack.api.calls("views.open").get(0);
    assertThat(open.param("trigger_id")).isEqualTo("trigger-1");
    JsonObject view = open.json("view");
    assertThat(view.get("callback_id").getAsString()).isEqualTo("profile_edit");
    assertThat(view.getAsJsonArray("blocks")).hasSize(ProfileField.values().length);
    JsonObject subjects = view.getAsJsonArray("blocks").get(1).getAsJsonObject();
    assertThat(subjects.get("block_id").getAsString()).isEqualTo("subjects");
    assertThat(subjects.getAsJsonObject("element").get("initial_value").getAsString())
        .isEqualTo("math, science");
    assertThat(view.toString()).contains("\"initial_option\"").contains("Yes, pair me");
  }

  @Test
  void welcomeButtonOpensTheSameModal() throws Exception {
    Map<ProfileField, String> current = new EnumMap<>(ProfileField.class);
    current.put(ProfileField.SCHOOL, "Lincoln Middle");
    when(profiles.current(DANA)).thenReturn(current);

    HttpResponse<String> response =
        slack.interaction(Payloads.blockAction("open_profile", "open_profile", null, "D0DANA"));

    assertThat(response.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> !slack.api.calls("views.open").isEmpty());
    FakeSlackApi.Call open = slack.api.calls("views.open").get(0);
    assertThat(open.param("trigger_id")).isEqualTo("trigger-3");
    JsonObject view = open.json("view");
    assertThat(view.get("callback_id").getAsString()).isEqualTo("profile_edit");
    assertThat(view.toString()).contains("Lincoln Middle");
  }

  @Test
  void validSubmitSendsEveryFieldToCoreAndShowsItsMessage() throws Exception {
    when(profiles.submit(any(), any()))
        .thenReturn(new ProfileFormResult.Saved("Saved. You'll be in the next pairing round."));

    HttpResponse<String> response = slack.interaction(submission("science, math", "2"));

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("update");
    assertThat(body.getAsJsonObject("view").toString()).contains("next pairing round");
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<ProfileField, String>> values = ArgumentCaptor.forClass(Map.class);
    verify(profiles).submit(eq(DANA), values.capture());
    assertThat(values.getValue())
        .containsEntry(ProfileField.SUBJECTS, "science, math")
        .containsEntry(ProfileField.CAPACITY, "2")
        .containsEntry(ProfileField.PAIRING, "yes")
        .containsEntry(ProfileField.SCHOOL, "");
  }

  @Test
  void badFieldsComeBackInlineKeyedByTheirInputs() throws Exception {
    when(profiles.submit(any(), any()))
        .thenReturn(
            new ProfileFormResult.Invalid(
                Map.of(ProfileField.CAPACITY, "\"99\" is not a whole number from 0 to 20.")));

    HttpResponse<String> response = slack.interaction(submission("science", "99"));

    assertThat(JsonParser.parseString(response.body()))
        .isEqualTo(
            JsonParser.parseString(
                """
                {"response_action":"errors",
                 "errors":{"capacity":"\\"99\\" is not a whole number from 0 to 20."}}
                """));
  }

  @Test
  void withoutTheProfileUseCaseTheCommandAnswersAsText() throws Exception {
    slack.close();
    slack = new SlackTestApp();
    when(slack.commands.handle(any()))
        .thenReturn(CommandReply.form(CommandReply.Form.PROFILE, "*Your pairing profile*"));

    HttpResponse<String> response = slack.command("profile", "C0MATHS");

    assertThat(response.body()).contains("Your pairing profile");
    Thread.sleep(200);
    assertThat(slack.api.calls("views.open")).isEmpty();
    verify(profiles, never()).current(any());
  }

  private static String submission(String subjects, String capacity) {
    JsonObject values = new JsonObject();
    Payloads.put(values, "subjects", Payloads.text(subjects));
    Payloads.put(values, "capacity", Payloads.text(capacity));
    Payloads.put(values, "school", Payloads.text(null));
    Payloads.put(values, "pairing", Payloads.selected("static_select", "yes"));
    return Payloads.viewSubmission("profile_edit", "V0PROFILE", "", values);
  }
}
