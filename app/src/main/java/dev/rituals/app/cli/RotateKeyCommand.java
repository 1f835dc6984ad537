package dev.rituals.app.cli;

import dev.rituals.app.AppConfig;
import dev.rituals.app.ConfigException;
import dev.rituals.app.Databases;
import dev.rituals.core.secret.SecretBox;
import dev.rituals.core.secret.SecretKeyring;
import dev.rituals.db.Database;
import dev.rituals.db.repository.JooqIssuerKeys;
import dev.rituals.slack.install.JooqInstallationService;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Re-seals every stored secret with the current key: run once after setting a new {@code
 * RITUALS_SECRET_KEY} with the old one in {@code RITUALS_SECRET_KEY_PREVIOUS}. Safe to run again,
 * and while the app runs: it works in one transaction and rows already on the new key are left.
 */
@Command(
    name = "rotate-key",
    description =
        "Re-encrypt stored tokens with RITUALS_SECRET_KEY (old key in"
            + " RITUALS_SECRET_KEY_PREVIOUS), then exit.")
public final class RotateKeyCommand implements Callable<Integer> {
  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  public RotateKeyCommand() {
    this(System.getenv(), System.out, System.err);
  }

  RotateKeyCommand(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    AppConfig config;
    try {
      config = AppConfig.from(env);
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (config.secretKeys().isEmpty()) {
      err.println(
          "Set "
              + SecretKeyring.KEY_VARIABLE
              + " to the new key and "
              + SecretKeyring.PREVIOUS_VARIABLE
              + " to the old one (openssl rand -base64 32 makes a key).");
      return 2;
    }
    SecretKeyring keys = config.secretKeys().get();
    try (Database database = Databases.open(config)) {
      SecretBox box = new SecretBox(keys);
      // Each table in its own transaction; both are safe to re-run, rows already done are left.
      int issuerKeys = new JooqIssuerKeys(database.dsl(), box, Clock.systemUTC()).resealAll();
      int changed = new JooqInstallationService(database.dsl(), Clock.systemUTC(), box).resealAll();
      out.println(
          "Re-encrypted the tokens of "
              + changed
              + (changed == 1 ? " Slack installation" : " Slack installations")
              + " and "
              + issuerKeys
              + (issuerKeys == 1 ? " credential signing key" : " credential signing keys")
              + " with key "
              + keys.currentId()
              + ". Every stored token now uses it: "
              + SecretKeyring.PREVIOUS_VARIABLE
              + " can be removed.");
      return 0;
    } catch (SecretBox.SecretException e) {
      err.println(
          "Nothing was changed in the table holding that secret (safe to run again once fixed): "
              + e.getMessage());
      return 1;
    }
  }
}
