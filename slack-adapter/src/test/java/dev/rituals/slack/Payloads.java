package dev.rituals.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Slack request bodies shaped like the shared fixtures (../shared/fixtures/slack), with the few
 * fields each test needs filled in.
 */
public final class Payloads {
  private Payloads() {}

  /** An Events API {@code event_callback} envelope around {@code event}. */
  public static String envelope(String eventId, JsonObject event) {
    JsonObject o = new JsonObject();
    o.addProperty("token", "legacy");
    o.addProperty("team_id", FakeSlackApi.TEAM);
    o.addProperty("api_app_id", "A0RITUALS");
    o.addProperty("type", "event_callback");
    o.addProperty("event_id", eventId);
    o.addProperty("event_time", 1_700_000_100);
    JsonObject authorization = new JsonObject();
    authorization.addProperty("team_id", FakeSlackApi.TEAM);
    authorization.addProperty("user_id", FakeSlackApi.BOT_USER);
    authorization.addProperty("is_bot", true);
    authorization.addProperty("is_enterprise_install", false);
    JsonArray authorizations = new JsonArray();
    authorizations.add(authorization);
    o.add("authorizations", authorizations);
    o.add("event", event);
    return o.toString();
  }

  public static JsonObject message(String channel, String user, String text, String ts) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("channel", channel);
    e.addProperty("user", user);
    e.addProperty("text", text);
    e.addProperty("ts", ts);
    e.addProperty("event_ts", ts);
    e.addProperty("channel_type", "channel");
    e.addProperty("team", FakeSlackApi.TEAM);
    return e;
  }

  public static JsonObject threadReply(
      String channel, String user, String text, String ts, String threadTs) {
    JsonObject e = message(channel, user, text, ts);
    e.addProperty("thread_ts", threadTs);
    e.addProperty("parent_user_id", FakeSlackApi.BOT_USER);
    return e;
  }

  public static JsonObject edited(
      String channel, String user, String ts, String before, String after) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("subtype", "message_changed");
    e.addProperty("channel", channel);
    e.addProperty("hidden", true);
    e.addProperty("ts", "1700000300.000100");
    e.addProperty("event_ts", "1700000300.000100");
    JsonObject message = message(channel, user, after, ts);
    JsonObject edit = new JsonObject();
    edit.addProperty("user", user);
    edit.addProperty("ts", "1700000300.000000");
    message.add("edited", edit);
    e.add("message", message);
    e.add("previous_message", message(channel, user, before, ts));
    return e;
  }

  public static JsonObject deleted(String channel, String ts) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("subtype", "message_deleted");
    e.addProperty("channel", channel);
    e.addProperty("hidden", true);
    e.addProperty("deleted_ts", ts);
    e.addProperty("ts", "1700000400.000100");
    e.addProperty("event_ts", "1700000400.000100");
    return e;
  }

  public static JsonObject event(String type, Map<String, String> fields) {
    JsonObject e = new JsonObject();
    e.addProperty("type", type);
    fields.forEach(e::addProperty);
    return e;
  }

  /** A view_submission of a modal with {@code values} as block_id = action_id = key. */
  public static String viewSubmission(
      String callbackId, String viewId, String privateMetadata, JsonObject values) {
    JsonObject view = new JsonObject();
    view.addProperty("id", viewId);
    view.addProperty("team_id", FakeSlackApi.TEAM);
    view.addProperty("type", "modal");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", privateMetadata);
    view.addProperty("hash", "1700000000.abc");
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    view.add("blocks", new JsonArray());
    JsonObject o = new JsonObject();
    o.addProperty("type", "view_submission");
    o.add("team", team());
    o.add("user", user());
    o.addProperty("api_app_id", "A0RITUALS");
    o.addProperty("token", "legacy");
    o.addProperty("trigger_id", "trigger-2");
    o.add("view", view);
    o.add("response_urls", new JsonArray());
    return o.toString();
  }

  /** {@code values} entry for a plain text input. */
  public static JsonObject text(String value) {
    JsonObject v = new JsonObject();
    v.addProperty("type", "plain_text_input");
    v.addProperty("value", value);
    return v;
  }

  public static JsonObject selected(String type, String value) {
    JsonObject option = new JsonObject();
    option.addProperty("value", value);
    JsonObject v = new JsonObject();
    v.addProperty("type", type);
    v.add("selected_option", option);
    return v;
  }

  public static JsonObject checked(String... values) {
    JsonArray options = new JsonArray();
    for (String value : values) {
      JsonObject option = new JsonObject();
      option.addProperty("value", value);
      options.add(option);
    }
    JsonObject v = new JsonObject();
    v.addProperty("type", "checkboxes");
    v.add("selected_options", options);
    return v;
  }

  public static JsonObject time(String hhmm) {
    JsonObject v = new JsonObject();
    v.addProperty("type", "timepicker");
    v.addProperty("selected_time", hhmm);
    return v;
  }

  /** Adds {@code value} to {@code values} under block_id = action_id = {@code id}. */
  public static JsonObject put(JsonObject values, String id, JsonObject value) {
    JsonObject block = new JsonObject();
    block.add(id, value);
    values.add(id, block);
    return values;
  }

  /** A click on a button in a message. */
  public static String blockAction(
      String actionId, String value, JsonObject message, String channel) {
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "prompt_actions");
    action.addProperty("value", value);
    action.addProperty("action_ts", "1700000500.000001");
    JsonArray actions = new JsonArray();
    actions.add(action);
    JsonObject channelObject = new JsonObject();
    channelObject.addProperty("id", channel);
    channelObject.addProperty("name", "maths-cop");
    JsonObject o = new JsonObject();
    o.addProperty("type", "block_actions");
    o.add("team", team());
    o.add("user", user());
    o.addProperty("api_app_id", "A0RITUALS");
    o.addProperty("token", "legacy");
    o.addProperty("trigger_id", "trigger-3");
    o.add("channel", channelObject);
    if (message != null) {
      o.add("message", message);
    }
    o.addProperty("response_url", "http://127.0.0.1:1/unused");
    o.add("actions", actions);
    return o.toString();
  }

  private static JsonObject team() {
    JsonObject team = new JsonObject();
    team.addProperty("id", FakeSlackApi.TEAM);
    team.addProperty("domain", "teachers");
    return team;
  }

  private static JsonObject user() {
    JsonObject user = new JsonObject();
    user.addProperty("id", "U1DANA");
    user.addProperty("username", "dana");
    user.addProperty("name", "dana");
    user.addProperty("team_id", FakeSlackApi.TEAM);
    return user;
  }
}
