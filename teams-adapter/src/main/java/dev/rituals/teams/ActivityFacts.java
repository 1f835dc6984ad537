package dev.rituals.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.List;
import java.util.Objects;

/** Small questions about an activity that the SDK does not answer directly. */
final class ActivityFacts {
  private ActivityFacts() {}

  /** Whether the bot itself is @mentioned (a command), not just someone else. */
  static boolean mentionsBot(Activity activity) {
    if (activity.getRecipient() == null || activity.getEntities() == null) {
      return false;
    }
    String botId = activity.getRecipient().getId();
    for (Mention mention : activity.getMentions()) {
      if (mention.getMentioned() != null && Objects.equals(mention.getMentioned().getId(), botId)) {
        return true;
      }
    }
    return false;
  }

  static String eventType(Activity activity) {
    TeamsChannelData data = TeamsConversation.channelData(activity);
    return data == null ? "" : Objects.toString(data.getEventType(), "");
  }

  static boolean contains(List<ChannelAccount> members, String botId) {
    return members != null
        && botId != null
        && members.stream().anyMatch(m -> botId.equals(m.getId()));
  }

  static List<ChannelAccount> others(List<ChannelAccount> members, String botId) {
    return members == null
        ? List.of()
        : members.stream().filter(m -> m.getId() != null && !m.getId().equals(botId)).toList();
  }
}
