package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.EngagementLevel;
import dev.rituals.core.participation.MemberMetrics;
import dev.rituals.core.participation.OccurrenceMetrics;
import dev.rituals.core.participation.WeekTrend;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A small, fixed set of participation metrics for adapter and page tests: three members (core,
 * active, dormant), four weekly occurrences in March 2026, one name that needs escaping.
 */
public final class SampleMetrics {
  public static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  public static final UserRef BEN = UserRef.of(Platform.SLACK, "T1", "U_BEN");
  public static final UserRef CY = UserRef.of(Platform.SLACK, "T1", "U_CY");
  public static final String TRICKY_NAME = "Ben <script>alert(1)</script> & co";

  private SampleMetrics() {}

  public static CommunityMetrics community(CommunityId id) {
    ZoneId zone = ZoneId.of("Europe/Paris");
    RitualId ritual = RitualId.random();
    Instant last = Instant.parse("2026-03-23T07:00:00Z");
    List<OccurrenceMetrics> occurrences =
        List.of(
            new OccurrenceMetrics(
                OccurrenceId.random(), ritual, Instant.parse("2026-03-02T07:00:00Z"), 2, 3),
            new OccurrenceMetrics(
                OccurrenceId.random(), ritual, Instant.parse("2026-03-09T07:00:00Z"), 1, 3),
            new OccurrenceMetrics(
                OccurrenceId.random(), ritual, Instant.parse("2026-03-16T07:00:00Z"), 1, 3),
            new OccurrenceMetrics(OccurrenceId.random(), ritual, last, 2, 3));
    List<MemberMetrics> members =
        List.of(
            new MemberMetrics(
                ANA, "Ana", 6, 4, 1, 3, 4, 4, Optional.of(last), EngagementLevel.CORE, false, true),
            new MemberMetrics(
                BEN,
                TRICKY_NAME,
                2,
                2,
                1,
                0,
                1,
                1,
                Optional.of(last),
                EngagementLevel.ACTIVE,
                true,
                true),
            new MemberMetrics(
                CY,
                "Cy",
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                EngagementLevel.DORMANT,
                false,
                true));
    List<WeekTrend> weeks =
        List.of(
            new WeekTrend(LocalDate.of(2026, 3, 2), 1, 3, 2, 2 / 3.0),
            new WeekTrend(LocalDate.of(2026, 3, 9), 1, 1, 1, 1 / 3.0),
            new WeekTrend(LocalDate.of(2026, 3, 16), 1, 1, 1, 1 / 3.0),
            new WeekTrend(LocalDate.of(2026, 3, 23), 1, 3, 2, 2 / 3.0));
    return new CommunityMetrics(
        id,
        "Maths teachers",
        zone,
        new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
        3,
        members,
        occurrences,
        weeks);
  }
}
