package dev.rituals.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import dev.rituals.slack.Background;
import dev.rituals.slack.render.MessageRenderer;
import dev.rituals.slack.views.AnswerModal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Answer" button under a prompt: opens the answer modal. The question shown in the modal is
 * read back from the clicked message, so no lookup is needed within the trigger's 3 seconds.
 */
public final class AnswerButton implements BlockActionHandler {
  private static final Logger log = LoggerFactory.getLogger(AnswerButton.class);

  private final Background background;

  public AnswerButton(Background background) {
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    String promptId = payload.getActions().get(0).getValue();
    String question = questionOf(payload.getMessage());
    background.run(
        "open the answer modal",
        () -> {
          ViewsOpenResponse opened =
              ctx.client()
                  .viewsOpen(
                      r ->
                          r.triggerId(payload.getTriggerId())
                              .view(AnswerModal.build(promptId, question)));
          if (!opened.isOk()) {
            log.warn("views.open for an answer failed: {}", opened.getError());
          }
        });
    return ctx.ack();
  }

  private static String questionOf(Message message) {
    if (message == null || message.getBlocks() == null) {
      return "";
    }
    for (LayoutBlock block : message.getBlocks()) {
      if (block instanceof SectionBlock section
          && MessageRenderer.QUESTION_BLOCK.equals(section.getBlockId())
          && section.getText() != null) {
        return section.getText().getText();
      }
    }
    return "";
  }
}
