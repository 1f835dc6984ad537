package dev.rituals.teams;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Bot Framework ConversationReferences kept in the database (tables from V30__teams.sql), so the
 * bot can post proactively into a channel or a personal chat after a restart. Plain jOOQ DSL on the
 * app's DSLContext: the adapter has no generated code of its own.
 */
final class ConversationReferenceStore {
  private static final Table<Record> CONVERSATIONS = table(name("teams_conversation_ref"));
  private static final Table<Record> PERSONAL = table(name("teams_personal_ref"));
  private static final Field<String> TENANT = field(name("tenant_id"), String.class);
  private static final Field<String> CONVERSATION = field(name("conversation_id"), String.class);
  private static final Field<String> TYPE = field(name("conversation_type"), String.class);
  private static final Field<String> TEAM = field(name("team_id"), String.class);
  private static final Field<String> USER = field(name("user_id"), String.class);
  private static final Field<String> SERVICE_URL = field(name("service_url"), String.class);
  private static final Field<String> JSON = field(name("reference_json"), String.class);
  private static final Field<OffsetDateTime> GREETED =
      field(name("greeted_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
  private static final Field<OffsetDateTime> UPDATED =
      field(name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

  private final DSLContext dsl;
  private final ObjectMapper json;
  private final Clock clock;

  ConversationReferenceStore(DSLContext dsl, ObjectMapper json, Clock clock) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
    this.json = Objects.requireNonNull(json, "json");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Inserts or refreshes the reference of a channel, group chat or personal chat. */
  void saveConversation(
      String tenantId, String conversationType, String teamId, ConversationReference reference) {
    String conversationId = reference.getConversation().getId();
    String text = write(reference);
    OffsetDateTime now = now();
    dsl.insertInto(CONVERSATIONS)
        .set(TENANT, tenantId)
        .set(CONVERSATION, conversationId)
        .set(TYPE, conversationType)
        .set(TEAM, teamId)
        .set(SERVICE_URL, reference.getServiceUrl())
        .set(JSON, text)
        .set(UPDATED, now)
        .onConflict(TENANT, CONVERSATION)
        .doUpdate()
        .set(TYPE, conversationType)
        .set(TEAM, teamId)
        .set(SERVICE_URL, reference.getServiceUrl())
        .set(JSON, text)
        .set(UPDATED, now)
        .execute();
  }

  Optional<ConversationReference> findConversation(String tenantId, String conversationId) {
    return dsl.select(JSON)
        .from(CONVERSATIONS)
        .where(TENANT.eq(tenantId).and(CONVERSATION.eq(conversationId)))
        .fetchOptional(JSON)
        .map(this::read);
  }

  /**
   * Any reference in the tenant, newest first: its service URL and bot account reach every
   * conversation of the tenant, e.g. a channel nobody has spoken in yet.
   */
  Optional<ConversationReference> findAnyInTenant(String tenantId) {
    return dsl.select(JSON)
        .from(CONVERSATIONS)
        .where(TENANT.eq(tenantId))
        .orderBy(UPDATED.desc())
        .limit(1)
        .fetchOptional(JSON)
        .map(this::read);
  }

  /** The channels of a team the bot has seen (the team's General channel included). */
  List<String> channelsOfTeam(String tenantId, String teamId) {
    return dsl.select(CONVERSATION)
        .from(CONVERSATIONS)
        .where(TENANT.eq(tenantId).and(TEAM.eq(teamId)))
        .orderBy(CONVERSATION)
        .fetch(CONVERSATION);
  }

  /** True exactly once per conversation: whoever marks it first sends the greeting. */
  boolean markGreeted(String tenantId, String conversationId) {
    return dsl.update(CONVERSATIONS)
            .set(GREETED, now())
            .where(TENANT.eq(tenantId))
            .and(CONVERSATION.eq(conversationId))
            .and(GREETED.isNull())
            .execute()
        == 1;
  }

  /** Forgets a team (all its channels) or a single conversation when the bot is removed. */
  void forget(String tenantId, String conversationId, Optional<String> teamId) {
    var where = TENANT.eq(tenantId).and(CONVERSATION.eq(conversationId));
    if (teamId.isPresent()) {
      where = where.or(TENANT.eq(tenantId).and(TEAM.eq(teamId.get())));
    }
    dsl.deleteFrom(CONVERSATIONS).where(where).execute();
    dsl.deleteFrom(PERSONAL)
        .where(TENANT.eq(tenantId).and(CONVERSATION.eq(conversationId)))
        .execute();
  }

  boolean anyInTenant(String tenantId) {
    return dsl.fetchExists(CONVERSATIONS, TENANT.eq(tenantId))
        || dsl.fetchExists(PERSONAL, TENANT.eq(tenantId));
  }

  void savePersonal(String tenantId, String userId, ConversationReference reference) {
    String text = write(reference);
    OffsetDateTime now = now();
    dsl.insertInto(PERSONAL)
        .set(TENANT, tenantId)
        .set(USER, userId)
        .set(CONVERSATION, reference.getConversation().getId())
        .set(SERVICE_URL, reference.getServiceUrl())
        .set(JSON, text)
        .set(UPDATED, now)
        .onConflict(TENANT, USER)
        .doUpdate()
        .set(CONVERSATION, reference.getConversation().getId())
        .set(SERVICE_URL, reference.getServiceUrl())
        .set(JSON, text)
        .set(UPDATED, now)
        .execute();
  }

  Optional<ConversationReference> findPersonal(String tenantId, String userId) {
    return dsl.select(JSON)
        .from(PERSONAL)
        .where(TENANT.eq(tenantId).and(USER.eq(userId)))
        .fetchOptional(JSON)
        .map(this::read);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private String write(ConversationReference reference) {
    try {
      return json.writeValueAsString(reference);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a ConversationReference", e);
    }
  }

  private ConversationReference read(String text) {
    try {
      return json.readValue(text, ConversationReference.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored ConversationReference is not readable", e);
    }
  }
}
