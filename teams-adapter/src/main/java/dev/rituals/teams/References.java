package dev.rituals.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;

/** ConversationReferences as we store them. */
final class References {
  private References() {}

  /**
   * The reference of the conversation an activity came from, pointing at {@code conversationId}
   * (the channel itself, not one reply chain) and at no particular activity.
   */
  static ConversationReference of(Activity activity, String conversationId) {
    return retarget(activity.getConversationReference(), conversationId);
  }

  /** A copy aimed at another conversation of the same tenant and service URL. */
  static ConversationReference retarget(ConversationReference reference, String conversationId) {
    ConversationReference copy = ConversationReference.clone(reference);
    ConversationAccount conversation =
        reference.getConversation() == null
            ? new ConversationAccount()
            : ConversationAccount.clone(reference.getConversation());
    conversation.setId(conversationId);
    copy.setConversation(conversation);
    copy.setActivityId(null);
    // the SDK turns a reference's locale into the JVM default locale: keep none
    copy.setLocale(null);
    return copy;
  }
}
