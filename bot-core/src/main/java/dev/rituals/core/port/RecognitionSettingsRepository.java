package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.MemberPreferences;
import dev.rituals.core.recognition.RecognitionSettings;

/** Per-community recognition settings and per-member recognition preferences. */
public interface RecognitionSettingsRepository {
  /** The community's settings, or {@link RecognitionSettings#DEFAULT} when never set. */
  RecognitionSettings settings(CommunityId community);

  void saveSettings(CommunityId community, RecognitionSettings settings);

  /** The member's preferences, or {@link MemberPreferences#DEFAULT} when never set. */
  MemberPreferences preferences(CommunityId community, UserRef member);

  void savePreferences(CommunityId community, UserRef member, MemberPreferences preferences);

  void deletePreferences(CommunityId community, UserRef member);
}
