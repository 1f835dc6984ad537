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
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.SQLDataType;

/**
 * Bot Framework ConversationReferences kept in the database (tables from V30__teams.sql), so the
 * bot can post proactively into a channel or a personal chat after a restart. Plain jOOQ DSL on the
 * app's DSLContext: the adapter has no generated code of its own.
 */
final class ConversationReferenceStore {
  private static final Table<Record> CONVERSATIONS = table(name("teams_conversation_ref"));
  private static final Table<Record> PERSONAL = table(name("teams_personal_ref"));
  // Column names qualified by table: H2's emulation of ON CONFLICT (MERGE ... USING) would find
  // unqualified names ambiguous. One set of fields per table.
  private static final Field<String> TENANT = column(CONVERSATIONS, "tenant_id");
  private static final Field<String> CONVERSATION = column(CONVERSATIONS, "conversation_id");
  private static final Field<String> TYPE = column(CONVERSATIONS, "conversation_type");
  private static final Field<String> TEAM = column(CONVERSATIONS, "team_id");
  private static final Field<String> SERVICE_URL = column(CONVERSATIONS, "service_url");
  private static final Field<String> JSON = column(CONVERSATIONS, "reference_json");
  private static final Field<OffsetDateTime> GREETED = timestamp(CONVERSATIONS, "greeted_at");
  private static final Field<OffsetDateTime> UPDATED = timestamp(CONVERSATIONS, "updated_at");
  private static final Field<String> P_TENANT = column(PERSONAL, "tenant_id");
  private static final Field<String> P_USER = column(PERSONAL, "user_id");
  private static final Field<String> P_CONVERSATION = column(PERSONAL, "conversation_id");
  private static final Field<String> P_SERVICE_URL = column(PERSONAL, "service_url");
  private static final Field<String> P_JSON = column(PERSONAL, "reference_json");
  private static final Field<OffsetDateTime> P_UPDATED = timestamp(PERSONAL, "updated_at");

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
    upsert(
        () ->
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
                .execute());
  }

  /**
   * Teams sends installationUpdate and conversationUpdate for one install at the same moment. jOOQ
   * emulates ON CONFLICT on H2 with MERGE, which fails with a key violation when the other request
   * inserted the row first; run once more, now as an update. (PostgreSQL's ON CONFLICT waits
   * instead, and never gets here.)
   */
  private static void upsert(Runnable statement) {
    try {
      statement.run();
    } catch (IntegrityConstraintViolationException e) {
      statement.run();
    }
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
        .where(P_TENANT.eq(tenantId).and(P_CONVERSATION.eq(conversationId)))
        .execute();
  }

  boolean anyInTenant(String tenantId) {
    return dsl.fetchExists(CONVERSATIONS, TENANT.eq(tenantId))
        || dsl.fetchExists(PERSONAL, P_TENANT.eq(tenantId));
  }

  void savePersonal(String tenantId, String userId, ConversationReference reference) {
    String text = write(reference);
    OffsetDateTime now = now();
    upsert(
        () ->
            dsl.insertInto(PERSONAL)
                .set(P_TENANT, tenantId)
                .set(P_USER, userId)
                .set(P_CONVERSATION, reference.getConversation().getId())
                .set(P_SERVICE_URL, reference.getServiceUrl())
                .set(P_JSON, text)
                .set(P_UPDATED, now)
                .onConflict(P_TENANT, P_USER)
                .doUpdate()
                .set(P_CONVERSATION, reference.getConversation().getId())
                .set(P_SERVICE_URL, reference.getServiceUrl())
                .set(P_JSON, text)
                .set(P_UPDATED, now)
                .execute());
  }

  Optional<ConversationReference> findPersonal(String tenantId, String userId) {
    return dsl.select(P_JSON)
        .from(PERSONAL)
        .where(P_TENANT.eq(tenantId).and(P_USER.eq(userId)))
        .fetchOptional(P_JSON)
        .map(this::read);
  }

  private static Field<String> column(Table<?> table, String column) {
    return field(name(table.getName(), column), String.class);
  }

  private static Field<OffsetDateTime> timestamp(Table<?> table, String column) {
    return field(name(table.getName(), column), SQLDataType.TIMESTAMPWITHTIMEZONE);
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
