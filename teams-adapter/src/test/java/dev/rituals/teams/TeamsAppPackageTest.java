package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Teams app package. The manifest is validated with a JSON Schema validator against a schema
 * written for this project from the documented v1.17 rules (required properties, lengths, formats,
 * bot and command limits); Microsoft's full schema cannot be downloaded during the build.
 */
class TeamsAppPackageTest {
  private static final String APP_ID = "1c6e2b0a-3f4d-4e5a-9b8c-7d6e5f4a3b2c";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void zipHoldsTheManifestAndBothIcons() throws IOException {
    Path zip = dir.resolve("rituals-teams.zip");

    new TeamsAppPackage(APP_ID).write(zip);

    Map<String, byte[]> entries = unzip(zip);
    assertThat(entries).containsOnlyKeys("manifest.json", "color.png", "outline.png");
    BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    assertThat(Files.list(dir)).containsExactly(zip);
  }

  @Test
  void outlineIconIsWhiteOnTransparent() throws IOException {
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(TeamsAppIcons.outline()));
    int drawn = 0;
    int clear = 0;
    for (int y = 0; y < outline.getHeight(); y++) {
      for (int x = 0; x < outline.getWidth(); x++) {
        int argb = outline.getRGB(x, y);
        int alpha = argb >>> 24;
        if (alpha == 0) {
          clear++;
        } else {
          drawn++;
          assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
        }
      }
    }
    assertThat(drawn).isGreaterThan(50);
    assertThat(clear).isGreaterThan(300);
  }

  @Test
  void colorIconIsOpaque() throws IOException {
    BufferedImage color = ImageIO.read(new ByteArrayInputStream(TeamsAppIcons.color()));
    assertThat(color.getColorModel().hasAlpha()).isFalse();
    assertThat(color.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x2E6B5E);
    assertThat(color.getRGB(96, 96) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  @Test
  void manifestIsValidAgainstTheSchema() throws IOException {
    JsonNode manifest = manifestInZip();

    assertThat(validate(manifest)).isEmpty();
  }

  @Test
  void manifestDeclaresTheBotInTeamPersonalAndGroupChat() throws IOException {
    JsonNode manifest = manifestInZip();

    assertThat(manifest.path("$schema").asText())
        .isEqualTo(
            "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json");
    assertThat(manifest.path("id").asText()).isEqualTo(APP_ID);
    JsonNode bot = manifest.path("bots").get(0);
    assertThat(bot.path("botId").asText()).isEqualTo(APP_ID);
    assertThat(bot.path("scopes").toString()).isEqualTo("[\"team\",\"personal\",\"groupChat\"]");
    assertThat(bot.path("commandLists").get(0).path("commands").toString())
        .contains("\"schedule add\"", "\"community create\"", "\"report\"");
    assertThat(bot.path("commandLists").get(1).path("scopes").toString())
        .isEqualTo("[\"personal\"]");
    assertThat(manifest.path("authorization").toString()).contains("ChannelMessage.Read.Group");
  }

  @Test
  void schemaCatchesWhatTeamsWouldReject() throws IOException {
    ObjectNode missingDeveloper = (ObjectNode) manifestInZip();
    missingDeveloper.remove("developer");
    ObjectNode badId = (ObjectNode) manifestInZip();
    badId.put("id", "not-a-guid");
    ObjectNode longName = (ObjectNode) manifestInZip();
    ((ObjectNode) longName.get("name")).put("short", "Rituals for communities of practice");
    ObjectNode tooManyCommands = (ObjectNode) manifestInZip();
    ArrayNode commands =
        (ArrayNode) tooManyCommands.path("bots").get(0).path("commandLists").get(0).get("commands");
    for (int i = 0; i < 5; i++) {
      commands.addObject().put("title", "extra " + i).put("description", "one too many");
    }
    ObjectNode wrongScope = (ObjectNode) manifestInZip();
    ((ArrayNode) wrongScope.path("bots").get(0).get("scopes")).add("groupchat");

    assertThat(validate(missingDeveloper)).anyMatch(m -> m.getMessage().contains("developer"));
    assertThat(validate(badId)).anyMatch(m -> m.getMessage().contains("id"));
    assertThat(validate(longName)).anyMatch(m -> m.getMessage().contains("short"));
    assertThat(validate(tooManyCommands)).anyMatch(m -> m.getMessage().contains("commands"));
    assertThat(validate(wrongScope)).isNotEmpty();
  }

  @Test
  void withThePublicUrlTheDashboardIsATabOfChannelsAndGroupChatsOnThatDomain() throws IOException {
    JsonNode manifest = manifestInZip(Optional.of(URI.create("https://rituals.example.org/")));

    assertThat(validate(manifest)).isEmpty();
    assertThat(manifest.path("validDomains").toString()).isEqualTo("[\"rituals.example.org\"]");
    JsonNode tabs = manifest.path("configurableTabs");
    assertThat(tabs).hasSize(1);
    JsonNode tab = tabs.get(0);
    assertThat(tab.path("configurationUrl").asText())
        .isEqualTo("https://rituals.example.org/teams/tab/config");
    assertThat(tab.path("canUpdateConfiguration").asBoolean()).isTrue();
    assertThat(tab.path("scopes").toString()).isEqualTo("[\"team\",\"groupChat\"]");
    assertThat(tab.path("context").toString()).isEqualTo("[\"channelTab\",\"privateChatTab\"]");
  }

  @Test
  void aPublicUrlWithAPathAndPortKeepsBothInTheTabAndTheDomain() throws IOException {
    JsonNode manifest = manifestInZip(Optional.of(URI.create("https://host.example:8443/rituals")));

    assertThat(validate(manifest)).isEmpty();
    assertThat(manifest.path("validDomains").get(0).asText()).isEqualTo("host.example:8443");
    assertThat(manifest.path("configurableTabs").get(0).path("configurationUrl").asText())
        .isEqualTo("https://host.example:8443/rituals/teams/tab/config");
  }

  @Test
  void withoutThePublicUrlThereIsNoTabAndNoDomain() throws IOException {
    JsonNode manifest = manifestInZip();

    assertThat(manifest.has("configurableTabs")).isFalse();
    assertThat(manifest.path("validDomains")).isEmpty();
  }

  @Test
  void aPublicUrlTeamsCannotLoadATabFromIsRefused() {
    for (String url :
        java.util.List.of(
            "http://rituals.example.org", "https:///nohost", "https://h.example/?a=1", "file:/x")) {
      assertThatThrownBy(
              () ->
                  new TeamsAppPackage(
                      APP_ID,
                      "1.0.0",
                      TeamsAppPackage.Developer.PLACEHOLDER,
                      Optional.of(URI.create(url))))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--public-url must be the app's https address");
    }
  }

  @Test
  void schemaCatchesATabTeamsWouldReject() throws IOException {
    ObjectNode httpTab = (ObjectNode) manifestInZip(Optional.of(URI.create("https://r.example")));
    ((ObjectNode) httpTab.path("configurableTabs").get(0))
        .put("configurationUrl", "http://r.example/teams/tab/config");
    ObjectNode personalTab =
        (ObjectNode) manifestInZip(Optional.of(URI.create("https://r.example")));
    ((ArrayNode) personalTab.path("configurableTabs").get(0).get("scopes")).add("personal");
    ObjectNode schemeInDomain =
        (ObjectNode) manifestInZip(Optional.of(URI.create("https://r.example")));
    ((ArrayNode) schemeInDomain.get("validDomains")).add("https://r.example");

    assertThat(validate(httpTab)).anyMatch(m -> m.getMessage().contains("configurationUrl"));
    assertThat(validate(personalTab)).isNotEmpty();
    assertThat(validate(schemeInDomain)).anyMatch(m -> m.getMessage().contains("validDomains"));
  }

  @Test
  void anAppIdThatIsNotAGuidIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> new TeamsAppPackage("my-bot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Microsoft App ID");
  }

  @Test
  void commandTitlesAndDescriptionsFitTeamsLimits() {
    for (Map<String, String> list :
        java.util.List.of(TeamsAppPackage.CHANNEL_COMMANDS, TeamsAppPackage.PERSONAL_COMMANDS)) {
      assertThat(list.size()).isLessThanOrEqualTo(10);
      list.forEach(
          (title, description) -> {
            assertThat(title.length()).isLessThanOrEqualTo(32);
            assertThat(description.length()).isLessThanOrEqualTo(128);
          });
    }
  }

  private JsonNode manifestInZip() throws IOException {
    return manifestInZip(Optional.empty());
  }

  private JsonNode manifestInZip(Optional<URI> publicUrl) throws IOException {
    Path zip = dir.resolve("package-" + System.nanoTime() + ".zip");
    new TeamsAppPackage(APP_ID, "1.0.0", TeamsAppPackage.Developer.PLACEHOLDER, publicUrl)
        .write(zip);
    return JSON.readTree(unzip(zip).get("manifest.json"));
  }

  private static Set<ValidationMessage> validate(JsonNode manifest) throws IOException {
    try (InputStream schema =
        TeamsAppPackageTest.class.getResourceAsStream(
            "/schema/teams-manifest-1.17-subset.schema.json")) {
      JsonSchema validator =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
      return validator.validate(manifest);
    }
  }

  private static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
