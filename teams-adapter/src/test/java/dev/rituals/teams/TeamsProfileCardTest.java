package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code profile} answers with the profile Adaptive Card; its Action.Submit saves through core. */
class TeamsProfileCardTest {
  private final HandleCommandUseCase commands = mock(HandleCommandUseCase.class);
  private final EditProfileUseCase profiles = mock(EditProfileUseCase.class);
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app =
        new TeamsTestApp(
            TeamsSettings.local(),
            Clock.fixed(TeamsTestApp.NOW, ZoneOffset.UTC),
            new TeamsUseCases(
                commands,
                mock(SubmitScheduleFormUseCase.class),
                mock(RecordAnswerUseCase.class),
                mock(MembershipUseCase.class),
                mock(ReportUseCase.class),
                Optional.empty(),
                Optional.empty(),
                Optional.of(profiles),
                Optional.empty()));
    app.post(app.activities.teamInstall());
    app.connector.clear();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void profileCommandAnswersWithTheCardPrefilledFromTheStoredProfile() throws Exception {
    when(commands.handle(any()))
        .thenReturn(CommandReply.form(CommandReply.Form.PROFILE, "*Your pairing profile*"));
    Map<ProfileField, String> current = new EnumMap<>(ProfileField.class);
    current.put(ProfileField.SUBJECTS, "math, science");
    current.put(ProfileField.SCHOOL, "");
    when(profiles.current(ALICE_USER)).thenReturn(current);

    app.post(app.activities.mention("profile"));

    JsonNode card =
        app.connector.messages().get(0).body().path("attachments").get(0).path("content");
    assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
    JsonNode subjects = input(card, "subjects");
    assertThat(subjects.path("type").asText()).isEqualTo("Input.Text");
    assertThat(subjects.path("value").asText()).isEqualTo("math, science");
    assertThat(input(card, "school").has("value")).isFalse();
    assertThat(input(card, "pairing").path("type").asText()).isEqualTo("Input.ChoiceSet");
    JsonNode submit = card.path("actions").get(0);
    assertThat(submit.path("type").asText()).isEqualTo("Action.Submit");
    assertThat(submit.path("data").toString()).contains("profile_edit");
  }

  @Test
  void submittedCardSavesEveryFieldAndReplacesTheCard() throws Exception {
    when(profiles.submit(any(), any()))
        .thenReturn(new ProfileFormResult.Saved("Saved. You'll be in the next pairing round."));

    app.post(app.activities.submit(values("science", "2"), "card-7", "root-1"));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<ProfileField, String>> values = ArgumentCaptor.forClass(Map.class);
    verify(profiles).submit(eq(ALICE_USER), values.capture());
    assertThat(values.getValue())
        .containsEntry(ProfileField.SUBJECTS, "science")
        .containsEntry(ProfileField.CAPACITY, "2")
        .containsEntry(ProfileField.PAIRING, "yes")
        .containsEntry(ProfileField.SCHOOL, "");
    FakeBotConnector.Call update = app.connector.messages().get(0);
    assertThat(update.method()).isEqualTo("PUT");
    assertThat(update.path()).endsWith("/activities/card-7");
    JsonNode card = update.body().path("attachments").get(0).path("content");
    assertThat(card.path("body").toString()).contains("Profile saved", "next pairing round");
    assertThat(card.has("actions")).isFalse();
  }

  @Test
  void badFieldsComeBackOnTheCardUnderTheirInputs() throws Exception {
    when(profiles.submit(any(), any()))
        .thenReturn(
            new ProfileFormResult.Invalid(
                Map.of(ProfileField.CAPACITY, "\"99\" is not a whole number from 0 to 20.")));

    app.post(app.activities.submit(values("science", "99"), "card-7", "root-1"));

    JsonNode card =
        app.connector.messages().get(0).body().path("attachments").get(0).path("content");
    assertThat(input(card, "capacity").path("value").asText()).isEqualTo("99");
    assertThat(card.path("body").toString())
        .contains("capacity_error")
        .contains("is not a whole number from 0 to 20")
        .contains("nothing was saved");
    assertThat(card.path("actions").get(0).path("type").asText()).isEqualTo("Action.Submit");
  }

  private static JsonNode input(JsonNode card, String id) {
    for (JsonNode block : card.path("body")) {
      if (block.path("id").asText().equals(id)) {
        return block;
      }
    }
    throw new AssertionError("no input " + id + " in " + card);
  }

  private static ObjectNode values(String subjects, String capacity) {
    ObjectNode value = Activities.object();
    value.put(Cards.ACTION_KEY, "profile_edit");
    value.put("subjects", subjects);
    value.put("capacity", capacity);
    value.put("pairing", "yes");
    return value;
  }
}
