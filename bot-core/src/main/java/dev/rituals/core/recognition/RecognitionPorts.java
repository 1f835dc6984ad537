package dev.rituals.core.recognition;

import dev.rituals.core.port.ActivityLog;
import dev.rituals.core.port.BadgeRepository;
import dev.rituals.core.port.MemberDataEraser;
import dev.rituals.core.port.RecognitionSettingsRepository;
import java.util.Objects;

/**
 * The persistence ports of recognition and privacy, bundled like {@code Ports}; the db module
 * builds one from its repositories, tests from the in-memory fakes. Kept apart from {@code Ports}
 * so wiring that does not use recognition is untouched.
 */
public record RecognitionPorts(
    BadgeRepository badges,
    RecognitionSettingsRepository settings,
    ActivityLog activity,
    MemberDataEraser eraser) {
  public RecognitionPorts {
    Objects.requireNonNull(badges, "badges");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(eraser, "eraser");
  }
}
