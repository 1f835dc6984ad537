package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is the newcomer's first stop: its two opening commands are what CI runs, and its
 * command list names every command the grammar knows, so a new command can't land undocumented.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void ciRunsExactlyTheReadmesTestCommand() throws IOException {
    List<String> opening = firstCodeBlock(read("README.md"));
    assertThat(opening)
        .as("the README opens with two commands: build and run, then test")
        .hasSize(2);
    assertThat(opening.get(0)).contains("java -jar app/target/rituals.jar");
    String testCommand = withoutComment(opening.get(1));

    List<String> ci =
        read(".ci/run").lines().map(String::strip).filter(l -> l.startsWith("mvn")).toList();
    assertThat(ci)
        .as(".ci/run calls maven once, with the README's test command")
        .containsExactly(testCommand);
  }

  @Test
  void everyCommandOfTheGrammarIsInTheReadmesCommandList() throws IOException {
    String readme = read("README.md");
    List<String> lines = commandList(readme);
    List<String> missing = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      List<String> ofTopic = lines.stream().filter(l -> l.startsWith(topic.word())).toList();
      if (ofTopic.isEmpty()) {
        missing.add(topic.word());
        continue;
      }
      for (String sub : topic.subcommands()) {
        Pattern word = Pattern.compile("(^|[\\s|\\[])" + Pattern.quote(sub) + "($|[\\s|\\]])");
        if (ofTopic.stream().noneMatch(l -> word.matcher(l).find())) {
          missing.add(topic.word() + " " + sub);
        }
      }
    }
    assertThat(missing)
        .as(
            "commands the grammar knows but the README's command list (after 'help lists every command') doesn't show")
        .isEmpty();
  }

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file));
  }

  private static List<String> firstCodeBlock(String markdown) {
    Matcher block = Pattern.compile("```\\w*\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    assertThat(block.find()).as("a code block in the README").isTrue();
    return block.group(1).lines().filter(l -> !l.isBlank()).toList();
  }

  /** The code block right after the sentence that promises every command. */
  private static List<String> commandList(String markdown) {
    int promise = markdown.indexOf("help` lists every command");
    assertThat(promise).as("the README's command list").isPositive();
    return firstCodeBlock(markdown.substring(promise));
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf(" #");
    return (hash < 0 ? line : line.substring(0, hash)).strip();
  }
}
