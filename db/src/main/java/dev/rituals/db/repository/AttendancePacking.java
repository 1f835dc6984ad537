package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ATTENDANCE;
import static dev.rituals.db.jooq.Tables.ATTENDANCE_PACKED;
import static dev.rituals.db.jooq.Tables.COMMUNITY;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries.PersonPart;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Keeps {@code attendance_packed} (V63) equal to {@code attendance}: one row per community, person
 * and bucket (the UTC year the occurrences opened in) whose {@code entries} pack that person's
 * attendance rows of the year, so a report over years reads thousands of rows instead of hundreds
 * of thousands.
 *
 * <p>Format 1: a version byte, the number of entries, then per entry, by ascending occurrence
 * {@code seq}: the seq minus the previous one, answers, the last answer in microseconds since the
 * epoch (only when answers > 0), peer replies, the last reply in microseconds (only when replies >
 * 0); every number an unsigned LEB128 varint. A typical entry takes 11 bytes.
 *
 * <p>A row is packed again from the attendance rows whenever {@link AttendanceRollup} recounts one
 * of them, after locking the packed row ({@link #repack}), so two writers for the same person and
 * year serialise and the second one packs what the first committed.
 */
final class AttendancePacking {
  static final int FORMAT = 1;

  private final DSLContext dsl;

  AttendancePacking(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A packed row's key. */
  record Key(UUID community, String platform, String tenant, String author, int bucket)
      implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::community)
            .thenComparing(Key::platform)
            .thenComparing(Key::tenant)
            .thenComparing(Key::author)
            .thenComparingInt(Key::bucket);

    Key {
      Objects.requireNonNull(community, "community");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(author, "author");
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    Condition attendanceRows() {
      return ATTENDANCE
          .COMMUNITY_ID
          .eq(community)
          .and(ATTENDANCE.PLATFORM.eq(platform))
          .and(ATTENDANCE.TENANT_ID.eq(tenant))
          .and(ATTENDANCE.AUTHOR_ID.eq(author))
          .and(ATTENDANCE.OPENS_AT.ge(bucketStart(bucket)))
          .and(ATTENDANCE.OPENS_AT.lt(bucketStart(bucket + 1)));
    }

    Condition packedRow() {
      return ATTENDANCE_PACKED
          .COMMUNITY_ID
          .eq(community)
          .and(ATTENDANCE_PACKED.BUCKET.eq(bucket))
          .and(ATTENDANCE_PACKED.PLATFORM.eq(platform))
          .and(ATTENDANCE_PACKED.TENANT_ID.eq(tenant))
          .and(ATTENDANCE_PACKED.AUTHOR_ID.eq(author));
    }
  }

  /** The bucket of an occurrence that opens at {@code opensAt}: its year in UTC. */
  static int bucketOf(Instant opensAt) {
    return opensAt.atOffset(ZoneOffset.UTC).getYear();
  }

  static Instant bucketStart(int bucket) {
    return OffsetDateTime.of(bucket, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
  }

  /** The packed rows that hold the attendance rows matching {@code rows}. */
  TreeSet<Key> keysOf(Condition rows) {
    TreeSet<Key> keys = new TreeSet<>();
    dsl.selectDistinct(
            ATTENDANCE.COMMUNITY_ID,
            ATTENDANCE.PLATFORM,
            ATTENDANCE.TENANT_ID,
            ATTENDANCE.AUTHOR_ID,
            ATTENDANCE.OPENS_AT)
        .from(ATTENDANCE)
        .where(rows)
        .forEach(
            r ->
                keys.add(
                    new Key(r.value1(), r.value2(), r.value3(), r.value4(), bucketOf(r.value5()))));
    return keys;
  }

  /** Packs the rows of {@code keys} again from their attendance rows, in key order. */
  void repack(TreeSet<Key> keys) {
    keys.forEach(this::repack);
  }

  /** An occurrence as the packed rows see it. */
  record Occurrence(UUID community, Instant opensAt, long seq) {}

  /** The occurrence's community, opening and seq; empty when it is gone. */
  Optional<Occurrence> occurrence(UUID id) {
    return dsl.select(OCCURRENCE.COMMUNITY_ID, OCCURRENCE.OPENS_AT, OCCURRENCE.SEQ)
        .from(OCCURRENCE)
        .where(OCCURRENCE.ID.eq(id))
        .fetchOptional(r -> new Occurrence(r.value1(), r.value2(), r.value3()));
  }

  /**
   * Packs again the one entry of an occurrence and a person, just recounted: the packed row is
   * locked, decoded, given the entry's new value (or rid of it) and written back, without reading
   * the person's other attendance rows. What every single answer, edit or reply costs.
   */
  void repackEntry(UUID occurrenceId, Occurrence occurrence, UserRef person) {
    Key key =
        new Key(
            occurrence.community(),
            person.platform().name(),
            person.tenant().tenantId(),
            person.userId(),
            bucketOf(occurrence.opensAt()));
    long seq = occurrence.seq();
    byte[] current = lock(key);
    Packer packer = new Packer();
    if (current != null && current.length > 0) {
      unpack(
          current,
          (other, answers, lastAnswered, replies, lastReplied) -> {
            if (other != seq) {
              packer.add(other, answers, lastAnswered, replies, lastReplied);
            }
          });
    }
    var row =
        dsl.select(
                ATTENDANCE.ANSWERS,
                ATTENDANCE.LAST_ANSWERED_AT,
                ATTENDANCE.PEER_REPLIES,
                ATTENDANCE.LAST_REPLIED_AT)
            .from(ATTENDANCE)
            .where(ATTENDANCE.OCCURRENCE_ID.eq(occurrenceId))
            .and(ATTENDANCE.PLATFORM.eq(key.platform()))
            .and(ATTENDANCE.TENANT_ID.eq(key.tenant()))
            .and(ATTENDANCE.AUTHOR_ID.eq(key.author()))
            .fetchOne();
    if (row != null) {
      packer.add(seq, row.value1(), row.value2(), row.value3(), row.value4());
    }
    write(key, packer);
  }

  private void repack(Key key) {
    lock(key);
    write(key, packRows(key.community(), key.attendanceRows()).getOrDefault(key, new Packer()));
  }

  /**
   * Claims and locks a packed row, waiting for a concurrent packer of it; returns its entries as
   * that packer committed them (empty for a row just claimed).
   */
  private byte[] lock(Key key) {
    claim(key);
    return dsl.select(ATTENDANCE_PACKED.ENTRIES)
        .from(ATTENDANCE_PACKED)
        .where(key.packedRow())
        .forUpdate()
        .fetchOne(ATTENDANCE_PACKED.ENTRIES);
  }

  private void write(Key key, Packer packer) {
    if (packer.isEmpty()) {
      dsl.deleteFrom(ATTENDANCE_PACKED).where(key.packedRow()).execute();
    } else {
      dsl.update(ATTENDANCE_PACKED)
          .set(ATTENDANCE_PACKED.ENTRIES, packer.bytes())
          .where(key.packedRow())
          .execute();
    }
  }

  /**
   * A placeholder row to lock, so a concurrent packer of the same row waits for this one. Its
   * entries are empty (the column's default) until {@link #write} fills or deletes it before the
   * transaction ends. (Binding the bytes here would make jOOQ's H2 MERGE cast them to BLOB, which
   * H2 in PostgreSQL mode refuses.)
   */
  private void claim(Key key) {
    Inserts.ignoringDuplicate(
        dsl,
        () ->
            dsl.insertInto(ATTENDANCE_PACKED)
                .set(ATTENDANCE_PACKED.COMMUNITY_ID, key.community())
                .set(ATTENDANCE_PACKED.BUCKET, key.bucket())
                .set(ATTENDANCE_PACKED.PLATFORM, key.platform())
                .set(ATTENDANCE_PACKED.TENANT_ID, key.tenant())
                .set(ATTENDANCE_PACKED.AUTHOR_ID, key.author())
                .onConflictDoNothing()
                .execute(),
        () -> dsl.fetchExists(ATTENDANCE_PACKED, key.packedRow()));
  }

  /**
   * Packs a whole community again from its attendance rows (after a bulk change: a retention purge,
   * a deleted ritual, a bulk load, the V64 backfill): one pass over its attendance rows.
   */
  void repackCommunity(UUID community) {
    dsl.deleteFrom(ATTENDANCE_PACKED).where(ATTENDANCE_PACKED.COMMUNITY_ID.eq(community)).execute();
    BatchBindStep batch = newBatch();
    int pending = 0;
    for (Map.Entry<Key, Packer> e :
        packRows(community, ATTENDANCE.COMMUNITY_ID.eq(community)).entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Key k = e.getKey();
      batch.bind(community, k.bucket(), k.platform(), k.tenant(), k.author(), e.getValue().bytes());
      if (++pending == 500) {
        batch.execute();
        batch = newBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      batch.execute();
    }
  }

  /**
   * The attendance rows of {@code community} matching {@code rows}, packed per person and bucket,
   * in whatever order they come (sorting hundreds of thousands of rows by person cost H2 more than
   * the packing).
   */
  private Map<Key, Packer> packRows(UUID community, Condition rows) {
    Map<Key, Packer> packers = new HashMap<>();
    try (ResultSet rs =
        dsl.select(
                ATTENDANCE.PLATFORM,
                ATTENDANCE.TENANT_ID,
                ATTENDANCE.AUTHOR_ID,
                ATTENDANCE.OPENS_AT,
                OCCURRENCE.SEQ,
                ATTENDANCE.ANSWERS,
                ATTENDANCE.LAST_ANSWERED_AT,
                ATTENDANCE.PEER_REPLIES,
                ATTENDANCE.LAST_REPLIED_AT)
            .from(ATTENDANCE)
            .join(OCCURRENCE)
            .on(OCCURRENCE.ID.eq(ATTENDANCE.OCCURRENCE_ID))
            .where(rows)
            .fetchResultSet()) {
      while (rs.next()) {
        Key key =
            new Key(
                community,
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                bucketOf(rs.getObject(4, OffsetDateTime.class).toInstant()));
        packers
            .computeIfAbsent(key, k -> new Packer())
            .add(rs.getLong(5), rs.getInt(6), instant(rs, 7), rs.getInt(8), instant(rs, 9));
      }
    } catch (SQLException e) {
      throw new DataAccessException("packing attendance: " + e.getMessage(), e);
    }
    return packers;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private BatchBindStep newBatch() {
    return dsl.batch(
        dsl.insertInto(
                ATTENDANCE_PACKED,
                ATTENDANCE_PACKED.COMMUNITY_ID,
                ATTENDANCE_PACKED.BUCKET,
                ATTENDANCE_PACKED.PLATFORM,
                ATTENDANCE_PACKED.TENANT_ID,
                ATTENDANCE_PACKED.AUTHOR_ID,
                ATTENDANCE_PACKED.ENTRIES)
            .values((UUID) null, null, null, null, null, null));
  }

  /** Packs every community, for the V64 migration. */
  void repackAll() {
    dsl.select(COMMUNITY.ID).from(COMMUNITY).fetch(COMMUNITY.ID).forEach(this::repackCommunity);
  }

  /** Receives the entries of a packed row. */
  interface EntrySink {
    /** Called once, before the entries, with how many follow. */
    default void count(int entries) {}

    void entry(
        long seq, int answers, long lastAnsweredMicros, int peerReplies, long lastRepliedMicros);
  }

  /** Collects entries in any order and packs them sorted by seq. */
  static final class Packer {
    private long[] seq = new long[16];
    private int[] answers = new int[16];
    private long[] lastAnswered = new long[16];
    private int[] replies = new int[16];
    private long[] lastReplied = new long[16];
    private int size;

    /** An attendance row's counts; its times may be null when their count is zero. */
    void add(long seq, int answers, Instant lastAnswered, int replies, Instant lastReplied) {
      add(
          seq,
          answers,
          lastAnswered == null ? 0 : PersonPart.microsOf(lastAnswered),
          replies,
          lastReplied == null ? 0 : PersonPart.microsOf(lastReplied));
    }

    /** Rows with neither answers nor replies (a writer's placeholder) are left out. */
    void add(long seq, int answers, long lastAnsweredMicros, int replies, long lastRepliedMicros) {
      if (answers < 0 || replies < 0 || seq < 0) {
        throw new IllegalArgumentException("negative count or seq");
      }
      if (answers == 0 && replies == 0) {
        return;
      }
      if (size == this.seq.length) {
        int n = size * 2;
        this.seq = Arrays.copyOf(this.seq, n);
        this.answers = Arrays.copyOf(this.answers, n);
        this.lastAnswered = Arrays.copyOf(this.lastAnswered, n);
        this.replies = Arrays.copyOf(this.replies, n);
        this.lastReplied = Arrays.copyOf(this.lastReplied, n);
      }
      this.seq[size] = seq;
      this.answers[size] = answers;
      this.lastAnswered[size] = lastAnsweredMicros;
      this.replies[size] = replies;
      this.lastReplied[size] = lastRepliedMicros;
      size++;
    }

    boolean isEmpty() {
      return size == 0;
    }

    byte[] bytes() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingLong(i -> seq[i]));
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 + size * 12);
      out.write(FORMAT);
      writeVarint(out, size);
      long previous = 0;
      for (int k = 0; k < size; k++) {
        int i = order[k];
        if (k > 0 && seq[i] == previous) {
          throw new IllegalStateException("two entries for occurrence seq " + seq[i]);
        }
        writeVarint(out, seq[i] - previous);
        previous = seq[i];
        writeVarint(out, answers[i]);
        if (answers[i] > 0) {
          writeFixed(out, lastAnswered[i]);
        }
        writeVarint(out, replies[i]);
        if (replies[i] > 0) {
          writeFixed(out, lastReplied[i]);
        }
      }
      return out.toByteArray();
    }
  }

  /**
   * Reads a packed row's entries in seq order.
   *
   * @throws IllegalStateException if the bytes are not a packed row of a known format
   */
  static void unpack(byte[] bytes, EntrySink sink) {
    if (bytes.length == 0 || bytes[0] != FORMAT) {
      throw new IllegalStateException("packed attendance of an unknown format");
    }
    Reader in = new Reader(bytes, 1);
    long count = in.varint();
    if (count < 0 || count > bytes.length) {
      throw new IllegalStateException("packed attendance with an impossible entry count");
    }
    sink.count((int) count);
    long seq = 0;
    for (long n = 0; n < count; n++) {
      seq += in.varint();
      int answers = Math.toIntExact(in.varint());
      long lastAnswered = answers > 0 ? in.fixed() : 0;
      int replies = Math.toIntExact(in.varint());
      long lastReplied = replies > 0 ? in.fixed() : 0;
      sink.entry(seq, answers, lastAnswered, replies, lastReplied);
    }
    if (in.at != bytes.length) {
      throw new IllegalStateException("packed attendance with bytes after its entries");
    }
  }

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static void writeFixed(ByteArrayOutputStream out, long value) {
    byte[] eight = new byte[8];
    LONG_LE.set(eight, 0, value);
    out.write(eight, 0, 8);
  }

  /** A cursor over packed bytes; a report decodes hundreds of thousands of entries with it. */
  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    long varint() {
      if (at < bytes.length && bytes[at] >= 0) {
        return bytes[at++];
      }
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at >= bytes.length) {
          throw new IllegalStateException("packed attendance cut short");
        }
        byte b = bytes[at++];
        result |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return result;
        }
      }
      throw new IllegalStateException("packed attendance has a number over 64 bits");
    }

    long fixed() {
      if (at + 8 > bytes.length) {
        throw new IllegalStateException("packed attendance cut short");
      }
      long value = (long) LONG_LE.get(bytes, at);
      at += 8;
      return value;
    }
  }
}
