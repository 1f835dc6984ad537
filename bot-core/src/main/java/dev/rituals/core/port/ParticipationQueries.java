package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What participation metrics read from storage. A report of a community with a million answers must
 * take well under a second, so storage hands over each person's part in a date range as one compact
 * {@link PersonPart} (primitive arrays, no object per answer) instead of a row per person and
 * occurrence; the metrics themselves are computed in the core. Only retracted answers never count.
 */
public interface ParticipationQueries {

  /**
   * The occurrences that opened in {@code [from, to)}, oldest first (ties by id), and the part of
   * every person who answered one of them or replied in its threads to someone else's answer.
   */
  RangeParticipation participation(CommunityId community, Instant from, Instant to);

  /**
   * The people whose first counted answer in this community ever was given at or after {@code
   * since} ("new voices" are those of them who answered in a report's range).
   */
  Set<UserRef> firstAnsweredSince(CommunityId community, Instant since);

  /**
   * The texts of counted answers to occurrences that opened in [from, to) that contain a web link
   * ("http"), newest first, at most {@code limit}: the source of "top shared resources".
   */
  List<String> answerTextsWithLinks(CommunityId community, Instant from, Instant to, int limit);

  /** A range's occurrences, oldest first, and the people who took part in them. */
  record RangeParticipation(List<Slot> occurrences, List<PersonPart> people) {
    public RangeParticipation {
      occurrences = List.copyOf(occurrences);
      people = List.copyOf(people);
    }
  }

  /**
   * An occurrence of the range; its index in {@link RangeParticipation#occurrences} is its slot.
   */
  record Slot(OccurrenceId occurrence, RitualId ritual, Instant opensAt, Instant closesAt) {
    public Slot {
      Objects.requireNonNull(occurrence, "occurrence");
      Objects.requireNonNull(ritual, "ritual");
      Objects.requireNonNull(opensAt, "opensAt");
      Objects.requireNonNull(closesAt, "closesAt");
    }
  }

  /**
   * One person's part in a range: an entry per occurrence they answered ({@code answers > 0}) or
   * replied in to a peer ({@code peerReplies > 0}), at most one per occurrence, in no particular
   * order. Times are microseconds since the epoch (what both databases store) and mean something
   * only when their count is above zero. Filled by storage with {@link #add}, then only read.
   */
  final class PersonPart {
    private final UserRef person;
    private int size;
    private int[] slot = new int[4];
    private int[] answers = new int[4];
    private long[] lastAnsweredMicros = new long[4];
    private int[] peerReplies = new int[4];
    private long[] lastRepliedMicros = new long[4];

    public PersonPart(UserRef person) {
      this.person = Objects.requireNonNull(person, "person");
    }

    /** Makes room for {@code more} entries (storage knows how many a packed row holds). */
    public void ensureCapacity(int more) {
      int needed = Math.addExact(size, more);
      if (needed > slot.length) {
        grow(Math.max(needed, size * 2));
      }
    }

    private void grow(int n) {
      this.slot = Arrays.copyOf(this.slot, n);
      this.answers = Arrays.copyOf(this.answers, n);
      this.lastAnsweredMicros = Arrays.copyOf(this.lastAnsweredMicros, n);
      this.peerReplies = Arrays.copyOf(this.peerReplies, n);
      this.lastRepliedMicros = Arrays.copyOf(this.lastRepliedMicros, n);
    }

    /** Adds the person's part in the occurrence at {@code slot}. */
    public void add(
        int slot, int answers, long lastAnsweredMicros, int peerReplies, long lastRepliedMicros) {
      if (slot < 0 || answers < 0 || peerReplies < 0 || (answers == 0 && peerReplies == 0)) {
        throw new IllegalArgumentException(
            "an entry needs a slot and an answer or a reply to a peer");
      }
      if (size == this.slot.length) {
        grow(size * 2);
      }
      this.slot[size] = slot;
      this.answers[size] = answers;
      this.lastAnsweredMicros[size] = lastAnsweredMicros;
      this.peerReplies[size] = peerReplies;
      this.lastRepliedMicros[size] = lastRepliedMicros;
      size++;
    }

    public UserRef person() {
      return person;
    }

    /** How many occurrences the person took part in. */
    public int size() {
      return size;
    }

    /** The slot (index in the range's occurrences) of entry {@code i}. */
    public int slot(int i) {
      return slot[Objects.checkIndex(i, size)];
    }

    /** Counted answers in entry {@code i}'s occurrence; 0 when they only replied to peers. */
    public int answers(int i) {
      return answers[Objects.checkIndex(i, size)];
    }

    public long lastAnsweredMicros(int i) {
      return lastAnsweredMicros[Objects.checkIndex(i, size)];
    }

    /** Replies in the threads of other people's answers to entry {@code i}'s occurrence. */
    public int peerReplies(int i) {
      return peerReplies[Objects.checkIndex(i, size)];
    }

    public long lastRepliedMicros(int i) {
      return lastRepliedMicros[Objects.checkIndex(i, size)];
    }

    /** An instant from microseconds since the epoch. */
    public static Instant instantOfMicros(long micros) {
      return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L))
          .plusNanos(Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Microseconds since the epoch, truncating anything finer. */
    public static long microsOf(Instant instant) {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }
  }
}
