package dev.rituals.core.testing;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ActivityLog;
import dev.rituals.core.port.BadgeRepository;
import dev.rituals.core.port.MemberDataEraser;
import dev.rituals.core.port.RecognitionSettingsRepository;
import dev.rituals.core.recognition.Badge;
import dev.rituals.core.recognition.BadgeService;
import dev.rituals.core.recognition.ForgetService;
import dev.rituals.core.recognition.Hosting;
import dev.rituals.core.recognition.MemberPreferences;
import dev.rituals.core.recognition.MentoringMeeting;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.service.Ports;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Recognition ports in memory, sharing the answers, profiles and outbox of an in-memory Ports. */
public final class InMemoryRecognition {
  private InMemoryRecognition() {}

  /**
   * @param ports from {@link InMemoryPorts#create()}
   */
  public static RecognitionPorts create(Ports ports) {
    InMemoryAnswers answers = (InMemoryAnswers) ports.answers();
    return new RecognitionPorts(
        new Badges(),
        new Settings(),
        new Activity(answers),
        new Eraser(
            answers,
            (InMemoryPorts.Profiles) ports.profiles(),
            (InMemoryOutbox) ports.outbox(),
            (InMemoryPairings) ports.pairings()));
  }

  private record MemberKey(CommunityId community, UserRef user) {}

  static final class Badges implements BadgeRepository {
    private final List<Badge> rows = new CopyOnWriteArrayList<>();

    @Override
    public synchronized boolean awardIfAbsent(Badge badge) {
      boolean held =
          rows.stream()
              .anyMatch(
                  b ->
                      b.communityId().equals(badge.communityId())
                          && b.member().equals(badge.member())
                          && b.kind() == badge.kind());
      return !held && rows.add(badge);
    }

    @Override
    public List<Badge> findByMember(CommunityId community, UserRef member) {
      return rows.stream()
          .filter(b -> b.communityId().equals(community) && b.member().equals(member))
          .sorted(Comparator.comparing(Badge::awardedAt))
          .toList();
    }

    @Override
    public synchronized int deleteByMember(CommunityId community, UserRef member) {
      List<Badge> gone = findByMember(community, member);
      rows.removeAll(gone);
      return gone.size();
    }
  }

  static final class Settings implements RecognitionSettingsRepository {
    private final Map<CommunityId, RecognitionSettings> communities = new ConcurrentHashMap<>();
    private final Map<MemberKey, MemberPreferences> members = new ConcurrentHashMap<>();

    @Override
    public RecognitionSettings settings(CommunityId community) {
      return communities.getOrDefault(community, RecognitionSettings.DEFAULT);
    }

    @Override
    public void saveSettings(CommunityId community, RecognitionSettings settings) {
      communities.put(community, settings);
    }

    @Override
    public MemberPreferences preferences(CommunityId community, UserRef member) {
      return members.getOrDefault(new MemberKey(community, member), MemberPreferences.DEFAULT);
    }

    @Override
    public void savePreferences(CommunityId community, UserRef member, MemberPreferences p) {
      members.put(new MemberKey(community, member), p);
    }

    @Override
    public void deletePreferences(CommunityId community, UserRef member) {
      members.remove(new MemberKey(community, member));
    }
  }

  static final class Activity implements ActivityLog {
    private final InMemoryAnswers answers;
    private final List<Hosting> hostings = new CopyOnWriteArrayList<>();
    private final List<MentoringMeeting> meetings = new CopyOnWriteArrayList<>();

    Activity(InMemoryAnswers answers) {
      this.answers = answers;
    }

    @Override
    public List<Answer> answersBy(CommunityId community, UserRef author) {
      return answers.all().stream()
          .filter(a -> a.communityId().equals(community) && a.author().equals(author))
          .filter(a -> !a.retracted())
          .sorted(Comparator.comparing(Answer::answeredAt))
          .toList();
    }

    @Override
    public synchronized void recordHosting(Hosting hosting) {
      if (hostings.stream().noneMatch(h -> h.occurrenceId().equals(hosting.occurrenceId()))) {
        hostings.add(hosting);
      }
    }

    @Override
    public List<Hosting> hostingsBy(CommunityId community, UserRef host) {
      return hostings.stream()
          .filter(h -> h.communityId().equals(community) && h.host().equals(host))
          .toList();
    }

    @Override
    public synchronized void recordMeeting(MentoringMeeting meeting) {
      if (meetings.stream()
          .noneMatch(
              m ->
                  m.meetingRef().equals(meeting.meetingRef())
                      && m.member().equals(meeting.member()))) {
        meetings.add(meeting);
      }
    }

    @Override
    public List<MentoringMeeting> meetingsOf(CommunityId community, UserRef member) {
      return meetings.stream()
          .filter(m -> m.communityId().equals(community) && m.member().equals(member))
          .toList();
    }

    @Override
    public void deleteByMember(CommunityId community, UserRef member) {
      hostings.removeIf(h -> h.communityId().equals(community) && h.host().equals(member));
      meetings.removeIf(m -> m.communityId().equals(community) && m.member().equals(member));
    }
  }

  static final class Eraser implements MemberDataEraser {
    private final InMemoryAnswers answers;
    private final InMemoryPorts.Profiles profiles;
    private final InMemoryOutbox outbox;
    private final InMemoryPairings pairings;

    Eraser(
        InMemoryAnswers answers,
        InMemoryPorts.Profiles profiles,
        InMemoryOutbox outbox,
        InMemoryPairings pairings) {
      this.answers = answers;
      this.profiles = profiles;
      this.outbox = outbox;
      this.pairings = pairings;
    }

    @Override
    public int deleteAnswers(CommunityId community, UserRef author) {
      return answers.deleteWhere(
          a -> a.communityId().equals(community) && a.author().equals(author));
    }

    @Override
    public int anonymiseAnswers(CommunityId community, UserRef author, UserRef anonymous) {
      return answers.replaceWhere(
          a -> a.communityId().equals(community) && a.author().equals(author),
          a ->
              new Answer(
                  a.id(),
                  a.communityId(),
                  a.occurrenceId(),
                  a.promptId(),
                  anonymous,
                  a.text(),
                  a.source(),
                  a.sourceKey(),
                  a.message(),
                  a.answeredAt(),
                  a.editedAt(),
                  a.late(),
                  a.retracted()));
    }

    @Override
    public void erasePerson(UserRef person) {
      profiles.remove(person);
      pairings.anonymise(
          person,
          new UserRef(
              person.tenant(), ForgetService.FORMER_MEMBER_PREFIX + java.util.UUID.randomUUID()));
      answers.deleteRepliesBy(person);
      outbox.removeIf(
          m ->
              m.destination() instanceof Destination.Direct d && d.user().equals(person)
                  || m.destination() instanceof Destination.Private p && p.user().equals(person)
                  || m.body()
                      .field(BadgeService.ABOUT_MEMBER)
                      .equals(Optional.of(BadgeService.aboutMember(person))));
    }

    @Override
    public int deleteAnswersBefore(CommunityId community, Instant cutoff) {
      return answers.deleteWhere(
          a -> a.communityId().equals(community) && a.answeredAt().isBefore(cutoff));
    }
  }
}
