package dev.rituals.core.command;

import java.util.Objects;

/**
 * {@code admins}, {@code admin add @person}, {@code admin remove @person}: the people who may
 * change every community of a workspace or tenant. Slack keeps its own list (workspace admins and
 * owners); the Teams adapter keeps one per tenant. The person is whatever text followed the
 * subcommand: a Slack mention, or nothing in Teams, where the mention arrives beside the text.
 */
public sealed interface AdminCommand extends Command {
  record ListAdmins() implements AdminCommand {}

  record Add(String person) implements AdminCommand {
    public Add {
      Objects.requireNonNull(person, "person");
    }
  }

  record Remove(String person) implements AdminCommand {
    public Remove {
      Objects.requireNonNull(person, "person");
    }
  }
}
