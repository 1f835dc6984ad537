package dev.rituals.teams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rituals.core.port.ChatGateway;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.jooq.DSLContext;

/**
 * The Teams adapter, wired: the app builds one with its settings, core's use cases, the database
 * and the clock, mounts {@link #handler()} on its Jetty server and gives {@link #chatGateway()} to
 * the outbox.
 *
 * <pre>{@code
 * TeamsModule teams = new TeamsModule(settings, new TeamsUseCases(...), dsl, clock);
 * server.setHandler(new Handler.Sequence(slackHandler, teams.handler(), ...));
 * gateways.add(teams.chatGateway());
 * }</pre>
 */
public final class TeamsModule {
  private final MessagesEndpoint endpoint;
  private final TeamsChatGateway gateway;

  public TeamsModule(TeamsSettings settings, TeamsUseCases useCases, DSLContext dsl, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(useCases, "useCases");
    Objects.requireNonNull(clock, "clock");
    ObjectMapper json = json();
    ConversationReferenceStore store = new ConversationReferenceStore(dsl, json, clock);
    TeamsAdapter adapter = new TeamsAdapter(settings);
    TeamsAdmins admins = new TeamsAdmins(new TenantAdminStore(dsl, clock), settings.admins());
    RitualsBot bot =
        new RitualsBot(
            settings,
            new InstallationHandler(store, useCases.membership(), admins, clock),
            new CommandHandler(
                useCases.commands(),
                new MyStats(useCases.home(), useCases.commands()),
                useCases.profiles(),
                admins,
                clock),
            new CardActions(
                new SubmissionHandler(
                    useCases.answers(),
                    useCases.scheduleForm(),
                    useCases.profiles(),
                    useCases.pairing(),
                    admins,
                    clock),
                json),
            new AnswerHandler(useCases.answers(), clock),
            useCases.eventLog(),
            clock);
    this.endpoint = new MessagesEndpoint(adapter, bot, json);
    this.gateway = new TeamsChatGateway(adapter, store, settings, new DeliveryErrors(clock));
  }

  /** Handles {@code POST /api/messages}; returns false for every other path. */
  public Handler handler() {
    return endpoint;
  }

  public ChatGateway chatGateway() {
    return gateway;
  }

  /** Configured like the SDK's own mapper: unknown fields ignored, java.time supported. */
  static ObjectMapper json() {
    return JsonMapper.builder()
        .findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .build();
  }
}
