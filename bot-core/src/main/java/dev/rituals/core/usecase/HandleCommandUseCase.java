package dev.rituals.core.usecase;

/**
 * Runs one command from either platform through the one grammar. Never throws for bad input: every
 * problem comes back as a reply for the person who typed it.
 */
public interface HandleCommandUseCase {
  CommandReply handle(CommandRequest request);
}
