package dev.rituals.db.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed format of {@code attendance_packed}: what goes in comes out, in seq order. */
class AttendancePackingTest {

  private static List<long[]> unpacked(byte[] bytes) {
    List<long[]> out = new ArrayList<>();
    AttendancePacking.unpack(
        bytes,
        (seq, answers, lastAnswered, replies, lastReplied) ->
            out.add(new long[] {seq, answers, lastAnswered, replies, lastReplied}));
    return out;
  }

  @Test
  void entriesComeBackInSeqOrderWithTheirCountsAndTimes() {
    var packer = new AttendancePacking.Packer();
    long micros = 1_782_000_000_123_456L;
    packer.add(900_000_000_000L, 3, micros, 0, 0);
    packer.add(7, 1, micros - 5, 2, micros + 9);
    packer.add(8, 0, 0, 1, micros + 1);

    List<long[]> entries = unpacked(packer.bytes());

    assertThat(entries)
        .containsExactly(
            new long[] {7, 1, micros - 5, 2, micros + 9},
            new long[] {8, 0, 0, 1, micros + 1},
            new long[] {900_000_000_000L, 3, micros, 0, 0});
  }

  @Test
  void aTypicalEntryTakesAboutElevenBytes() {
    var packer = new AttendancePacking.Packer();
    for (int i = 0; i < 100; i++) {
      packer.add(1_000 + 3L * i, 1 + i % 3, 1_782_000_000_000_000L + i, 0, 0);
    }

    assertThat(packer.bytes().length).isBetween(1 + 100 * 9, 1 + 100 * 12);
  }

  @Test
  void aPlaceholderWithNeitherAnswersNorRepliesIsLeftOut() {
    var packer = new AttendancePacking.Packer();
    packer.add(5, 0, 0, 0, 0);

    assertThat(packer.isEmpty()).isTrue();
    assertThat(unpacked(packer.bytes())).isEmpty();
  }

  @Test
  void twoEntriesForOneOccurrenceAreRefused() {
    var packer = new AttendancePacking.Packer();
    packer.add(5, 1, 10, 0, 0);
    packer.add(5, 2, 20, 0, 0);

    assertThatThrownBy(packer::bytes).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void negativeCountsAreRefused() {
    var packer = new AttendancePacking.Packer();

    assertThatThrownBy(() -> packer.add(5, -1, 10, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesOfAnUnknownFormatOrCutShortAreRefused() {
    var packer = new AttendancePacking.Packer();
    packer.add(300, 1, 1_782_000_000_000_000L, 0, 0);
    byte[] bytes = packer.bytes();
    byte[] otherFormat = bytes.clone();
    otherFormat[0] = 2;

    assertThatThrownBy(() -> unpacked(otherFormat))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format");
    assertThatThrownBy(() -> unpacked(new byte[0])).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> unpacked(Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void bytesAfterTheLastEntryOrAnImpossibleCountAreRefused() {
    var packer = new AttendancePacking.Packer();
    packer.add(300, 1, 1_782_000_000_000_000L, 0, 0);
    byte[] bytes = packer.bytes();
    byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);
    byte[] hugeCount = bytes.clone();
    hugeCount[1] = 0x7F;

    assertThatThrownBy(() -> unpacked(trailing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after its entries");
    assertThatThrownBy(() -> unpacked(hugeCount))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("impossible entry count");
  }

  @Test
  void bucketsAreUtcYearsOfTheOpening() {
    assertThat(AttendancePacking.bucketOf(Instant.parse("2025-12-31T23:59:59.999999Z")))
        .isEqualTo(2025);
    assertThat(AttendancePacking.bucketOf(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(2026);
    assertThat(AttendancePacking.bucketStart(2026))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }
}
