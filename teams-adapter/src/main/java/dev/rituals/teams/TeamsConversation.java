package dev.rituals.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.util.Optional;

/**
 * Where an activity happened and who sent it, in core's terms.
 *
 * <p>Teams channel conversations carry the reply chain in their id: {@code
 * 19:abc@thread.tacv2;messageid=1712345678901}. {@link #conversationId} is the part before {@code
 * ;messageid=} (the channel itself), {@link #replyChainRoot} the root message id after it.
 *
 * @param aadObjectId the sender's Microsoft Entra object id, the same in every team and chat of the
 *     tenant (the {@code 29:} user id is not); empty when Teams did not send it
 */
record TeamsConversation(
    TenantRef tenant,
    String type,
    String conversationId,
    Optional<String> replyChainRoot,
    Optional<String> teamId,
    Optional<UserRef> user,
    String displayName,
    Optional<String> aadObjectId) {
  static final String PERSONAL = "personal";
  static final String CHANNEL = "channel";

  /** Used when the local Agents Playground sends no tenant at all (anonymous mode only). */
  static final String LOCAL_TENANT = "local";

  private static final String MESSAGE_ID_MARK = ";messageid=";

  /** Reads an activity; empty when it has no usable tenant or conversation. */
  static Optional<TeamsConversation> of(Activity activity, boolean anonymous) {
    ConversationAccount conversation = activity.getConversation();
    if (conversation == null || isBlank(conversation.getId())) {
      return Optional.empty();
    }
    TeamsChannelData data = channelData(activity);
    String tenantId = tenantId(conversation, data, anonymous);
    if (tenantId == null) {
      return Optional.empty();
    }
    try {
      TenantRef tenant = new TenantRef(Platform.TEAMS, tenantId);
      String type =
          isBlank(conversation.getConversationType())
              ? (conversation.isGroup() ? "groupChat" : PERSONAL)
              : conversation.getConversationType();
      String channelId =
          data != null && data.getChannel() != null && !isBlank(data.getChannel().getId())
              ? data.getChannel().getId()
              : baseId(conversation.getId());
      Optional<String> team =
          Optional.ofNullable(
                  data == null || data.getTeam() == null ? null : data.getTeam().getId())
              .filter(id -> !id.isBlank());
      ChannelAccount from = activity.getFrom();
      Optional<UserRef> user =
          from == null || isBlank(from.getId())
              ? Optional.empty()
              : Optional.of(new UserRef(tenant, from.getId()));
      String name = from == null || isBlank(from.getName()) ? "" : from.getName();
      Optional<String> aad =
          Optional.ofNullable(from == null ? null : from.getAadObjectId())
              .map(String::strip)
              .filter(id -> !id.isEmpty());
      String conversationId = PERSONAL.equals(type) ? baseId(conversation.getId()) : channelId;
      // Validated here, with the other ids, so a malformed one ignores the activity instead of
      // failing the turn later when the channel is looked up.
      new ChannelRef(tenant, conversationId);
      return Optional.of(
          new TeamsConversation(
              tenant, type, conversationId, rootOf(conversation.getId()), team, user, name, aad));
    } catch (IllegalArgumentException malformedId) {
      return Optional.empty();
    }
  }

  boolean personal() {
    return PERSONAL.equals(type);
  }

  /** The channel (or group chat) as core knows it; empty in a personal chat. */
  Optional<ChannelRef> channel() {
    return personal() ? Optional.empty() : Optional.of(new ChannelRef(tenant, conversationId));
  }

  /** Where a message with this activity id lives. */
  MessageRef message(String activityId) {
    return new MessageRef(new ChannelRef(tenant, conversationId), activityId);
  }

  /** The same identity for a message across redeliveries, edits and deletes. */
  String sourceKey(String activityId) {
    return conversationId + ":" + activityId;
  }

  static String baseId(String conversationId) {
    int mark = conversationId.indexOf(MESSAGE_ID_MARK);
    return mark < 0 ? conversationId : conversationId.substring(0, mark);
  }

  static Optional<String> rootOf(String conversationId) {
    int mark = conversationId.indexOf(MESSAGE_ID_MARK);
    if (mark < 0) {
      return Optional.empty();
    }
    String root = conversationId.substring(mark + MESSAGE_ID_MARK.length());
    return root.isBlank() ? Optional.empty() : Optional.of(root);
  }

  /** The conversation id that posts into the reply chain under {@code rootMessageId}. */
  static String replyChainId(String channelConversationId, String rootMessageId) {
    return baseId(channelConversationId) + MESSAGE_ID_MARK + rootMessageId;
  }

  static TeamsChannelData channelData(Activity activity) {
    if (activity.getChannelData() == null) {
      return null;
    }
    var result = activity.tryGetChannelData(TeamsChannelData.class);
    return result.result() ? result.value() : null;
  }

  private static String tenantId(
      ConversationAccount conversation, TeamsChannelData data, boolean anonymous) {
    if (!isBlank(conversation.getTenantId())) {
      return conversation.getTenantId();
    }
    if (data != null && data.getTenant() != null && !isBlank(data.getTenant().getId())) {
      return data.getTenant().getId();
    }
    return anonymous ? LOCAL_TENANT : null;
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
