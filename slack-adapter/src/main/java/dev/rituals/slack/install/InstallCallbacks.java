package dev.rituals.slack.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2SuccessPersistenceCallback;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2SuccessPersistenceErrorCallback;
import dev.rituals.core.model.Installation;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.slack.Tenants;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after Bolt stored a new OAuth installation: core learns about it (so the outbox
 * sends to it again after a re-install), and the installer sees Bolt's success page.
 */
public final class InstallCallbacks {
  private static final Logger log = LoggerFactory.getLogger(InstallCallbacks.class);

  private final MembershipUseCase membership;
  private final Clock clock;

  public InstallCallbacks(MembershipUseCase membership, Clock clock) {
    this.membership = membership;
    this.clock = clock;
  }

  public OAuthV2SuccessPersistenceCallback stored() {
    return args -> {
      Installer installer = args.getInstaller();
      String key =
          installer.getTeamId() != null ? installer.getTeamId() : installer.getEnterpriseId();
      String name = installer instanceof DefaultInstaller d ? d.getTeamName() : null;
      membership.installed(
          new Installation(
              Tenants.tenant(key), name, installer.getBotUserId(), clock.instant(), true));
      log.info("Slack app installed in {}", key);
      Response response = args.getResponse();
      response.setStatusCode(200);
      response.setContentType("text/html; charset=utf-8");
      response.setBody(args.getPageRenderer().renderSuccessPage(installer, null));
    };
  }

  /** Never shows the exception's message to the installer; the log has it. */
  public OAuthV2SuccessPersistenceErrorCallback failed() {
    return args -> {
      log.warn("storing a Slack installation failed", args.getError());
      Response response = args.getResponse();
      response.setStatusCode(500);
      response.setContentType("text/html; charset=utf-8");
      response.setBody(
          args.getPageRenderer()
              .renderFailurePage(args.getAppConfig().getOauthInstallRequestURI(), "storage_error"));
    };
  }
}
