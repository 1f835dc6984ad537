package dev.rituals.app.metrics;

import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

/** Counts Quartz misfires: triggers whose time passed while no scheduler thread could fire them. */
public final class MisfireCounter extends TriggerListenerSupport {
  private final AppMetrics metrics;

  public MisfireCounter(AppMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public String getName() {
    return "rituals-misfire-counter";
  }

  @Override
  public void triggerMisfired(Trigger trigger) {
    metrics.misfire();
  }
}
