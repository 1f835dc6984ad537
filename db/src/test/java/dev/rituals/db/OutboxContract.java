package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.message;
import static dev.rituals.db.Fixtures.outbox;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The outbox: idempotent enqueue, per-channel order, leases and delivery states. */
abstract class OutboxContract extends DatabaseContract {

  private static final ChannelRef C1 = channel(SLACK_T1, "C1");
  private static final ChannelRef C2 = channel(SLACK_T1, "C2");
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Test
  void enqueuingTheSameKeyTwiceStoresItOnce() {
    assertThat(repositories.outbox().enqueue(List.of(outbox("k1", C1, T0)))).isEqualTo(1);
    assertThat(repositories.outbox().enqueue(List.of(outbox("k1", C1, T0), outbox("k2", C1, T0))))
        .isEqualTo(1);
    assertThat(repositories.outbox().enqueue(List.of(outbox("k3", C2, T0), outbox("k3", C2, T0))))
        .isEqualTo(1);

    assertThat(repositories.outbox().count(OutboxState.PENDING)).isEqualTo(3);
    assertThat(repositories.outbox().enqueue(List.of())).isZero();
  }

  @Test
  void everyKindOfDestinationAndTheBodyRoundTrip() {
    MessageRef parent = message(C1, "1741330800.000100");
    MessageBody body =
        new MessageBody(
            MessageKind.PROMPT,
            "Q1: What \"worked\" this week?\nReply in the thread.",
            Map.of("question", "What worked?", "number", "1", "promptId", "p-1"));
    List<Destination> destinations =
        List.of(
            new Destination.Channel(C1),
            new Destination.Thread(parent),
            new Destination.Direct(user(TEAMS_T1, "29:ada")),
            new Destination.Private(C1, user(SLACK_T2, "U9")),
            new Destination.Update(parent));
    CommunityId community = CommunityId.random();
    for (int i = 0; i < destinations.size(); i++) {
      OutboxMessage message =
          OutboxMessage.pending("k" + i, Optional.of(community), destinations.get(i), body, T0);
      repositories.outbox().enqueue(List.of(message));

      assertThat(repositories.outbox().find(message.id())).contains(message);
    }
  }

  @Test
  void claimHandsOutOnlyTheOldestPendingMessageOfEachChannel() {
    OutboxMessage c1First = outbox("c1-a", C1, T0);
    OutboxMessage c1Second = outbox("c1-b", C1, T0.plusSeconds(1));
    OutboxMessage c2Only = outbox("c2-a", C2, T0.plusSeconds(2));
    repositories.outbox().enqueue(List.of(c1Second, c2Only, c1First));

    List<OutboxMessage> claimed = claim(T0.plusSeconds(10), 10);

    assertThat(claimed).extracting(OutboxMessage::id).containsExactly(c1First.id(), c2Only.id());
  }

  @Test
  void messagesCreatedAtTheSameInstantGoInEnqueueOrder() {
    OutboxMessage welcome = outbox("welcome", C1, T0);
    OutboxMessage question = outbox("q1", C1, T0);
    OutboxMessage reminder = outbox("reminder", C1, T0);
    repositories.outbox().enqueue(List.of(welcome, question, reminder));

    List<String> order = new java.util.ArrayList<>();
    Instant now = T0;
    for (int i = 0; i < 3; i++) {
      OutboxMessage next = claim(now, 10).get(0);
      order.add(next.idempotencyKey());
      repositories.outbox().markSent(next.id(), message(C1, "m" + i), now);
    }

    assertThat(order).containsExactly("welcome", "q1", "reminder");
  }

  @Test
  void sentMessageLetsTheNextOneOfItsChannelGo() {
    OutboxMessage first = outbox("a", C1, T0);
    OutboxMessage second = outbox("b", C1, T0.plusSeconds(1));
    repositories.outbox().enqueue(List.of(first, second));
    claim(T0, 10);

    repositories.outbox().markSent(first.id(), message(C1, "111.1"), T0.plusSeconds(1));

    assertThat(claim(T0.plusSeconds(2), 10))
        .extracting(OutboxMessage::id)
        .containsExactly(second.id());
    OutboxMessage sent = repositories.outbox().find(first.id()).orElseThrow();
    assertThat(sent.state()).isEqualTo(OutboxState.SENT);
    assertThat(sent.delivered()).contains(message(C1, "111.1"));
    assertThat(repositories.outbox().count(OutboxState.SENT)).isEqualTo(1);
  }

