package dev.rituals.core.model;

/** A chat platform the bot lives on. */
public enum Platform {
  SLACK,
  TEAMS
}
