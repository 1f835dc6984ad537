package dev.rituals.core.service;

import dev.rituals.core.usecase.Transcript;

/** A transcript as a standalone HTML page; everything people wrote is escaped. */
final class TranscriptHtml {
  private TranscriptHtml() {}

  static String render(Transcript t) {
    String title = escape(t.community() + " — " + t.title());
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>")
            .append(title)
            .append("</title>\n<style>body{font-family:system-ui,sans-serif;max-width:46em;")
            .append("margin:2em auto;padding:0 1em;line-height:1.5}.meta{color:#555}")
            .append("li{margin:.4em 0}.late{color:#a35}</style>\n</head>\n<body>\n<h1>")
            .append(title)
            .append("</h1>\n<p class=\"meta\">")
            .append(escape(TranscriptMarkdown.DAY.format(t.opensAt().atZone(t.zone()))))
            .append(" to ")
            .append(escape(TranscriptMarkdown.DAY.format(t.closesAt().atZone(t.zone()))))
            .append(" (")
            .append(escape(t.zone().getId()))
            .append(") · ")
            .append(t.people())
            .append(t.people() == 1 ? " person · " : " people · ")
            .append(t.answerCount())
            .append(t.answerCount() == 1 ? " answer" : " answers");
    t.host().ifPresent(h -> html.append(" · hosted by ").append(escape(h)));
    html.append("</p>\n");
    for (Transcript.Question q : t.questions()) {
      html.append("<section>\n<h2>Q")
          .append(q.number())
          .append(". ")
          .append(escape(q.text()))
          .append("</h2>\n");
      if (q.answers().isEmpty()) {
        html.append("<p class=\"meta\">No answers.</p>\n");
      } else {
        html.append("<ul>\n");
        for (Transcript.Answer a : q.answers()) {
          html.append("<li><strong>")
              .append(escape(a.author()))
              .append("</strong> <span class=\"meta\">")
              .append(escape(TranscriptMarkdown.TIME.format(a.at().atZone(t.zone()))))
              .append("</span>")
              .append(a.late() ? " <span class=\"late\">late</span>" : "")
              .append(
                  a.replies() == 0
                      ? ""
                      : " <span class=\"meta\">"
                          + a.replies()
                          + (a.replies() == 1 ? " reply" : " replies")
                          + "</span>")
              .append("<br>")
              .append(escape(a.text().strip()).replace("\n", "<br>"))
              .append("</li>\n");
        }
        html.append("</ul>\n");
      }
      html.append("</section>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
