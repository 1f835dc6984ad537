package dev.rituals.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders core's platform-neutral {@link MessageBody} as a Teams activity. */
final class MessageRenderer {
  static final String ANSWER_ACTION = "answer";
  static final String ANSWER_INPUT = "answer";
  static final String PROMPT_ID = "promptId";

  /** Adaptive Cards' DATE()/TIME() functions want RFC 3339 without fractions. */
  private static final DateTimeFormatter CARD_INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private MessageRenderer() {}

  static Activity render(MessageBody body) {
    if (body.kind() == MessageKind.PROMPT && body.field(PROMPT_ID).isPresent()) {
      return Cards.message(promptCard(body), body.text());
    }
    if (body.kind() == MessageKind.PAIR_FOLLOW_UP) {
      return Cards.message(PairingCards.followUp(body), "Did you meet?");
    }
    if (body.kind() == MessageKind.PAIR_STAY_OR_PAUSE) {
      return Cards.message(PairingCards.stayOrPause(body), "Stay in pairing?");
    }
    return TeamsText.message(body.text());
  }

  /**
   * A prompt: the community, "Q{number}", the question, when it closes (shown in each reader's own
   * time zone by Teams), an Answer box and a button whose data carries the prompt id.
   */
  static ObjectNode promptCard(MessageBody body) {
    List<ObjectNode> blocks = new ArrayList<>();
    body.field("community").filter(c -> !c.isBlank()).ifPresent(c -> blocks.add(Cards.subtle(c)));
    blocks.add(Cards.heading(body.field("number").map(n -> "Q" + n).orElse("Question")));
    blocks.add(Cards.text(body.field("question").orElse(body.text())));
    closes(body).ifPresent(at -> blocks.add(Cards.subtle("Open until " + at)));
    ObjectNode answer = Cards.input("Input.Text", ANSWER_INPUT, "Your answer");
    answer.put("isMultiline", true);
    answer.put("isRequired", true);
    answer.put("errorMessage", "Write your answer first");
    answer.put("maxLength", 4000);
    blocks.add(answer);
    ObjectNode data = Cards.object();
    data.put(PROMPT_ID, body.field(PROMPT_ID).orElseThrow());
    return Cards.card(blocks, List.of(Cards.submit("Answer", ANSWER_ACTION, data)));
  }

  private static Optional<String> closes(MessageBody body) {
    Optional<String> raw = body.field("closesAt").filter(c -> !c.isBlank());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      String at = CARD_INSTANT.format(Instant.parse(raw.get()));
      return Optional.of("{{DATE(" + at + ", SHORT)}} {{TIME(" + at + ")}}");
    } catch (DateTimeParseException notAnInstant) {
      return raw; // already human text
    }
  }
}
