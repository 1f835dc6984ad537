package dev.rituals.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Installation;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.MembershipUseCase;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot added to or removed from a team, group chat or personal chat, and people joining and
 * leaving: stores the ConversationReferences proactive messages need and tells core.
 */
final class InstallationHandler {
  private static final Logger LOG = LoggerFactory.getLogger(InstallationHandler.class);
  private static final long NAME_LOOKUP_SECONDS = 5;

  private final ConversationReferenceStore store;
  private final MembershipUseCase membership;
  private final TeamsAdmins admins;
  private final Clock clock;

  InstallationHandler(
      ConversationReferenceStore store,
      MembershipUseCase membership,
      TeamsAdmins admins,
      Clock clock) {
    this.store = store;
    this.membership = membership;
    this.admins = admins;
    this.clock = clock;
  }

  /** Installed (conversationUpdate with the bot among membersAdded, or installationUpdate add). */
  CompletableFuture<Void> botAdded(TurnContext turn, TeamsConversation where) {
    Activity activity = turn.getActivity();
    remember(activity, where);
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    membership.installed(
        new Installation(where.tenant(), teamName(activity), botId, clock.instant(), true));
    admins.installed(where);
    LOG.info("Teams app installed in a {} of tenant {}", where.type(), where.tenant().tenantId());
    // Teams sends both conversationUpdate and installationUpdate for one install: greet once.
    if (!store.markGreeted(where.tenant().tenantId(), where.conversationId())) {
      return CompletableFuture.completedFuture(null);
    }
    return turn.sendActivity(TeamsText.message(greeting(where))).thenApply(sent -> null);
  }

  /** Uninstalled from a team or chat; the tenant goes quiet once nothing is left. */
  CompletableFuture<Void> botRemoved(TeamsConversation where) {
    String tenantId = where.tenant().tenantId();
    store.forget(tenantId, where.conversationId(), where.teamId());
    if (!store.anyInTenant(tenantId)) {
      membership.uninstalled(where.tenant());
    }
    return CompletableFuture.completedFuture(null);
  }

  /**
   * Keeps the reference of every conversation the bot hears from, so channels other than a team's
   * General channel become reachable too.
   */
  void remember(Activity activity, TeamsConversation where) {
    String tenantId = where.tenant().tenantId();
    store.saveConversation(
        tenantId,
        where.type(),
        where.teamId().orElse(null),
        References.of(activity, where.conversationId()));
    if (where.personal() && where.user().isPresent()) {
      store.savePersonal(
          tenantId, where.user().get().userId(), References.of(activity, where.conversationId()));
    }
  }

  void rememberIfNew(Activity activity, TeamsConversation where) {
    if (store.findConversation(where.tenant().tenantId(), where.conversationId()).isEmpty()
        || (where.personal()
            && where.user().isPresent()
            && store
                .findPersonal(where.tenant().tenantId(), where.user().get().userId())
                .isEmpty())) {
      remember(activity, where);
    }
  }

  /** Team members added: they joined every channel of the team the bot knows. */
  CompletableFuture<Void> membersAdded(
      TurnContext turn, TeamsConversation where, List<ChannelAccount> members) {
    for (ChannelRef channel : channelsOf(where)) {
      for (ChannelAccount member : members) {
        UserRef user = new UserRef(where.tenant(), member.getId());
        membership.joinedChannel(channel, user, displayName(turn, where, member));
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  CompletableFuture<Void> membersRemoved(TeamsConversation where, List<ChannelAccount> members) {
    for (ChannelRef channel : channelsOf(where)) {
      for (ChannelAccount member : members) {
        membership.leftChannel(channel, new UserRef(where.tenant(), member.getId()));
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  private Set<ChannelRef> channelsOf(TeamsConversation where) {
    Set<ChannelRef> channels = new LinkedHashSet<>();
    where.channel().ifPresent(channels::add);
    where
        .teamId()
        .ifPresent(
            team ->
                store.channelsOfTeam(where.tenant().tenantId(), team).stream()
                    .map(id -> new ChannelRef(where.tenant(), id))
                    .forEach(channels::add));
    return channels;
  }

  /** Teams sends only ids in membersAdded; the roster wants names, which cost one lookup. */
  private static String displayName(
      TurnContext turn, TeamsConversation where, ChannelAccount member) {
    if (!TeamsConversation.isBlank(member.getName()) || where.teamId().isEmpty()) {
      return member.getName();
    }
    try {
      TeamsChannelAccount found =
          TeamsInfo.getMember(turn, member.getId()).get(NAME_LOOKUP_SECONDS, TimeUnit.SECONDS);
      return found == null ? null : found.getName();
    } catch (Exception lookupFailed) {
      if (lookupFailed instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.debug("member name lookup failed: {}", lookupFailed.getClass().getSimpleName());
      return null;
    }
  }

  private static String teamName(Activity activity) {
    TeamsChannelData data = TeamsConversation.channelData(activity);
    return data == null || data.getTeam() == null ? null : data.getTeam().getName();
  }

  private static String greeting(TeamsConversation where) {
    if (where.personal()) {
      return "Hi, I'm *Rituals*. I keep your communities' rituals going: prompts, live chats,"
          + " pairing and a record of your participation.\n"
          + "Type `help` to see what I can do, `my stats` for your participation.";
    }
    return "Hi, I'm *Rituals*: I post this community's prompts, run live and slow chats and keep"
        + " track of everyone's contributions.\n"
        + "A moderator can start with `@Rituals help` or `@Rituals schedule add`.";
  }
}
