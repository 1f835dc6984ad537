package dev.rituals.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkipDatesTest {
  @Test
  void rangesSurviveTheTripThroughOneString() {
    var winter = new DateRange(LocalDate.parse("2026-12-21"), LocalDate.parse("2027-01-03"));
    var goodFriday = DateRange.day(LocalDate.parse("2027-03-26"));

    String encoded = SkipDates.encode(List.of(winter, goodFriday));

    assertThat(encoded).isEqualTo("2026-12-21..2027-01-03,2027-03-26..2027-03-26");
    assertThat(SkipDates.decode(encoded)).containsExactly(winter, goodFriday);
    assertThat(SkipDates.skips(encoded, LocalDate.parse("2027-01-01"))).isTrue();
    assertThat(SkipDates.skips(encoded, LocalDate.parse("2027-01-04"))).isFalse();
  }

  @Test
  void noRangesIsTheEmptyString() {
    assertThat(SkipDates.encode(List.of())).isEmpty();
    assertThat(SkipDates.decode("")).isEmpty();
    assertThat(SkipDates.decode(null)).isEmpty();
  }

  @Test
  void textThatIsNotARangeIsRejected() {
    assertThatThrownBy(() -> SkipDates.decode("2026-12-21"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a date range: 2026-12-21");
  }
}
