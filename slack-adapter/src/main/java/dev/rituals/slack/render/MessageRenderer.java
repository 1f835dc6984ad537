package dev.rituals.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import dev.rituals.core.model.MessageBody;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders core's platform-neutral {@link MessageBody} as Block Kit. */
public final class MessageRenderer {
  /** Clicking it opens the answer modal; its value is the prompt id. */
  public static final String ANSWER_ACTION = "answer_prompt";

  /** The prompt's question block; the answer modal reads the question back from it. */
  public static final String QUESTION_BLOCK = "prompt_question";

  /** The welcome DM's button: opens the member's pairing profile modal. */
  public static final String PROFILE_ACTION = "open_profile";

  /** The pairing follow-up's buttons; their value is the pair id. */
  public static final String MET_ACTION = "pair_met";

  public static final String NOT_YET_ACTION = "pair_not_yet";
  public static final String COULDNT_ACTION = "pair_couldnt";
  public static final String STAY_ACTION = "pair_stay";
  public static final String PAUSE_ACTION = "pair_pause";

  static final int MAX_SECTION = 3000;
  private static final int MAX_BLOCKS = 50;

  public SlackMessage render(MessageBody body) {
    String fallback = Mrkdwn.escape(body.text());
    List<LayoutBlock> blocks =
        switch (body.kind()) {
          case PROMPT -> prompt(body).orElseGet(() -> sections(body));
          case REMINDER -> withAnswerButton(body, sections(body));
          case RECAP, WELCOME, INTRO, TEXT -> withCommunity(body, sections(body));
          case MEMBER_WELCOME -> withCommunity(body, withProfileButton(sections(body)));
          case PAIR_FOLLOW_UP ->
              withButtons(
                  sections(body),
                  body.field("pairId").orElse(""),
                  List.of(
                      MET_ACTION, "We met", NOT_YET_ACTION, "Not yet", COULDNT_ACTION, "Couldn't"));
          case PAIR_STAY_OR_PAUSE ->
              withButtons(
                  sections(body),
                  "",
                  List.of(STAY_ACTION, "Stay in", PAUSE_ACTION, "Pause pairing"));
        };
    return new SlackMessage(fallback, blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS)));
  }

  private Optional<List<LayoutBlock>> prompt(MessageBody body) {
    Optional<String> promptId = body.field("promptId");
    Optional<String> question = body.field("question");
    if (promptId.isEmpty() || question.isEmpty()) {
      return Optional.empty();
    }
    String number = body.field("number").orElse("1");
    List<LayoutBlock> blocks = new ArrayList<>();
    String heading = "*Q" + Mrkdwn.escape(number) + "*  " + Mrkdwn.escape(question.get());
    blocks.add(
        section(
            s -> s.blockId(QUESTION_BLOCK).text(markdownText(Mrkdwn.limit(heading, MAX_SECTION)))));
    blocks.add(answerButton(promptId.get()));
    List<ContextBlockElement> hints = new ArrayList<>();
    hints.add(
        markdownText(
            "Reply in the thread or write `A"
                + Mrkdwn.escape(number)
                + " your answer` in the channel"));
    closesAt(body).ifPresent(at -> hints.add(markdownText("Open until " + at)));
    body.field("community").ifPresent(c -> hints.add(markdownText("*" + Mrkdwn.escape(c) + "*")));
    blocks.add(context(hints));
    return Optional.of(blocks);
  }

  private Optional<String> closesAt(MessageBody body) {
    try {
      return body.field("closesAt")
          .map(Instant::parse)
          .map(at -> Mrkdwn.date(at, at.toString().replace('T', ' ').replace("Z", " UTC")));
    } catch (DateTimeParseException e) {
      // A malformed time is core's bug; the prompt is still worth posting without it.
      return Optional.empty();
    }
  }

  private List<LayoutBlock> withAnswerButton(MessageBody body, List<LayoutBlock> blocks) {
    body.field("promptId").ifPresent(id -> blocks.add(answerButton(id)));
    return blocks;
  }

  private List<LayoutBlock> withCommunity(MessageBody body, List<LayoutBlock> blocks) {
    body.field("community")
        .ifPresent(c -> blocks.add(context(List.of(markdownText("*" + Mrkdwn.escape(c) + "*")))));
    return blocks;
  }

  /** {@code idsAndTitles}: action id, title, action id, title, ... — the first is primary. */
  private static List<LayoutBlock> withButtons(
      List<LayoutBlock> blocks, String value, List<String> idsAndTitles) {
    List<com.slack.api.model.block.element.BlockElement> buttons = new ArrayList<>();
    for (int i = 0; i + 1 < idsAndTitles.size(); i += 2) {
      String id = idsAndTitles.get(i);
      String title = idsAndTitles.get(i + 1);
      boolean primary = i == 0;
      buttons.add(
          button(
              b -> {
                b.actionId(id).text(plainText(title)).value(value.isEmpty() ? id : value);
                return primary ? b.style("primary") : b;
              }));
    }
    blocks.add(actions(a -> a.blockId("pair_actions").elements(buttons)));
    return blocks;
  }

  private static List<LayoutBlock> withProfileButton(List<LayoutBlock> blocks) {
    blocks.add(
        actions(
            a ->
                a.blockId("welcome_actions")
                    .elements(
                        List.of(
                            button(
                                b ->
                                    b.actionId(PROFILE_ACTION)
                                        .text(plainText("Fill in my profile"))
                                        .value(PROFILE_ACTION))))));
    return blocks;
  }

  private static LayoutBlock answerButton(String promptId) {
    return actions(
        a ->
            a.blockId("prompt_actions")
                .elements(
                    List.of(
                        button(
                            b ->
                                b.actionId(ANSWER_ACTION)
                                    .text(plainText("Answer"))
                                    .style("primary")
                                    .value(promptId)))));
  }

  /** One section per chunk of at most 3000 characters, cut at line ends where possible. */
  static List<LayoutBlock> sections(MessageBody body) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String chunk : Chunks.split(Mrkdwn.escape(body.text()), MAX_SECTION)) {
      blocks.add(section(s -> s.text(markdownText(chunk))));
    }
    return blocks;
  }
}
