package dev.rituals.slack.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.install.BotTokens;
import dev.rituals.slack.render.MessageRenderer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pairing intros go to one group DM with every member; follow-ups carry their buttons. */
class PairingIntroGatewayTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);

  private final FakeSlackApi api = new FakeSlackApi();
  private final SlackChatGateway gateway = gateway(api.url());

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void introWithOthersOpensAGroupDmWithEveryoneAndPostsIntoIt() {
    MessageBody intro =
        new MessageBody(
            MessageKind.INTRO,
            "*Meet your pairing group* from Science: Ann, Ben, Cal.\nWhy you: both teach science",
            Map.of("groupWith", "U2BEN,U3CAL", "pairId", "p-1"));

    DeliveryResult result = gateway.directMessage(new UserRef(TEAM, "U1ANN"), intro);

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(api.calls("conversations.open")).hasSize(1);
    assertThat(api.calls("conversations.open").get(0).param("users"))
        .isEqualTo("U1ANN,U2BEN,U3CAL");
    FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
    assertThat(post.param("channel")).isEqualTo("DU1ANN,U2BEN,U3CAL");
    assertThat(post.param("text")).contains("Why you: both teach science");
  }

  @Test
  void followUpIsADirectMessageWithMetNotYetAndCouldntButtonsCarryingThePairId() {
    MessageBody followUp =
        new MessageBody(
            MessageKind.PAIR_FOLLOW_UP,
            "Did you meet Ben?",
            Map.of("pairId", "6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11"));

    gateway.directMessage(new UserRef(TEAM, "U1ANN"), followUp);

    assertThat(api.calls("conversations.open").get(0).param("users")).isEqualTo("U1ANN");
    String blocks = api.calls("chat.postMessage").get(0).param("blocks");
    assertThat(blocks)
        .contains("\"action_id\":\"pair_met\"")
        .contains("\"action_id\":\"pair_not_yet\"")
        .contains("\"action_id\":\"pair_couldnt\"")
        .contains("\"value\":\"6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11\"");
  }

  private static SlackChatGateway gateway(String url) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(url);
    config.setStatsEnabled(false);
    return new SlackChatGateway(
        Slack.getInstance(config), BotTokens.single(FakeSlackApi.BOT_TOKEN), new MessageRenderer());
  }
}
