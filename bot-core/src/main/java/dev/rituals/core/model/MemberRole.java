package dev.rituals.core.model;

/** What a person may do in a community. */
public enum MemberRole {
  MODERATOR,
  MEMBER;

  public boolean canConfigure() {
    return this == MODERATOR;
  }
}
