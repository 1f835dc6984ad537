package dev.rituals.app.simulate;

import dev.rituals.core.model.UserRef;
import java.util.Random;

/**
 * A simulated teacher: how likely they answer a week's question. The mix follows communities of
 * practice as observed: a small core who answer most weeks, an active middle, and a large periphery
 * who mostly read (legitimate peripheral participation).
 */
record SimulatedMember(UserRef user, String name, double answerProbability, String expectedLevel) {
  private static final String[] FIRST = {
    "Ana", "Ben", "Chloé", "Dev", "Emeka", "Fatima", "Gus", "Hana", "Ines", "Jamal", "Kai", "Lena",
    "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vera", "Wen",
        "Yusuf"
  };
  private static final String[] LAST = {
    "Alvarez", "Brooks", "Chen", "Diallo", "Evans", "Fischer", "García", "Haddad", "Ito", "Jones",
    "Kowalski", "Lopez", "Mensah", "Nguyen", "Okafor", "Patel", "Rossi", "Smith", "Tanaka", "Walker"
  };

  static SimulatedMember random(UserRef user, int index, Random random) {
    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    double roll = random.nextDouble();
    if (roll < 0.15) {
      return new SimulatedMember(user, name, 0.75 + 0.2 * random.nextDouble(), "core");
    } else if (roll < 0.45) {
      return new SimulatedMember(user, name, 0.3 + 0.3 * random.nextDouble(), "active");
    }
    return new SimulatedMember(user, name, 0.02 + 0.1 * random.nextDouble(), "peripheral");
  }
}
