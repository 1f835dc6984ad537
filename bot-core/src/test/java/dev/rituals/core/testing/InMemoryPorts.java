package dev.rituals.core.testing;

import dev.rituals.core.model.Installation;
import dev.rituals.core.model.LinkCode;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.InboundEventLog;
import dev.rituals.core.port.InstallationRepository;
import dev.rituals.core.port.LinkCodeRepository;
import dev.rituals.core.port.ProfileRepository;
import dev.rituals.core.port.Transactions;
import dev.rituals.core.service.Ports;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every persistence port in memory, for tests of services and adapters. Transactions only serialize
 * work (one lock): they do not roll back, so rollback behaviour is tested on the real databases in
 * the db module.
 */
public final class InMemoryPorts {
  private InMemoryPorts() {}

  public static Ports create() {
    InMemoryCommunities communities = new InMemoryCommunities();
    InMemoryOccurrences occurrences = new InMemoryOccurrences(communities);
    InMemoryAnswers answers = new InMemoryAnswers();
    return new Ports(
        new LockTransactions(),
        new Installations(),
        communities,
        new InMemoryMembers(),
        new Profiles(),
        new InMemoryRituals(),
        new InMemoryQuestions(),
        occurrences,
        answers,
        new InMemoryOutbox(),
        new EventLog(),
        new LinkCodes(),
        new InMemoryHostings(),
        new InMemoryParticipation(occurrences, answers),
        new InMemoryPairings());
  }

  static final class LockTransactions implements Transactions {
    private final Object lock = new Object();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      synchronized (lock) {
        return work.get();
      }
    }
  }

  static final class Installations implements InstallationRepository {
    private final Map<TenantRef, Installation> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Installation installation) {
      rows.put(installation.tenant(), installation);
    }

    @Override
    public Optional<Installation> find(TenantRef tenant) {
      return Optional.ofNullable(rows.get(tenant));
    }

    @Override
    public void disable(TenantRef tenant) {
      rows.computeIfPresent(tenant, (k, v) -> v.disabled());
    }
  }

  static final class Profiles implements ProfileRepository {
    private final Map<UserRef, Profile> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Profile profile) {
      rows.put(profile.user(), profile);
    }

    @Override
    public Optional<Profile> find(UserRef user) {
      return Optional.ofNullable(rows.get(user));
    }

    void remove(UserRef user) {
      rows.remove(user);
    }
  }

  static final class LinkCodes implements LinkCodeRepository {
    private final Map<String, LinkCode> rows = new ConcurrentHashMap<>();

    @Override
    public void save(LinkCode code) {
      rows.put(code.code(), code);
    }

    @Override
    public Optional<LinkCode> take(String code, Instant now) {
      LinkCode found = rows.remove(code);
      return found == null || !found.expiresAt().isAfter(now)
          ? Optional.empty()
          : Optional.of(found);
    }
  }

  static final class EventLog implements InboundEventLog {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public boolean firstTime(TenantRef tenant, String eventId, Instant at) {
      return seen.add(tenant.platform() + "|" + tenant.tenantId() + "|" + eventId);
    }
  }
}
