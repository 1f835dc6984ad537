package dev.rituals.core.pairing;

import static dev.rituals.core.model.PairingRole.MENTEE;
import static dev.rituals.core.model.PairingRole.MENTOR;
import static dev.rituals.core.model.PairingRole.PEER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.UserRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorRoundTest {
  private final PairingEngine engine = new PairingEngine();

  @Test
  void randomCommunitiesRespectCapacityRolesAndHardConstraints() {
    for (long seed = 0; seed < 150; seed++) {
      Random r = new Random(seed);
      List<PairingCandidate> people = People.random(r, r.nextInt(60));
      PairingRequest request =
          new PairingRequest(
              people,
              People.randomHistory(r, people, r.nextInt(200)),
              PairingSettings.defaults(),
              People.DAY);
      PairingRound round = engine.mentorRound(request);
      String context = "seed " + seed;
      new RoundChecks(request, round, context).noHardConstraintBroken();
      Map<UserRef, PairingCandidate> byUser = new HashMap<>();
      people.forEach(p -> byUser.put(p.user(), p));
      Map<UserRef, Integer> load = new HashMap<>();
      Set<UserRef> mentored = new HashSet<>();
      for (PairingGroup g : round.groups()) {
        assertThat(g.members()).as(context).hasSize(2);
        UserRef mentor = g.mentor().orElseThrow();
        UserRef mentee = g.users().get(1);
        assertThat(g.users().get(0)).as(context).isEqualTo(mentor);
        assertThat(byUser.get(mentor).profile().roles()).as(context).contains(MENTOR);
        assertThat(byUser.get(mentee).profile().roles()).as(context).contains(MENTEE);
        assertThat(mentored.add(mentee)).as("%s: %s has two mentors", context, mentee).isTrue();
        load.merge(mentor, 1, Integer::sum);
      }
      load.forEach(
          (mentor, count) ->
              assertThat(count)
                  .as("%s: capacity of %s", context, mentor)
                  .isLessThanOrEqualTo(byUser.get(mentor).profile().mentoringCapacity()));
      assertThat(mentored)
          .as("%s: nobody both mentors and is mentored", context)
          .noneMatch(load::containsKey);
      Set<UserRef> accounted = new HashSet<>(load.keySet());
      accounted.addAll(mentored);
      for (LeftOut l : round.leftOut()) {
        assertThat(accounted.add(l.user()))
            .as("%s: %s placed and left out", context, l.user())
            .isTrue();
      }
      assertThat(accounted).as(context).isEqualTo(byUser.keySet());
    }
  }

  @Test
  void whenAllMentorsAreAtCapacityTheRestOfTheMenteesAreToldSo() {
    List<PairingCandidate> people =
        List.of(
            mentor("ann", 1),
            mentor("bob", 1),
            mentee("c1"),
            mentee("c2"),
            mentee("c3"),
            mentee("c4"),
            mentee("c5"));
    PairingRound round = engine.mentorRound(request(people));
    assertThat(round.groups()).hasSize(2);
    assertThat(round.leftOut())
        .hasSize(3)
        .allSatisfy(
            l -> {
              assertThat(l.reason()).isEqualTo(LeftOutReason.NO_MENTOR_WITH_ROOM);
              assertThat(l.explanation()).isEqualTo("every mentor they could meet is at capacity");
            });
  }

  @Test
  void mentorWithCapacityZeroIsLeftOutAndAMenteeTheyCannotMeetToo() {
    PairingCandidate zero = mentor("zed", 0);
    PairingCandidate ann = mentor("ann", 2);
    PairingCandidate blocked =
        People.builder("bo").roles(MENTEE).doNotPairWith("ann").candidate("Bo");
    PairingRound round = engine.mentorRound(request(List.of(zero, ann, blocked, mentee("cy"))));
    assertThat(round.groups())
        .singleElement()
        .satisfies(
            g -> assertThat(g.users()).extracting(UserRef::userId).containsExactly("ann", "cy"));
    assertThat(round.leftOut())
        .extracting(l -> l.user().userId() + ":" + l.reason())
        .containsExactlyInAnyOrder("zed:NO_CAPACITY", "bo:NO_ALLOWED_PARTNER");
  }

  @Test
  void aMentorNobodyNeedsIsLeftOutAndPeersAreNotInThisRound() {
    PairingRound round =
        engine.mentorRound(
            request(
                List.of(
                    mentor("ann", 2),
                    mentor("bob", 2),
                    mentee("cy"),
                    People.builder("pat").roles(PEER).candidate("Pat"))));
    assertThat(round.groups()).hasSize(1);
    assertThat(round.leftOut())
        .extracting(l -> l.reason())
        .containsExactlyInAnyOrder(LeftOutReason.NO_ALLOWED_PARTNER, LeftOutReason.NOT_IN_ROLE);
  }

  @Test
  void theMentorNearestTheIdealExperienceGapIsChosenAndTheReasonSaysWhy() {
    PairingCandidate veteran =
        People.builder("vet").roles(MENTOR).capacity(1).years(30).candidate("Vet");
    PairingCandidate ideal =
        People.builder("ida")
            .roles(MENTOR)
            .capacity(1)
            .years(7)
            .subjects("science")
            .grades("7th-grade")
            .school("North")
            .candidate("Ida");
    PairingCandidate novice =
        People.builder("nov")
            .roles(MENTEE)
            .years(2)
            .subjects("science")
            .grades("7th-grade")
            .school("South")
            .candidate("Nov");
    PairingRound round = engine.mentorRound(request(List.of(veteran, ideal, novice)));
    assertThat(round.groups())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.mentor()).contains(People.user("ida"));
              assertThat(g.reason())
                  .isEqualTo(
                      "7 and 2 years in teaching; both teach 7th-grade science; different schools");
              // 3 (subject) + 2 (grade) + 2 (cross-school) + 3 × 1.0 (gap 5 = ideal)
              assertThat(g.score()).isEqualTo(10.0);
            });
  }

  @Test
  void someoneWhoIsBothMentorAndMenteeMentorsWhenTheyHaveCapacity() {
    PairingCandidate both =
        People.builder("both").roles(MENTOR, MENTEE).capacity(1).years(10).candidate("B");
    PairingRound round = engine.mentorRound(request(List.of(both, mentee("cy"))));
    assertThat(round.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.mentor()).contains(both.user()));
  }

  private static PairingCandidate mentor(String id, int capacity) {
    return People.builder(id).roles(MENTOR).capacity(capacity).years(15).candidate(id);
  }

  private static PairingCandidate mentee(String id) {
    return People.builder(id).roles(PairingRole.MENTEE).years(1).candidate(id);
  }

  private static PairingRequest request(List<PairingCandidate> people) {
    return new PairingRequest(people, List.of(), PairingSettings.defaults(), People.DAY);
  }
}
