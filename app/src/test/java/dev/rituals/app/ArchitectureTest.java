package dev.rituals.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: app -> {slack-adapter, teams-adapter, db} -> bot-core. */
class ArchitectureTest {
  static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    // Main classes of every module; test classes and the modules' test-jars are left out.
    ImportOption noTestJars = location -> !location.contains("-tests.jar");
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(noTestJars)
            .importPackages("dev.rituals");
  }

  @Test
  void everyModuleIsImported() {
    org.assertj.core.api.Assertions.assertThat(production.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("dev.rituals.core"))
        .anyMatch(p -> p.startsWith("dev.rituals.db"))
        .anyMatch(p -> p.startsWith("dev.rituals.app"));
  }

  @Test
  void coreUsesNoPlatformSdkNoSqlNoMigrations() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.rituals.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "com.slack..",
                "com.microsoft.bot..",
                "org.jooq..",
                "org.flywaydb..",
                "java.sql..",
                "javax.sql..",
                "org.eclipse.jetty..",
                "dev.rituals.db..",
                "dev.rituals.slack..",
                "dev.rituals.teams..",
                "dev.rituals.app..");
    rule.check(production);
  }

  @Test
  void platformAdaptersDoNotDependOnEachOtherOrOnDb() {
    noClasses()
        .that()
        .resideInAPackage("dev.rituals.slack..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.rituals.teams..", "com.microsoft.bot..", "dev.rituals.db..", "dev.rituals.app..")
        .check(production);
    noClasses()
        .that()
        .resideInAPackage("dev.rituals.teams..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.rituals.slack..", "com.slack..", "dev.rituals.db..", "dev.rituals.app..")
        .check(production);
  }

  @Test
  void dbDoesNotDependOnAdaptersOrApp() {
    noClasses()
        .that()
        .resideInAPackage("dev.rituals.db..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.rituals.slack..",
            "dev.rituals.teams..",
            "dev.rituals.app..",
            "com.slack..",
            "com.microsoft.bot..")
        .check(production);
  }
}
