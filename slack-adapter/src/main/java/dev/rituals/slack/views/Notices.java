package dev.rituals.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import dev.rituals.slack.render.Mrkdwn;
import java.util.List;

/** A modal that only tells the person something, replacing a form they submitted. */
public final class Notices {
  public static final String SORRY = "Something went wrong, nothing was changed. Please try again.";

  private Notices() {}

  public static View modal(String title, String text) {
    return view(
        v ->
            v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(Mrkdwn.limit(title, 24))))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(Mrkdwn.escape(text)))))));
  }
}
