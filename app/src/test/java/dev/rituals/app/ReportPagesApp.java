package dev.rituals.app;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.History;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The whole app on H2 with a known link secret, and a community with four weeks of history: Ana
 * answers every week (core), Ben twice (active, and a name that needs escaping), Cy never
 * (dormant).
 */
final class ReportPagesApp implements AutoCloseable {
  static final String SECRET = "a-test-link-secret-of-at-least-32-chars";
  static final String TRICKY = "Ben <script>alert('x')</script> & co";
  static final DateRange MARCH = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

  /** The Teams channel the community also meets in (the dashboard tab is added there). */
  static final ChannelRef TEAMS_CHANNEL =
      ChannelRef.of(Platform.TEAMS, "tenant-1", "19:maths@thread.tacv2");

  final RitualsApp app;
  final History history;
  final Clock clock;

  ReportPagesApp(Path dataDir) throws Exception {
    this(dataDir, Clock.systemUTC(), AppHooks.NONE);
  }

  /** A ticking clock that reads 2026-03-31 noon UTC now: "the last 30 days" cover the history. */
  static Clock endOfMarch() {
    return Clock.offset(
        Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse("2026-03-31T12:00:00Z")));
  }

  ReportPagesApp(Path dataDir, Clock clock, AppHooks hooks) throws Exception {
    this.clock = clock;
    AppConfig base =
        AppConfig.from(
            Map.of(
                "PORT",
                "1",
                "RITUALS_DATA_DIR",
                dataDir.toString(),
                "RITUALS_LINK_SECRET",
                SECRET));
    AppConfig config =
        new AppConfig(
            0,
            base.dataDir(),
            base.databaseUrl(),
            base.databaseUser(),
            base.databasePassword(),
            base.slack(),
            base.teams(),
            false,
            base.publicUrl(),
            base.linkSecret());
    app = RitualsApp.start(config, clock, hooks);
    Instant feb = Instant.parse("2026-02-01T08:00:00Z");
    history = new History(app.ports(), "Maths <teachers>", feb, Set.of(TEAMS_CHANNEL));
    UserRef ana = history.member("U_ANA", "Ana", feb);
    UserRef ben = history.member("U_BEN", TRICKY, feb);
    history.member("U_CY", "Cy", feb);
    Ritual ritual = history.ritual(1);
    Instant monday = Instant.parse("2026-03-02T07:00:00Z");
    for (int week = 0; week < 4; week++) {
      Occurrence o =
          history.occurrence(ritual, monday.plus(Duration.ofDays(7L * week)), Duration.ofDays(2));
      var a =
          history.answer(
              o, ana, Duration.ofHours(1), "Exit tickets https://example.org/exit-tickets");
      if (week % 2 == 0) {
        history.answer(o, ben, Duration.ofHours(2), "Try https://example.org/exit-tickets too");
        history.reply(a, ben, Duration.ofMinutes(5));
      }
    }
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  SignedReportLinks links() {
    return new SignedReportLinks(
        URI.create(base()), new LinkSigner(SECRET.getBytes(StandardCharsets.UTF_8), clock));
  }

  URI dashboard() {
    return links().dashboard(history.community.id(), MARCH).orElseThrow();
  }

  URI download(String kind) {
    return links().download(history.community.id(), MARCH, kind).orElseThrow();
  }

  @Override
  public void close() {
    app.close();
  }
}
