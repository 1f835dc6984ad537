package dev.rituals.core.port;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.Hosting;
import dev.rituals.core.recognition.MentoringMeeting;
import java.util.List;

/**
 * What a member did in a community, as evidence for badges and PD hours. Hostings and mentoring
 * meetings are recorded here by the engine (rotating hosts) and the pairing follow-up.
 */
public interface ActivityLog {
  /** The member's answers that still count (not retracted), oldest first. */
  List<Answer> answersBy(CommunityId community, UserRef author);

  /** Records a hosting; recording the same occurrence again keeps the first host. */
  void recordHosting(Hosting hosting);

  List<Hosting> hostingsBy(CommunityId community, UserRef host);

  /** Records a held meeting; the same (meetingRef, member) counts once. */
  void recordMeeting(MentoringMeeting meeting);

  List<MentoringMeeting> meetingsOf(CommunityId community, UserRef member);

  /** Forgets the member's hostings and meetings in the community. */
  void deleteByMember(CommunityId community, UserRef member);
}
