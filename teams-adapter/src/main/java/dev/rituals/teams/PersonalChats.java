package dev.rituals.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import dev.rituals.core.model.UserRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Opens the bot's personal chat with someone who never wrote to it, and remembers it. */
final class PersonalChats {
  private final ConversationReferenceStore store;

  PersonalChats(ConversationReferenceStore store) {
    this.store = store;
  }

  /**
   * @param tenantReference any reference in the person's tenant: its service URL and bot account
   */
  CompletableFuture<ConversationReference> open(
      ConnectorClient connector, ConversationReference tenantReference, UserRef user) {
    String tenantId = user.tenant().tenantId();
    ConversationParameters parameters = new ConversationParameters();
    parameters.setIsGroup(false);
    parameters.setBot(tenantReference.getBot());
    parameters.setMembers(List.of(new ChannelAccount(user.userId())));
    parameters.setTenantId(tenantId);
    ObjectNode channelData = JsonNodeFactory.instance.objectNode();
    channelData.putObject("tenant").put("id", tenantId);
    parameters.setChannelData(channelData);
    return connector
        .getConversations()
        .createConversation(parameters)
        .thenApply(
            created -> {
              ConversationReference personal =
                  References.retarget(tenantReference, created.getId());
              ConversationAccount conversation = personal.getConversation();
              conversation.setConversationType(TeamsConversation.PERSONAL);
              conversation.setIsGroup(false);
              conversation.setTenantId(tenantId);
              conversation.setName(null);
              personal.setUser(new ChannelAccount(user.userId()));
              store.savePersonal(tenantId, user.userId(), personal);
              return personal;
            });
  }
}
