package dev.rituals.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message ready for chat.postMessage: Block Kit blocks plus the plain {@code text} Slack shows in
 * notifications and to clients that cannot render blocks.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
