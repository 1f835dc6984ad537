package dev.rituals.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import dev.rituals.core.command.AdminCommand;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code @Rituals admins}, {@code admin add @person}, {@code admin remove @person} in Teams. The
 * person is the mention beside the text; Teams' member lookup turns it into their Entra object id
 * and tells which organisation they belong to.
 */
final class AdminCommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AdminCommandHandler.class);
  private static final long LOOKUP_SECONDS = 5;

  private final TeamsAdmins admins;

  AdminCommandHandler(TeamsAdmins admins) {
    this.admins = Objects.requireNonNull(admins, "admins");
  }

  CompletableFuture<Void> handle(TurnContext turn, TeamsConversation where, AdminCommand command) {
    if (command instanceof AdminCommand.ListAdmins) {
      return reply(turn, AdminListText.of(admins, where.tenant().tenantId()));
    }
    if (!admins.recognises(where)) {
      return reply(
          turn,
          "Only Rituals admins of this organisation can add or remove admins."
              + " `@Rituals admins` shows who they are.");
    }
    List<ChannelAccount> mentioned = mentionedPeople(turn);
    String typed = typed(command);
    if (mentioned.isEmpty()) {
      return reply(
          turn,
          typed.isBlank()
              ? "Mention the person: `@Rituals " + verb(command) + " @Name`."
              : "I can't tell who \""
                  + (typed.length() <= 60 ? typed : typed.substring(0, 57) + "...")
                  + "\" is: @mention them (type @ and pick their name).");
    }
    if (mentioned.size() > 1) {
      return reply(turn, "Mention one person at a time.");
    }
    ChannelAccount person = mentioned.get(0);
    return TeamsInfo.getMember(turn, person.getId())
        .orTimeout(LOOKUP_SECONDS, TimeUnit.SECONDS)
        .handle(
            (found, failed) -> {
              if (failed != null) {
                LOG.debug("member lookup failed: {}", failed.getClass().getSimpleName());
              }
              return failed == null ? found : null;
            })
        .thenCompose(found -> reply(turn, change(where, command, person, found)));
  }

  private String change(
      TeamsConversation where, AdminCommand command, ChannelAccount person, TeamsChannelAccount m) {
    String plainName = firstNonBlank(m == null ? null : m.getName(), person.getName());
    String name = plainName == null ? "That person" : "*" + plainName + "*";
    String tenantId = where.tenant().tenantId();
    String aad = m == null ? null : firstNonBlank(m.getAadObjectId(), m.getObjectId());
    if (aad == null) {
      return "I couldn't find " + name + " in this team or chat: mention someone who is in it.";
    }
    if (!TeamsConversation.isBlank(m.getTenantId())
        && !TeamsAdmins.key(m.getTenantId()).equals(TeamsAdmins.key(tenantId))) {
      return name + " belongs to another organisation; only people of this one can be its admins.";
    }
    if ("guest".equalsIgnoreCase(m.getUserRole())) {
      return name + " is a guest here; only members of this organisation can be its admins.";
    }
    TenantAdminStore store = admins.store();
    String key = TeamsAdmins.key(aad);
    if (command instanceof AdminCommand.Add) {
      if (admins.configured(tenantId, key)) {
        return name + " is already a Rituals admin (named in the app's configuration).";
      }
      String by = TeamsAdmins.key(where.aadObjectId().orElseThrow());
      if (!store.add(TeamsAdmins.key(tenantId), key, plainName, by)) {
        return name + " is already a Rituals admin.";
      }
      LOG.info("Teams tenant {}: an admin added a Rituals admin", tenantId);
      return name
          + " is now a Rituals admin: they may change every community in this organisation.";
    }
    if (admins.configured(tenantId, key)) {
      return name
          + " is an admin through the app's configuration ("
          + TeamsAdminId.VARIABLE
          + "); remove them there.";
    }
    return switch (store.remove(
        TeamsAdmins.key(tenantId), key, admins.configuredIn(tenantId) > 0)) {
      case REMOVED -> {
        LOG.info("Teams tenant {}: an admin removed a Rituals admin", tenantId);
        yield name + " is no longer a Rituals admin.";
      }
      case NOT_AN_ADMIN -> name + " is not a Rituals admin.";
      case LAST_ADMIN ->
          name
              + " is this organisation's last Rituals admin: add another with `@Rituals admin add"
              + " @person` first.";
    };
  }

  /** People mentioned besides the bot itself. */
  private static List<ChannelAccount> mentionedPeople(TurnContext turn) {
    String botId =
        turn.getActivity().getRecipient() == null
            ? null
            : turn.getActivity().getRecipient().getId();
    List<Mention> mentions = turn.getActivity().getMentions();
    return mentions == null
        ? List.of()
        : mentions.stream()
            .map(Mention::getMentioned)
            .filter(m -> m != null && !TeamsConversation.isBlank(m.getId()))
            .filter(m -> !m.getId().equals(botId))
            .collect(
                java.util.stream.Collectors.toMap(
                    ChannelAccount::getId, m -> m, (a, b) -> a, java.util.LinkedHashMap::new))
            .values()
            .stream()
            .toList();
  }

  private static String typed(AdminCommand command) {
    if (command instanceof AdminCommand.Add add) {
      return add.person();
    }
    return command instanceof AdminCommand.Remove remove ? remove.person() : "";
  }

  private static String verb(AdminCommand command) {
    return command instanceof AdminCommand.Add ? "admin add" : "admin remove";
  }

  private static String firstNonBlank(String first, String second) {
    return !TeamsConversation.isBlank(first)
        ? first.strip()
        : TeamsConversation.isBlank(second) ? null : second.strip();
  }

  private static CompletableFuture<Void> reply(TurnContext turn, String text) {
    return turn.sendActivity(TeamsText.message(text)).thenApply(sent -> null);
  }
}
