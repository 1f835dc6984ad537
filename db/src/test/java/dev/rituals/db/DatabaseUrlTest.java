package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void herokuStyleUrlBecomesJdbcUrlWithSeparateCredentials() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://rituals:s3cret@db.example.org:6543/prod");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/prod");
    assertThat(url.user()).contains("rituals");
    assertThat(url.password()).contains("s3cret");
    assertThat(url.vendor()).isEqualTo(Vendor.POSTGRESQL);
  }

  @Test
  void herokuStyleUrlKeepsQueryAndDecodesPercentEncodedCredentials() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgresql://us%40er:p%3Aa%2Fss+word@localhost/rituals?sslmode=require");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/rituals?sslmode=require");
    assertThat(url.user()).contains("us@er");
    assertThat(url.password()).contains("p:a/ss+word");
  }

  @Test
  void herokuStyleUrlWithoutCredentialsLeavesThemEmpty() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://localhost:5432/rituals");

    assertThat(url.user()).isEmpty();
    assertThat(url.password()).isEmpty();
  }

  @Test
  void jdbcUrlsPassThroughUnchanged() {
    String pg = "jdbc:postgresql://localhost:5432/rituals?user=a&password=b";
    String h2 = "jdbc:h2:file:./data/rituals;MODE=PostgreSQL";

    assertThat(DatabaseUrl.parse(pg).jdbcUrl()).isEqualTo(pg);
    assertThat(DatabaseUrl.parse(h2).jdbcUrl()).isEqualTo(h2);
    assertThat(DatabaseUrl.parse(h2).vendor()).isEqualTo(Vendor.H2);
  }

  @Test
  void unsupportedSchemeIsRejectedWithoutEchoingThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:topsecret@localhost/rituals"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("DATABASE_URL must look like postgres://")
        .hasMessageNotContaining("topsecret");
  }

  @Test
  void malformedUrlIsRejectedWithoutEchoingThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:top secret@host/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid postgres:// URL")
        .hasMessageNotContaining("top secret");
  }

  @Test
  void urlWithoutDatabaseNameIsRejected() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:pw@host:5432"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DATABASE_URL has no database name after the host");
  }

  @Test
  void emptyUrlIsRejected() {
    assertThatThrownBy(() -> DatabaseUrl.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DATABASE_URL is empty");
  }

  @Test
  void toStringHidesPasswords() {
    DatabaseUrl heroku = DatabaseUrl.parse("postgres://rituals:s3cret@host/db");
    DatabaseUrl jdbc =
        new DatabaseUrl(
            "jdbc:postgresql://host/db?user=u&password=hunter2&ssl=true",
            Optional.empty(),
            Optional.empty());

    assertThat(heroku.toString()).doesNotContain("s3cret").contains("user=rituals");
    assertThat(jdbc.toString()).doesNotContain("hunter2").contains("ssl=true");
  }
}
