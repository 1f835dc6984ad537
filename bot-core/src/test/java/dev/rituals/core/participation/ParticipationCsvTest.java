package dev.rituals.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipationCsvTest {
  @Test
  void cellsAreQuotedPerRfc4180AndNeverRunAsSpreadsheetFormulas() {
    assertThat(ParticipationCsv.cell("Ana")).isEqualTo("Ana");
    assertThat(ParticipationCsv.cell("Lee, J.")).isEqualTo("\"Lee, J.\"");
    assertThat(ParticipationCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ParticipationCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ParticipationCsv.cell("+1")).isEqualTo("'+1");
    assertThat(ParticipationCsv.cell("@sum")).isEqualTo("'@sum");
    assertThat(ParticipationCsv.cell("")).isEmpty();
  }
}
