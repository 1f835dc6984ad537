package dev.rituals.core.schedule;

import dev.rituals.core.model.RitualId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Records what jobs call; can be told to fail some calls (after recording them). */
final class Recorder implements OccurrenceFirer, StepRunner {
  record Fire(RitualId ritual, Instant scheduledFor) {}

  record Step(String stepType, String occurrenceId, Instant scheduledFor) {}

  private final List<Fire> fires = new CopyOnWriteArrayList<>();
  private final List<Step> steps = new CopyOnWriteArrayList<>();
  private volatile Predicate<Fire> failing = fire -> false;

  void failWhen(Predicate<Fire> condition) {
    failing = condition;
  }

  @Override
  public void fire(RitualId ritual, Instant scheduledFor) {
    Fire fire = new Fire(ritual, scheduledFor);
    fires.add(fire);
    if (failing.test(fire)) {
      throw new IllegalStateException("firer failed for a member's answer text");
    }
  }

  @Override
  public void run(String stepType, String occurrenceId, Instant scheduledFor) {
    steps.add(new Step(stepType, occurrenceId, scheduledFor));
  }

  List<Fire> fires() {
    return List.copyOf(fires);
  }

  List<Fire> firesOf(RitualId ritual) {
    return fires.stream().filter(fire -> fire.ritual().equals(ritual)).toList();
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }
}
