package dev.rituals.app.web;

import dev.rituals.teams.TeamsAppPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /teams/tab/config} (and its {@code config.js}): the page Teams shows when someone adds
 * the dashboard tab. It shows no community data: the moderator pastes a {@code report dashboard}
 * link, {@link TabLinkCheck} checks it, and the script hands Teams the tab link with TeamsJS
 * ({@code pages.config.setConfig}). TeamsJS comes from Microsoft's CDN; the policy allows that one
 * script, ours, and requests back to the app only.
 */
public final class TabConfigPage extends Handler.Abstract {
  /** The config page's address, relative to the app's public URL. */
  public static final String PATH = TeamsAppPackage.TAB_CONFIG_PATH;

  public static final String SCRIPT_PATH = PATH + ".js";

  /** Microsoft's CDN copy of TeamsJS 2 (2.19+ is needed for hosts on *.cloud.microsoft). */
  public static final URI TEAMS_JS =
      URI.create("https://res.cdn.office.net/teams-js/2.34.0/js/MicrosoftTeams.min.js");

  private final URI teamsJs;
  private final String csp;
  private final byte[] script;

  /**
   * @param teamsJs where the page loads TeamsJS from: {@link #TEAMS_JS}, or a stand-in in tests
   */
  public TabConfigPage(URI teamsJs) {
    if (!teamsJs.isAbsolute()
        || teamsJs.getRawQuery() != null
        || teamsJs.toString().contains(";")) {
      throw new IllegalArgumentException("TeamsJS must be loaded from a plain absolute URL");
    }
    this.teamsJs = teamsJs;
    this.csp =
        "default-src 'none'; script-src 'self' "
            + teamsJs
            + "; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'; "
            + Responses.FRAME_ANCESTORS;
    this.script = resource("/web/tab-config.js");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!HttpMethod.GET.is(request.getMethod())) {
      Responses.send(
          response,
          405,
          "text/plain; charset=utf-8",
          "GET only".getBytes(StandardCharsets.UTF_8),
          csp,
          callback);
      return true;
    }
    if (request.getHttpURI().getPath().endsWith(".js")) {
      Responses.send(response, 200, "text/javascript; charset=utf-8", script, csp, callback);
      return true;
    }
    Responses.send(
        response,
        200,
        "text/html; charset=utf-8",
        html().getBytes(StandardCharsets.UTF_8),
        csp,
        callback);
    return true;
  }

  private String html() {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Add the Rituals dashboard</title>"
        + "<style>body{font-family:'Segoe UI',system-ui,sans-serif;margin:20px;line-height:1.5;"
        + "color:#242424}input{width:100%;max-width:40em;padding:6px;margin:4px 0}"
        + "#status.bad{color:#a4262c}#status.good{color:#2e6b5e}</style>"
        + "<script src=\""
        + Html.escape(teamsJs.toString())
        + "\" crossorigin=\"anonymous\"></script>"
        + "<script src=\"config.js\" defer></script></head><body>"
        + "<h1>Add the Rituals dashboard</h1>"
        + "<p>Moderators: in this channel, send <code>@Rituals report dashboard</code>, then paste"
        + " the link Rituals gives you here. Everyone who can see this tab sees the dashboard,"
        + " so add it where only the people who should see it are.</p>"
        + "<form id=\"link-form\"><label for=\"link\">Dashboard link</label><br>"
        + "<input id=\"link\" name=\"link\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\">"
        + "<br><button id=\"check\" type=\"submit\">Check the link</button></form>"
        + "<p id=\"status\" role=\"status\"></p></body></html>";
  }

  private static byte[] resource(String name) {
    try (InputStream in = TabConfigPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the app jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