  @Test
  void claimLeasesTheMessageSoItIsNotHandedOutAgainBeforeTheLeaseEnds() {
    OutboxMessage message = outbox("a", C1, T0);
    repositories.outbox().enqueue(List.of(message));

    List<OutboxMessage> first = claim(T0, 10);

    assertThat(first).hasSize(1);
    assertThat(first.get(0).attempts()).isEqualTo(1);
    assertThat(first.get(0).notBefore()).isEqualTo(T0.plus(LEASE));
    assertThat(claim(T0.plus(LEASE).minusSeconds(1), 10)).isEmpty();
  }

  @Test
  void messageOfACrashedSenderIsClaimedAgainOnceTheLeaseRunsOut() {
    OutboxMessage message = outbox("a", C1, T0);
    OutboxMessage behind = outbox("b", C1, T0.plusSeconds(1));
    repositories.outbox().enqueue(List.of(message, behind));
    claim(T0, 10);

    List<OutboxMessage> again = claim(T0.plus(LEASE), 10);

    assertThat(again).extracting(OutboxMessage::id).containsExactly(message.id());
    assertThat(again.get(0).attempts()).isEqualTo(2);
  }

  @Test
  void messageNotYetDueIsNotClaimedAndHoldsBackItsChannel() {
    OutboxMessage later =
        OutboxMessage.pending(
            "later", Optional.empty(), new Destination.Channel(C1), MessageBody.text("later"), T0);
    OutboxMessage retrying = outbox("retrying", C2, T0);
    OutboxMessage behindRetrying = outbox("behind", C2, T0.plusSeconds(1));
    repositories.outbox().enqueue(List.of(later, retrying, behindRetrying));
    claim(T0, 10);
    repositories.outbox().markRetry(retrying.id(), T0.plusSeconds(60), "ratelimited");

    List<OutboxMessage> claimed = claim(T0.plusSeconds(30), 10);

    assertThat(claimed).isEmpty();
    OutboxMessage stored = repositories.outbox().find(retrying.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(OutboxState.PENDING);
    assertThat(stored.notBefore()).isEqualTo(T0.plusSeconds(60));
    assertThat(stored.lastError()).contains("ratelimited");
    assertThat(claim(T0.plusSeconds(60), 10))
        .extracting(OutboxMessage::id)
        .containsExactly(retrying.id());
  }

  @Test
  void claimRespectsTheLimitOldestFirst() {
    repositories
        .outbox()
        .enqueue(
            List.of(
                outbox("c3", channel(SLACK_T1, "C3"), T0.plusSeconds(3)),
                outbox("c1", C1, T0.plusSeconds(1)),
                outbox("c2", C2, T0.plusSeconds(2))));

    assertThat(claim(T0.plusSeconds(10), 2))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactly("c1", "c2");
  }

  @Test
  void sameChannelIdInAnotherTenantIsASeparateQueue() {
    repositories
        .outbox()
        .enqueue(
            List.of(
                outbox("t1-a", C1, T0),
                outbox("t1-b", C1, T0.plusSeconds(1)),
                outbox("t2-a", channel(SLACK_T2, "C1"), T0.plusSeconds(2))));

    assertThat(claim(T0.plusSeconds(10), 10))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactly("t1-a", "t2-a");
  }

  @Test
  void failedMessageIsNeverClaimedAndUnblocksItsChannel() {
    OutboxMessage doomed = outbox("doomed", C1, T0);
    OutboxMessage next = outbox("next", C1, T0.plusSeconds(1));
    repositories.outbox().enqueue(List.of(doomed, next));
    claim(T0, 10);

    repositories.outbox().markFailed(doomed.id(), "channel_not_found " + "x".repeat(3000));

    assertThat(claim(T0.plus(LEASE).plus(LEASE), 10))
        .extracting(OutboxMessage::id)
        .containsExactly(next.id());
    OutboxMessage failed = repositories.outbox().find(doomed.id()).orElseThrow();
    assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
    assertThat(failed.lastError().orElseThrow()).startsWith("channel_not_found").hasSize(2000);
    assertThat(repositories.outbox().count(OutboxState.FAILED)).isEqualTo(1);
  }

  @Test
  void concurrentClaimerSkipsMessagesBeingClaimedAndTheirChannels() throws Exception {
    repositories
        .outbox()
        .enqueue(
            List.of(
                outbox("c1-a", C1, T0),
                outbox("c1-b", C1, T0.plusSeconds(1)),
                outbox("c2-a", C2, T0.plusSeconds(2))));
    CountDownLatch claimedByFirst = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);

    CompletableFuture<List<OutboxMessage>> first =
        CompletableFuture.supplyAsync(
            () ->
                database
                    .transactions()
                    .inTransaction(
                        () -> {
                          List<OutboxMessage> mine = claim(T0.plusSeconds(10), 1);
                          claimedByFirst.countDown();
                          await(secondDone);
                          return mine;
                        }));
    await(claimedByFirst);
    List<OutboxMessage> second = claim(T0.plusSeconds(10), 10);
    secondDone.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactly("c1-a");
    assertThat(second)
        .extracting(OutboxMessage::idempotencyKey)
        .doesNotContain("c1-a", "c1-b")
        .containsExactlyElementsOf(claimableBesideAnOpenClaim());
    assertThat(claim(T0.plusSeconds(11), 10))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactlyElementsOf(claimableAfterThatClaimCommitted());
  }

