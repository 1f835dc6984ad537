package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Expected JSON from test resources, and core message bodies used across tests. */
final class Fixtures {
  static final String PROMPT_ID = "6f1c1d2e-0b7a-4c41-9d59-2f0a7e5b8c11";
  static final String QUESTION = "What is one formative assessment trick that worked this week?";

  private Fixtures() {}

  static JsonNode json(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MessageBody prompt() {
    return new MessageBody(
        MessageKind.PROMPT,
        "Q2: " + QUESTION,
        Map.of(
            "promptId", PROMPT_ID,
            "number", "2",
            "question", QUESTION,
            "closesAt", "2026-03-05T17:00:00Z",
            "community", "Science Department CoP"));
  }
}
