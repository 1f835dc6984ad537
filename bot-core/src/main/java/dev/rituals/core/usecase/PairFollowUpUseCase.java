package dev.rituals.core.usecase;

import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.UserRef;
import java.util.UUID;

/** The buttons of the pairing follow-ups, as the Slack and Teams adapters receive them. */
public interface PairFollowUpUseCase {
  /** "Did you meet?" answered; returns the sentence to show the person. */
  String answer(UserRef user, UUID pairId, PairResponse response);

  /** "Stay or pause?" answered; pausing opts the person out of rounds (their profile is kept). */
  String stayOrPause(UserRef user, boolean stay);
}
