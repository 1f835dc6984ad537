package dev.rituals.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Turns a request body into an Activity the SDK can process without tripping over it, or says in a
 * few words why it cannot (the caller answers 400 with that).
 */
final class ActivityReader {
  private final ObjectMapper json;

  ActivityReader(ObjectMapper json) {
    this.json = json;
  }

  /** Either an activity or the reason it is not one. */
  record Read(Activity activity, String problem) {
    boolean ok() {
      return activity != null;
    }
  }

  Read read(byte[] body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException notJson) {
      return problem("body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      return problem("body is not a JSON activity object");
    }
    if (!node.path("type").isTextual() || node.path("type").asText().isBlank()) {
      return problem("activity has no type");
    }
    if (!validServiceUrl(node.path("serviceUrl").asText(""))) {
      return problem("activity has no valid serviceUrl");
    }
    Activity activity;
    try {
      activity = json.treeToValue(node, Activity.class);
    } catch (JsonProcessingException | IllegalArgumentException wrongShape) {
      return problem("activity fields have the wrong shape");
    }
    return new Read(sanitise(activity), null);
  }

  private static Read problem(String text) {
    return new Read(null, text);
  }

  /** Works around two SDK traps before the activity reaches it. */
  private static Activity sanitise(Activity activity) {
    // JwtTokenValidation calls recipient.getRole().equals(...) for the emulator channel: a
    // missing role would be a NullPointerException inside the SDK.
    if (Channels.EMULATOR.equals(activity.getChannelId())
        && activity.getRecipient() != null
        && activity.getRecipient().getRole() == null) {
      activity.getRecipient().setRole(RoleTypes.BOT);
    }
    // BotAdapter.runPipeline calls Locale.setDefault(activity locale) on every turn, changing
    // the whole JVM's formatting for everyone; replies do not need the locale.
    activity.setLocale(null);
    return activity;
  }

  private static boolean validServiceUrl(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
