package dev.rituals.db.quartz;

import dev.rituals.core.model.RitualId;
import dev.rituals.core.schedule.OccurrenceFirer;
import dev.rituals.core.schedule.StepRunner;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the jobs call. */
final class Recorder implements OccurrenceFirer, StepRunner {
  record Fire(RitualId ritual, Instant scheduledFor) {}

  record Step(String stepType, String occurrenceId, Instant scheduledFor) {}

  private final List<Fire> fires = new CopyOnWriteArrayList<>();
  private final List<Step> steps = new CopyOnWriteArrayList<>();

  @Override
  public void fire(RitualId ritual, Instant scheduledFor) {
    fires.add(new Fire(ritual, scheduledFor));
  }

  @Override
  public void run(String stepType, String occurrenceId, Instant scheduledFor) {
    steps.add(new Step(stepType, occurrenceId, scheduledFor));
  }

  List<Fire> fires() {
    return List.copyOf(fires);
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }
}
