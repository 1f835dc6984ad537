package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * People who meet this round.
 *
 * @param members two to four people; in a mentoring round the mentor first, then the mentee
 * @param mentor the mentor, in mentoring rounds
 * @param score the sum of the stated weight over every pair inside the group
 * @param reason one line for the intro and the preview, e.g. "both teach 7th-grade science;
 *     different schools"
 * @param joinedSoNobodyIsLeftOut the person added to a full group because the count did not divide,
 *     so the intro can tell them
 */
public record PairingGroup(
    List<GroupMember> members,
    Optional<UserRef> mentor,
    double score,
    String reason,
    Optional<UserRef> joinedSoNobodyIsLeftOut) {
  public PairingGroup {
    members = List.copyOf(members);
    if (members.size() < 2) {
      throw new IllegalArgumentException("a group needs at least two members");
    }
    Objects.requireNonNull(mentor, "mentor");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(joinedSoNobodyIsLeftOut, "joinedSoNobodyIsLeftOut");
  }

  public List<UserRef> users() {
    return members.stream().map(GroupMember::user).toList();
  }
}
