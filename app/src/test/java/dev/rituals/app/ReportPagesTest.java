package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.ReplyAttachment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The report pages the app serves on signed, expiring links: downloads and the dashboard. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {
  @TempDir static Path dataDir;
  ReportPagesApp pages;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    pages = new ReportPagesApp(dataDir);
  }

  @AfterAll
  void stop() {
    if (pages != null) {
      pages.close();
    }
  }

  HttpResponse<byte[]> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theCsvDownloadHasOneLinePerMemberAndIsPrivate() throws Exception {
    HttpResponse<byte[]> csv = get(pages.download("csv"));

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.headers().firstValue("content-disposition"))
        .hasValue("attachment; filename=\"participation_2026-03-01_2026-03-31.csv\"");
    assertThat(csv.headers().firstValue("cache-control")).hasValue("private, no-store");
    String body = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(body.split("\r\n")).hasSize(4);
    assertThat(body).contains("Ana,slack,U_ANA,core,4,4,1,0,4,4,");
    assertThat(body).contains("Ben <script>alert('x')</script> & co,slack,U_BEN,core,2,2,1,2,");
    assertThat(body).contains("Cy,slack,U_CY,dormant,0,");
  }

  @Test
  void theChartDownloadIsAPng() throws Exception {
    HttpResponse<byte[]> png = get(pages.download("png"));

    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("content-type")).hasValue("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(image.getWidth()).isEqualTo(800);
  }

  @Test
  void aChangedOrUnsignedLinkIsRefusedWithoutSayingWhy() throws Exception {
    String link = pages.download("csv").toString();

    HttpResponse<byte[]> otherKind = get(URI.create(link.replace("kind=csv", "kind=png")));
    HttpResponse<byte[]> unsigned = get(URI.create(link.substring(0, link.indexOf("&sig="))));
    HttpResponse<byte[]> dashboardWithDownloadSig =
        get(URI.create(link.replace("/reports/download", "/dashboard")));

    for (HttpResponse<byte[]> refused :
        java.util.List.of(otherKind, unsigned, dashboardWithDownloadSig)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8))
          .contains("expired or is not valid");
    }
  }

  @Test
  void theDashboardMayBeFramedByTeamsOnlyAndLeaksNoReferrer() throws Exception {
    HttpResponse<byte[]> page = get(pages.dashboard());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-security-policy").orElseThrow())
        .contains("frame-ancestors 'self' https://teams.microsoft.com")
        .contains("default-src 'none'");
    assertThat(page.headers().firstValue("referrer-policy")).hasValue("no-referrer");
  }

  @Test
  void theExportCommandInTeamsCarriesALinkThatTheAppServes() throws Exception {
    ChannelRef channel = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:reports");
    UserRef moderator = UserRef.of(Platform.TEAMS, "tenant-1", "29:mod");
    CommandReply created = say(moderator, channel, "community create \"Science\" tz Europe/Paris");
    assertThat(created.outcome()).as(created.text()).isEqualTo(CommandReply.Outcome.OK);

    CommandReply export = say(moderator, channel, "report export 2026-03-01..2026-03-31");

    URI link =
        ((ReplyAttachment.File) export.attachment().orElseThrow()).downloadLink().orElseThrow();
    assertThat(link.getPath()).isEqualTo("/reports/download");
    URI here = URI.create(pages.base() + link.getPath() + "?" + link.getRawQuery());
    HttpResponse<byte[]> csv = get(here);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("name,platform,");
  }

  private CommandReply say(UserRef who, ChannelRef channel, String text) {
    return pages
        .app
        .services()
        .commands()
        .handle(new CommandRequest(who, "Mo", Optional.of(channel), text, false, Optional.empty()));
  }
}
