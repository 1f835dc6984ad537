package dev.rituals.core.service;

import dev.rituals.core.testing.FirstSliceContract;
import dev.rituals.core.testing.InMemoryPorts;

class FirstSliceTest extends FirstSliceContract {
  @Override
  protected Ports emptyPorts() {
    return InMemoryPorts.create();
  }
}
