package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import dev.rituals.db.Database;
import dev.rituals.db.Vendor;
import dev.rituals.db.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The V30 tables and the store's SQL, on both databases the app runs on. */
class ConversationReferenceStoreTest {
  private static final String TENANT = "tenant-1";
  private static final String GENERAL = "19:general@thread.tacv2";
  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private ConversationReferenceStore store(Vendor vendor) {
    database = TestDatabases.of(vendor);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    return new ConversationReferenceStore(database.dsl(), TeamsModule.json(), clock);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void savedReferenceReadsBackAndIsReplacedNotDuplicated(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);

    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://b.example/"));

    Optional<ConversationReference> found = store.findConversation(TENANT, GENERAL);
    assertThat(found).isPresent();
    assertThat(found.get().getServiceUrl()).isEqualTo("https://b.example/");
    assertThat(found.get().getBot().getId()).isEqualTo("28:bot");
    assertThat(found.get().getConversation().getTenantId()).isEqualTo(TENANT);
    assertThat(store.channelsOfTeam(TENANT, GENERAL)).containsExactly(GENERAL);
    assertThat(store.findConversation("other-tenant", GENERAL)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void greetingIsClaimedOnlyOncePerConversation(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));

    assertThat(store.markGreeted(TENANT, GENERAL)).isTrue();
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));
    assertThat(store.markGreeted(TENANT, GENERAL)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void personalChatsAreKeptPerPerson(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);

    store.savePersonal(TENANT, "29:alice", reference("a:one", "https://a.example/"));
    store.savePersonal(TENANT, "29:alice", reference("a:two", "https://a.example/"));

    assertThat(store.findPersonal(TENANT, "29:alice").map(r -> r.getConversation().getId()))
        .contains("a:two");
    assertThat(store.findPersonal(TENANT, "29:bob")).isEmpty();
    assertThat(store.anyInTenant(TENANT)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void forgettingATeamForgetsAllItsChannels(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));
    store.saveConversation(
        TENANT, "channel", GENERAL, reference("19:other@thread.tacv2", "https://a.example/"));

    store.forget(TENANT, GENERAL, Optional.of(GENERAL));

    assertThat(store.findAnyInTenant(TENANT)).isEmpty();
    assertThat(store.anyInTenant(TENANT)).isFalse();
  }

  private static ConversationReference reference(String conversationId, String serviceUrl) {
    ConversationReference reference = new ConversationReference();
    ConversationAccount conversation = new ConversationAccount(conversationId);
    conversation.setTenantId(TENANT);
    conversation.setConversationType("channel");
    reference.setConversation(conversation);
    reference.setBot(new ChannelAccount("28:bot", "Rituals"));
    reference.setChannelId("msteams");
    reference.setServiceUrl(serviceUrl);
    return reference;
  }
}