  /**
   * What a second node claims while another holds a claim of {@code c1-a} open (C1 has {@code
   * c1-a}, {@code c1-b}; C2 has {@code c2-a}). Never anything of C1.
   */
  protected abstract List<String> claimableBesideAnOpenClaim();

  /** What is left to claim once the first claim committed. */
  protected List<String> claimableAfterThatClaimCommitted() {
    return claimableBesideAnOpenClaim().isEmpty() ? List.of("c2-a") : List.of();
  }

  @Test
  void claimRejectsALeaseThatEndsBeforeNowAndANonPositiveLimit() {
    assertThatThrownBy(() -> repositories.outbox().claimDue(T0, 10, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the lease must end after now");
    assertThatThrownBy(() -> repositories.outbox().claimDue(T0, 0, T0.plus(LEASE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive");
  }

  @Test
  void failedBatchStoresNoneOfItsMessages() {
    OutboxMessage fine = outbox("fine", C1, T0);
    OutboxMessage sameIdOtherKey =
        new OutboxMessage(
            fine.id(),
            "other-key",
            Optional.empty(),
            new Destination.Channel(C1),
            MessageBody.text("clash"),
            OutboxState.PENDING,
            0,
            T0,
            T0,
            Optional.empty(),
            Optional.empty());

    assertThatThrownBy(() -> repositories.outbox().enqueue(List.of(fine, sameIdOtherKey)))
        .isInstanceOf(RuntimeException.class);

    assertThat(repositories.outbox().count(OutboxState.PENDING)).isZero();
  }

  private List<OutboxMessage> claim(Instant now, int limit) {
    return repositories.outbox().claimDue(now, limit, now.plus(LEASE));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for the other claimer");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void deferringAClaimedMessageDoesNotCountTheClaimAsAnAttempt() {
    OutboxMessage message = outbox("paced", C1, T0);
    repositories.outbox().enqueue(List.of(message));
    assertThat(repositories.outbox().claimDue(T0, 10, T0.plus(LEASE))).hasSize(1);

    repositories.outbox().defer(message.id(), T0.plusSeconds(1), "paced");

    OutboxMessage stored = repositories.outbox().find(message.id()).orElseThrow();
    assertThat(stored.attempts()).isZero();
    assertThat(stored.state()).isEqualTo(OutboxState.PENDING);
    assertThat(repositories.outbox().claimDue(T0.plusMillis(999), 10, T0.plus(LEASE))).isEmpty();
    assertThat(repositories.outbox().claimDue(T0.plusSeconds(1), 10, T0.plus(LEASE)))
        .extracting(OutboxMessage::id)
        .containsExactly(message.id());
  }

  @Test
  void undeliveredListsACommunitysFailedAndStrugglingMessagesNewestFirst() {
    CommunityId community = CommunityId.random();
    OutboxMessage failed = withCommunity(outbox("failed", C1, T0), community);
    OutboxMessage retrying = withCommunity(outbox("retrying", C2, T0.plusSeconds(1)), community);
    OutboxMessage fine = withCommunity(outbox("fine", channel(SLACK_T1, "C3"), T0), community);
    OutboxMessage otherCommunity = outbox("other", channel(SLACK_T1, "C4"), T0);
    repositories.outbox().enqueue(List.of(failed, retrying, fine, otherCommunity));
    repositories.outbox().markFailed(failed.id(), "channel_not_found");
    repositories.outbox().markRetry(retrying.id(), T0.plusSeconds(60), "http 503");
    repositories.outbox().markFailed(otherCommunity.id(), "not_in_channel");

    assertThat(repositories.outbox().undelivered(community, 10))
        .extracting(m -> m.idempotencyKey() + " " + m.lastError().orElse(""))
        .containsExactly("retrying http 503", "failed channel_not_found");
    assertThat(repositories.outbox().undelivered(community, 1)).hasSize(1);
  }

  @Test
  void theOutboxAgeIsWhenTheOldestPendingMessageWasEnqueued() {
    assertThat(repositories.outbox().oldestPending()).isEmpty();
    OutboxMessage first = outbox("first", C1, T0);
    repositories.outbox().enqueue(List.of(first, outbox("second", C2, T0.plusSeconds(5))));
    assertThat(repositories.outbox().oldestPending()).contains(T0);

    repositories.outbox().markSent(first.id(), message(C1, "1.0"), T0.plusSeconds(6));
    assertThat(repositories.outbox().oldestPending()).contains(T0.plusSeconds(5));
  }

  @Test
  void retryPutsACommunitysFailedMessageBackAtTheHeadOfItsChannel() {
    CommunityId community = CommunityId.random();
    OutboxMessage failed = withCommunity(outbox("failed", C1, T0), community);
    OutboxMessage later = withCommunity(outbox("later", C1, T0.plusSeconds(1)), community);
    OutboxMessage otherCommunity = outbox("other", C2, T0);
    repositories.outbox().enqueue(List.of(failed, later, otherCommunity));
    repositories.outbox().claimDue(T0, 10, T0.plusSeconds(60));
    repositories.outbox().markFailed(failed.id(), "not_in_channel");
    repositories.outbox().markFailed(otherCommunity.id(), "not_in_channel");
    Instant now = T0.plusSeconds(600);

    int other = repositories.outbox().retry(community, List.of(otherCommunity.id()), now);
    int mine = repositories.outbox().retry(community, List.of(failed.id(), later.id()), now);

    assertThat(other).as("another community's message").isZero();
    assertThat(mine).as("only the failed one; the pending one is left alone").isEqualTo(1);
    OutboxMessage back = repositories.outbox().find(failed.id()).orElseThrow();
    assertThat(back.state()).isEqualTo(OutboxState.PENDING);
    assertThat(back.attempts()).isZero();
    assertThat(back.lastError()).isEmpty();
    assertThat(repositories.outbox().claimDue(now, 10, now.plusSeconds(60)))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactly("failed");
    assertThat(repositories.outbox().find(otherCommunity.id()).orElseThrow().state())
        .isEqualTo(OutboxState.FAILED);
  }

  @Test
  void dismissedMessagesAreNeverSentUnblockTheirChannelAndLeaveTheList() {
    CommunityId community = CommunityId.random();
    OutboxMessage struggling = withCommunity(outbox("struggling", C1, T0), community);
    OutboxMessage next = withCommunity(outbox("next", C1, T0.plusSeconds(1)), community);
    OutboxMessage fine = withCommunity(outbox("fine", C2, T0), community);
    repositories.outbox().enqueue(List.of(struggling, next, fine));
    repositories.outbox().markRetry(struggling.id(), T0.plusSeconds(3600), "http 503");

    int dismissed = repositories.outbox().dismiss(community, List.of(struggling.id(), fine.id()));

    assertThat(dismissed).as("a pending message without trouble is not dismissed").isEqualTo(1);
    assertThat(repositories.outbox().undelivered(community, 10)).isEmpty();
    assertThat(repositories.outbox().claimDue(T0.plusSeconds(2), 10, T0.plusSeconds(60)))
        .extracting(OutboxMessage::idempotencyKey)
        .containsExactlyInAnyOrder("next", "fine");
    assertThat(repositories.outbox().count(OutboxState.DISMISSED)).isEqualTo(1);
  }

  @Test
  void aMessageDismissedWhileBeingSentStaysDismissedWhateverTheSendSays() {
    CommunityId community = CommunityId.random();
    OutboxMessage a = withCommunity(outbox("a", C1, T0), community);
    OutboxMessage b = withCommunity(outbox("b", C2, T0), community);
    OutboxMessage c = withCommunity(outbox("c", channel(SLACK_T1, "C3"), T0), community);
    repositories.outbox().enqueue(List.of(a, b, c));
    for (OutboxMessage m : List.of(a, b, c)) {
      repositories.outbox().markRetry(m.id(), T0, "http 503");
    }
    repositories.outbox().claimDue(T0, 10, T0.plusSeconds(60));
    repositories.outbox().dismiss(community, List.of(a.id(), b.id(), c.id()));

    repositories.outbox().markRetry(a.id(), T0.plusSeconds(5), "http 503");
    repositories.outbox().markFailed(b.id(), "channel_not_found");
    repositories.outbox().defer(c.id(), T0.plusSeconds(5), "paced");

    assertThat(List.of(a, b, c))
        .extracting(m -> repositories.outbox().find(m.id()).orElseThrow().state())
        .containsOnly(OutboxState.DISMISSED);
    assertThat(repositories.outbox().undelivered(community, 10)).isEmpty();
  }

  private static OutboxMessage withCommunity(OutboxMessage m, CommunityId community) {
    return OutboxMessage.pending(
        m.idempotencyKey(), Optional.of(community), m.destination(), m.body(), m.createdAt());
  }
}
