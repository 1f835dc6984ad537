package dev.rituals.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** manifest.yml asks for exactly what the adapter uses. */
class ManifestTest {
  private final List<String> lines = read();

  @Test
  void botScopesAreExactlyTheOnesTheAdapterRequests() {
    assertThat(listUnder("bot:")).containsExactlyElementsOf(SlackSettings.DEFAULT_SCOPES);
  }

  @Test
  void subscribesToEveryEventTheAdapterHandles() {
    assertThat(listUnder("bot_events:"))
        .containsExactlyInAnyOrder(
            "app_home_opened",
            "app_uninstalled",
            "member_joined_channel",
            "member_left_channel",
            "message.channels",
            "message.groups",
            "message.im",
            "tokens_revoked");
  }

  @Test
  void declaresTheCommandInteractivityAndSocketMode() {
    assertThat(lines)
        .contains(
            "    - command: /rituals",
            "  socket_mode_enabled: true",
            "  interactivity:",
            "    is_enabled: true");
  }

  /** The "- item" lines right under {@code key}, comments dropped. */
  private List<String> listUnder(String key) {
    List<String> items = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(key)) {
        start = i + 1;
        break;
      }
    }
    for (int i = start; i > 0 && i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("- ")) {
        break;
      }
      items.add(line.substring(2).replaceAll("\\s+#.*$", "").strip());
    }
    return items;
  }

  private static List<String> read() {
    try {
      return Files.readAllLines(Path.of("manifest.yml"));
    } catch (IOException e) {
      throw new IllegalStateException("manifest.yml must sit next to the module's pom.xml", e);
    }
  }
}
