package dev.rituals.core.recognition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a PD-hours statement as a PDF certificate: who, where, when, the total, the rule, and
 * every ledger entry with its evidence ids, over as many A4 pages as it needs. Uses the standard
 * PDF fonts, so characters they cannot show (e.g. CJK names) print as "?".
 */
public final class PdCertificatePdf {
  private static final float MARGIN = 56;
  private static final float LEADING = 15;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private record Line(String text, boolean strong, float size) {}

  public byte[] render(PdStatement s) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Certificate of professional learning", true, 20));
    lines.add(new Line("", false, 11));
    lines.add(new Line("This certifies that " + s.memberName(), true, 13));
    lines.add(
        new Line(
            "took part in the community of practice \"" + s.communityName() + "\"", false, 12));
    lines.add(new Line("from " + s.range().from() + " to " + s.range().to() + ".", false, 12));
    lines.add(new Line("", false, 11));
    lines.add(
        new Line("Total professional development time: " + PdStatement.hours(s.total()), true, 13));
    for (PdEntry.Activity a : PdEntry.Activity.values()) {
      lines.add(
          new Line(
              "  " + a.label() + ": " + s.count(a) + " x " + minutes(s.rule(), a) + " min",
              false,
              11));
    }
    lines.add(new Line("", false, 11));
    lines.add(new Line("Ledger (date, activity, credit, evidence)", true, 12));
    for (PdEntry e : s.entries()) {
      lines.add(
          new Line(
              e.date() + "  " + e.activity().label() + "  " + PdStatement.hours(e.credit()),
              false,
              10));
      for (String ev : e.evidence()) {
        lines.add(new Line("      " + ev, false, 8));
      }
    }
    lines.add(new Line("", false, 11));
    lines.add(
        new Line(
            "Issued " + s.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate() + " by Rituals.",
            false,
            9));
    return write(lines);
  }

  private static long minutes(PdRule rule, PdEntry.Activity a) {
    return switch (a) {
      case LIVE_CHAT -> rule.perLiveChat().toMinutes();
      case PROMPT -> rule.perPrompt().toMinutes();
      case MENTORING -> rule.perMentoringMeeting().toMinutes();
    };
  }

  private byte[] write(List<Line> lines) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int i = 0;
      while (i < lines.size()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float y = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          while (i < lines.size() && y > MARGIN) {
            Line line = lines.get(i++);
            PDType1Font font = line.strong() ? bold : regular;
            content.beginText();
            content.setFont(font, line.size());
            content.newLineAtOffset(MARGIN, y);
            content.showText(printable(font, line.text()));
            content.endText();
            y -= Math.max(LEADING, line.size() + 4);
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the certificate", e);
    }
  }

  /** Standard fonts only encode WinAnsi; anything else becomes "?" rather than failing. */
  private static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
