package dev.rituals.slack.views;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The modal behind a prompt's "Answer" button. The prompt id travels in private_metadata. */
public final class AnswerModal {
  public static final String CALLBACK_ID = "answer_prompt_modal";
  public static final String ANSWER_INPUT = "answer";

  private AnswerModal() {}

  /**
   * @param questionMrkdwn the question as the prompt message showed it (already Slack mrkdwn), or
   *     blank when unknown
   */
  public static View build(String promptId, String questionMrkdwn) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (questionMrkdwn != null && !questionMrkdwn.isBlank()) {
      blocks.add(section(s -> s.text(markdownText(questionMrkdwn))));
    }
    blocks.add(
        input(
            i ->
                i.blockId(ANSWER_INPUT)
                    .label(plainText("Your answer"))
                    .element(
                        plainTextInput(
                            p -> p.actionId(ANSWER_INPUT).multiline(true).maxLength(3000)))));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(promptId)
                .title(viewTitle(t -> t.type("plain_text").text("Answer")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Send")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }
}
