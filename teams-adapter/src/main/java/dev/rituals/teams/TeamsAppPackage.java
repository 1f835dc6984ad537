package dev.rituals.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the Teams app package (the zip a Teams admin or the developer portal uploads):
 * manifest.json (schema 1.17), color.png and outline.png. Called by the app's {@code teams-package
 * --app-id <id> --out rituals-teams.zip}. Given the app's public https address, the package also
 * offers the moderators' dashboard as a channel or group-chat tab, whose configuration page the app
 * serves at {@link #TAB_CONFIG_PATH}.
 */
public final class TeamsAppPackage {
  static final String SCHEMA =
      "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";
  static final String MANIFEST_VERSION = "1.17";

  /** Where the app serves the page Teams shows when someone adds the dashboard tab. */
  public static final String TAB_CONFIG_PATH = "/teams/tab/config";

  private static final Pattern GUID =
      Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
  private static final Pattern SEMVER = Pattern.compile("^\\d+\\.\\d+\\.\\d+$");

  /**
   * Who publishes the app; Teams requires all four. The defaults are example.com placeholders, fine
   * for sideloading and the Agents Playground, not for a store listing.
   */
  public record Developer(String name, String websiteUrl, String privacyUrl, String termsOfUseUrl) {
    public static final Developer PLACEHOLDER =
        new Developer(
            "Rituals",
            "https://example.com/rituals",
            "https://example.com/rituals/privacy",
            "https://example.com/rituals/terms");

    public Developer {
      if (name == null || name.isBlank() || name.length() > 32) {
        throw new IllegalArgumentException("developer name must be 1 to 32 characters");
      }
      for (String url : List.of(websiteUrl, privacyUrl, termsOfUseUrl)) {
        if (url == null || !url.startsWith("https://")) {
          throw new IllegalArgumentException("developer URLs must start with https://");
        }
      }
    }
  }

  private final String appId;
  private final String version;
  private final Developer developer;
  private final Optional<URI> publicUrl;

  /**
   * @param appId the bot's Microsoft App ID (MicrosoftAppId), also the app's id
   * @param version the app package version; bump it for Teams to take an update
   */
  public TeamsAppPackage(String appId, String version, Developer developer) {
    this(appId, version, developer, Optional.empty());
  }

  /**
   * @param publicUrl the app's public address (RITUALS_PUBLIC_URL), https with a host and no query;
   *     empty: no dashboard tab (Teams loads tab pages only over https from a valid domain)
   */
  public TeamsAppPackage(
      String appId, String version, Developer developer, Optional<URI> publicUrl) {
    if (appId == null || !GUID.matcher(appId.strip()).matches()) {
      throw new IllegalArgumentException(
          "--app-id must be the bot's Microsoft App ID, a GUID like"
              + " 00000000-0000-0000-0000-000000000000");
    }
    if (version == null || !SEMVER.matcher(version).matches()) {
      throw new IllegalArgumentException("version must look like 1.0.0");
    }
    this.appId = appId.strip();
    this.version = version;
    this.developer = Objects.requireNonNull(developer, "developer");
    this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl").map(TeamsAppPackage::checked);
  }

  private static URI checked(URI url) {
    if (!"https".equalsIgnoreCase(url.getScheme())
        || url.getHost() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null
        || url.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "--public-url must be the app's https address, like https://rituals.example.org");
    }
    return url;
  }

  public TeamsAppPackage(String appId) {
    this(appId, "1.0.0", Developer.PLACEHOLDER);
  }

  /** Writes the zip; a failure leaves no half-written file at {@code out}. */
  public void write(Path out) throws IOException {
    Path target = out.toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".part-" + UUID.randomUUID());
    try {
      try (OutputStream file = Files.newOutputStream(partial);
          ZipOutputStream zip = new ZipOutputStream(file)) {
        entry(zip, "manifest.json", manifestBytes());
        entry(zip, "color.png", TeamsAppIcons.color());
        entry(zip, "outline.png", TeamsAppIcons.outline());
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  byte[] manifestBytes() throws IOException {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsBytes(manifest());
  }

  ObjectNode manifest() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = json.createObjectNode();
    m.put("$schema", SCHEMA);
    m.put("manifestVersion", MANIFEST_VERSION);
    m.put("version", version);
    m.put("id", appId);
    m.putObject("developer")
        .put("name", developer.name())
        .put("websiteUrl", developer.websiteUrl())
        .put("privacyUrl", developer.privacyUrl())
        .put("termsOfUseUrl", developer.termsOfUseUrl());
    m.putObject("name").put("short", "Rituals").put("full", "Rituals for communities of practice");
    m.putObject("description")
        .put("short", "Weekly prompts, live chats and recognition for teachers' communities.")
        .put(
            "full",
            "Rituals keeps a community of practice meeting regularly: it posts scheduled prompts"
                + " in your channel, runs live and slow chats, records everyone's answers and"
                + " shows who took part. Moderators set it up with @Rituals commands or a card;"
                + " members answer in the reply chain or on the card.");
    m.putObject("icons").put("color", "color.png").put("outline", "outline.png");
    m.put("accentColor", "#2E6B5E");
    ObjectNode bot = m.putArray("bots").addObject();
    bot.put("botId", appId);
    bot.putArray("scopes").add("team").add("personal").add("groupChat");
    bot.put("supportsFiles", false);
    bot.put("isNotificationOnly", false);
    ArrayNode lists = bot.putArray("commandLists");
    commandList(lists.addObject(), List.of("team", "groupChat"), CHANNEL_COMMANDS);
    commandList(lists.addObject(), List.of("personal"), PERSONAL_COMMANDS);
    m.putArray("permissions").add("identity").add("messageTeamMembers");
    ArrayNode domains = m.putArray("validDomains");
    publicUrl.ifPresent(
        url -> {
          domains.add(url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort());
          dashboardTab(m.putArray("configurableTabs").addObject(), url);
        });
    // Resource-specific consent: replies in a prompt's reply chain reach the bot without an
    // @mention only with these permissions.
    m.putObject("webApplicationInfo").put("id", appId).put("resource", "https://RscBasedStoreApp");
    ArrayNode rsc =
        m.putObject("authorization").putObject("permissions").putArray("resourceSpecific");
    rsc.addObject().put("name", "ChannelMessage.Read.Group").put("type", "Application");
    rsc.addObject().put("name", "ChatMessage.Read.Chat").put("type", "Application");
    return m;
  }

  /**
   * The dashboard as a tab of a team channel or group chat; moderators can change its link later
   * (e.g. after {@code dashboard tabs reset}) from the tab's Settings.
   */
  private static void dashboardTab(ObjectNode tab, URI publicUrl) {
    String base = publicUrl.toString().replaceAll("/+$", "");
    tab.put("configurationUrl", base + TAB_CONFIG_PATH);
    tab.put("canUpdateConfiguration", true);
    tab.putArray("scopes").add("team").add("groupChat");
    tab.putArray("context").add("channelTab").add("privateChatTab");
  }

  /** What Teams suggests after "@Rituals " in a channel or group chat. */
  static final Map<String, String> CHANNEL_COMMANDS =
      ordered(
          "help", "What Rituals can do, with an example for each command",
          "community create",
              "Start this channel's community: community create \"Grade 5 Science\"",
          "community info", "The community of this channel: moderators, members, channels",
          "schedule add",
              "Add a ritual: alone it opens a form, or schedule add weekly fri 07:00 \"...\"",
          "schedule list", "The community's rituals and when each runs next",
          "questions add", "Add to the question bank: questions add \"...\" tags routines",
          "ask now", "Post a question in the community's channels right away",
          "report", "Who took part: report last-30-days");

  /** What Teams suggests in the personal chat with the bot. */
  static final Map<String, String> PERSONAL_COMMANDS =
      ordered(
          "help", "What Rituals can do, with an example for each command",
          "report", "Participation in your community (when you belong to one)");

  private static void commandList(
      ObjectNode list, List<String> scopes, Map<String, String> commands) {
    ArrayNode scopeArray = list.putArray("scopes");
    scopes.forEach(scopeArray::add);
    ArrayNode array = list.putArray("commands");
    commands.forEach(
        (title, description) ->
            array.addObject().put("title", title).put("description", description));
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
