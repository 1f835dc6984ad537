package dev.rituals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.bench.reports.ReportBench;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  public static final class PeerPairingBench {
    public PeerPairingBench(Options options) {}

    public Results run() {
      return null;
    }
  }

  public static final class RenamedBench {
    public static final String NAME = "pairing";

    public static void main(String[] args) {}
  }

  public static final class HelperBench {
    public HelperBench(String notOptions) {}
  }

  @Test
  void builtInBenchmarksComeFirstInTheirFixedOrder() throws Exception {
    assertThat(Catalogue.load().names())
        .startsWith("ack-latency", "ingestion", "fanout", "teams-fanout", "startup");
  }

  @Test
  void aDiscoveredBenchmarkIsNamedAfterItsClassInKebabCase() {
    assertThat(Catalogue.nameOf(PeerPairingBench.class, Set.of())).isEqualTo("peer-pairing");
  }

  @Test
  void aNameThatIsACommandOrTakenFallsBackToThePackage() {
    assertThat(Catalogue.nameOf(ReportBench.class, Set.of())).isEqualTo("reports");
  }

  @Test
  void aNameConstantWins() {
    assertThat(Catalogue.nameOf(RenamedBench.class, Set.of())).isEqualTo("pairing");
  }

  @Test
  void aBenchmarkNeedsAnOptionsConstructorWithRunOrAMainMethod() {
    assertThat(Catalogue.runner(PeerPairingBench.class)).isNotNull();
    assertThat(Catalogue.runner(RenamedBench.class)).isNotNull();
    assertThat(Catalogue.runner(HelperBench.class)).isNull();
  }
}
