package dev.rituals.core.pairing;

/** How many people a peer round puts together. */
public enum GroupSize {
  /** Pairs; with an odd count one group of three, so nobody is left out. */
  PAIRS,
  /** Groups of four, with groups of three where the count does not divide by four. */
  THREES_AND_FOURS
}
