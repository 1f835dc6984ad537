package dev.rituals.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP adapter on a {@link SimpleCredentialProvider} (empty id and password: anonymous
 * local mode). With {@code MicrosoftAppTenantId} set, the bot's own tokens come from that tenant,
 * as a single-tenant Azure Bot registration needs; the SDK alone always asks botframework.com.
 */
final class TeamsAdapter extends BotFrameworkHttpAdapter {
  private final SimpleCredentialProvider credentials;
  private final Optional<String> appTenantId;

  TeamsAdapter(TeamsSettings settings) {
    this(new SimpleCredentialProvider(settings.appId(), settings.appPassword()), settings);
  }

  private TeamsAdapter(SimpleCredentialProvider credentials, TeamsSettings settings) {
    super(credentials, null);
    this.credentials = credentials;
    this.appTenantId = settings.appTenantId();
    setOnTurnError(new TurnErrors());
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    if (appTenantId.isEmpty()) {
      return super.buildAppCredentials(appId, scope);
    }
    return credentials
        .getAppPassword(appId)
        .thenApply(
            password -> new MicrosoftAppCredentials(appId, password, appTenantId.get(), scope));
  }
}
