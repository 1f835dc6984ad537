package dev.rituals.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import java.util.concurrent.atomic.AtomicLong;

/** Activities shaped like the ones Teams sends (ids, channelData, mentions), as JSON. */
final class Activities {
  static final String TENANT = "tenant-1";
  static final String GENERAL = "19:general@thread.tacv2";
  static final String TEAM_NAME = "Science Department";
  static final String BOT = "28:rituals-bot";
  static final String ALICE = "29:alice";
  static final String ALICE_NAME = "Alice Adams";
  static final String ALICE_CHAT = "a:alice-personal";

  static final ChannelRef GENERAL_CHANNEL = ChannelRef.of(Platform.TEAMS, TENANT, GENERAL);
  static final UserRef ALICE_USER = UserRef.of(Platform.TEAMS, TENANT, ALICE);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong(1_600_000_000_000L);

  private final String serviceUrl;

  Activities(String serviceUrl) {
    this.serviceUrl = serviceUrl;
  }

  static String nextId() {
    return String.valueOf(IDS.incrementAndGet());
  }

  ObjectNode base(String type) {
    ObjectNode activity = JSON.createObjectNode();
    activity.put("type", type);
    activity.put("id", nextId());
    activity.put("timestamp", "2026-03-02T08:00:00.000Z");
    activity.put("channelId", "msteams");
    activity.put("serviceUrl", serviceUrl);
    activity
        .putObject("from")
        .put("id", ALICE)
        .put("name", ALICE_NAME)
        .put("aadObjectId", "aad-alice");
    activity.putObject("recipient").put("id", BOT).put("name", "Rituals");
    return activity;
  }

  /** The same activity sent by someone else. */
  static ObjectNode from(ObjectNode activity, String userId, String name) {
    activity.putObject("from").put("id", userId).put("name", name);
    return activity;
  }

  /** The same activity sent by someone else, with their Entra object id. */
  static ObjectNode from(ObjectNode activity, String userId, String name, String aadObjectId) {
    activity.putObject("from").put("id", userId).put("name", name).put("aadObjectId", aadObjectId);
    return activity;
  }

  /** Where team activities happen: the General channel, optionally inside a reply chain. */
  ObjectNode inChannel(ObjectNode activity, String replyChainRoot) {
    String id = replyChainRoot == null ? GENERAL : GENERAL + ";messageid=" + replyChainRoot;
    activity
        .putObject("conversation")
        .put("isGroup", true)
        .put("conversationType", "channel")
        .put("tenantId", TENANT)
        .put("id", id);
    ObjectNode data = activity.putObject("channelData");
    data.put("teamsChannelId", GENERAL);
    data.put("teamsTeamId", GENERAL);
    data.putObject("channel").put("id", GENERAL);
    data.putObject("team").put("id", GENERAL).put("name", TEAM_NAME);
    data.putObject("tenant").put("id", TENANT);
    return activity;
  }

  ObjectNode inPersonalChat(ObjectNode activity) {
    activity
        .putObject("conversation")
        .put("conversationType", "personal")
        .put("tenantId", TENANT)
        .put("id", ALICE_CHAT);
    activity.putObject("channelData").putObject("tenant").put("id", TENANT);
    return activity;
  }

  /** The bot added to a team: Teams' conversationUpdate with the bot in membersAdded. */
  ObjectNode teamInstall() {
    ObjectNode activity = inChannel(base("conversationUpdate"), null);
    activity.putArray("membersAdded").addObject().put("id", BOT);
    ((ObjectNode) activity.get("channelData")).put("eventType", "teamMemberAdded");
    return activity;
  }

  ObjectNode teamInstallationUpdate(String action) {
    ObjectNode activity = inChannel(base("installationUpdate"), null);
    activity.put("action", action);
    return activity;
  }

  ObjectNode personalInstall() {
    ObjectNode activity = inPersonalChat(base("conversationUpdate"));
    ArrayNode added = activity.putArray("membersAdded");
    added.addObject().put("id", ALICE);
    added.addObject().put("id", BOT);
    return activity;
  }

  ObjectNode membersAdded(String... userIds) {
    ObjectNode activity = inChannel(base("conversationUpdate"), null);
    ArrayNode added = activity.putArray("membersAdded");
    for (String id : userIds) {
      added.addObject().put("id", id);
    }
    ((ObjectNode) activity.get("channelData")).put("eventType", "teamMemberAdded");
    return activity;
  }

  ObjectNode membersRemoved(String... userIds) {
    ObjectNode activity = inChannel(base("conversationUpdate"), null);
    ArrayNode removed = activity.putArray("membersRemoved");
    for (String id : userIds) {
      removed.addObject().put("id", id);
    }
    ((ObjectNode) activity.get("channelData")).put("eventType", "teamMemberRemoved");
    return activity;
  }

  /** {@code @Rituals <command>} as a new post in the General channel. */
  ObjectNode mention(String command) {
    ObjectNode activity = base("message");
    inChannel(activity, activity.get("id").asText());
    activity.put("text", "<at>Rituals</at> " + command);
    activity.put("textFormat", "plain");
    ObjectNode mention = activity.putArray("entities").addObject();
    mention.put("type", "mention");
    mention.put("text", "<at>Rituals</at>");
    mention.putObject("mentioned").put("id", BOT).put("name", "Rituals");
    return activity;
  }

  /** A plain message in the channel: a reply in the chain under {@code root}, or a new post. */
  ObjectNode channelMessage(String text, String root) {
    ObjectNode activity = base("message");
    inChannel(activity, root == null ? activity.get("id").asText() : root);
    if (root != null) {
      activity.put("replyToId", root);
    }
    activity.put("text", text);
    return activity;
  }

  ObjectNode personalMessage(String text) {
    ObjectNode activity = inPersonalChat(base("message"));
    activity.put("text", text);
    return activity;
  }

  /** An Action.Submit from a card posted as {@code cardId} in the chain under {@code root}. */
  ObjectNode submit(ObjectNode value, String cardId, String root) {
    ObjectNode activity = base("message");
    inChannel(activity, root);
    activity.put("replyToId", cardId);
    activity.set("value", value);
    return activity;
  }

  /** Teams' messageUpdate / messageDelete for message {@code id} in the chain under root. */
  ObjectNode changed(String type, String eventType, String id, String root, String text) {
    ObjectNode activity = inChannel(base(type), root);
    activity.put("id", id);
    ((ObjectNode) activity.get("channelData")).put("eventType", eventType);
    if (text != null) {
      activity.put("text", text);
    }
    return activity;
  }

  ObjectNode invoke(String name, ObjectNode value, String root) {
    ObjectNode activity = inChannel(base("invoke"), root);
    activity.put("name", name);
    activity.set("value", value);
    return activity;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
