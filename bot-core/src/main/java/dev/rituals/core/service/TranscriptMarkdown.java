package dev.rituals.core.service;

import dev.rituals.core.usecase.Transcript;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A transcript as Markdown: a heading per question, its answers as a list. */
final class TranscriptMarkdown {
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

  private TranscriptMarkdown() {}

  static String render(Transcript t) {
    StringBuilder md =
        new StringBuilder("# ")
            .append(t.community())
            .append(" — ")
            .append(t.title())
            .append("\n_")
            .append(DAY.format(t.opensAt().atZone(t.zone())))
            .append(" to ")
            .append(DAY.format(t.closesAt().atZone(t.zone())))
            .append(" (")
            .append(t.zone().getId())
            .append(")_\n");
    t.host().ifPresent(h -> md.append("Hosted by ").append(h).append("\n"));
    md.append(t.people())
        .append(t.people() == 1 ? " person, " : " people, ")
        .append(t.answerCount())
        .append(t.answerCount() == 1 ? " answer.\n" : " answers.\n");
    for (Transcript.Question q : t.questions()) {
      md.append("\n## Q").append(q.number()).append(". ").append(oneLine(q.text())).append("\n");
      if (q.answers().isEmpty()) {
        md.append("_No answers._\n");
      }
      for (Transcript.Answer a : q.answers()) {
        md.append("- **")
            .append(a.author())
            .append("** (")
            .append(TIME.format(a.at().atZone(t.zone())))
            .append(a.late() ? ", late" : "")
            .append(
                a.replies() == 0
                    ? ""
                    : ", " + a.replies() + (a.replies() == 1 ? " reply" : " replies"))
            .append("): ")
            .append(a.text().strip().replace("\n", "\n  "))
            .append("\n");
      }
    }
    return md.toString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
