package dev.rituals.core.recognition;

import dev.rituals.core.model.Member;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import java.util.List;
import java.util.UUID;

/**
 * Erases a person on request ("forget me"), in every community they belong to, in one transaction:
 * their answers are deleted or kept anonymously as each community's policy says; their membership,
 * badges, preferences, hostings and meetings go; then their profile and platform traces.
 */
public final class ForgetService {
  /** Anonymised answers are credited to an id with this prefix, never reused. */
  public static final String FORMER_MEMBER_PREFIX = "former-member-";

  private final Ports ports;
  private final RecognitionPorts recognition;

  public ForgetService(Ports ports, RecognitionPorts recognition) {
    this.ports = ports;
    this.recognition = recognition;
  }

  /** What forgetting did, for the reply. */
  public record Result(int communities, int answersDeleted, int answersAnonymised) {}

  public Result forget(UserRef person) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              List<Member> memberships = ports.members().findByUser(person);
              int deleted = 0;
              int anonymised = 0;
              for (Member m : memberships) {
                var policy = recognition.settings().settings(m.communityId()).retention();
                if (policy.mode() == RetentionPolicy.Mode.DELETE) {
                  deleted += recognition.eraser().deleteAnswers(m.communityId(), person);
                } else {
                  UserRef anonymous =
                      new UserRef(person.tenant(), FORMER_MEMBER_PREFIX + UUID.randomUUID());
                  anonymised +=
                      recognition.eraser().anonymiseAnswers(m.communityId(), person, anonymous);
                }
                recognition.badges().deleteByMember(m.communityId(), person);
                recognition.settings().deletePreferences(m.communityId(), person);
                recognition.activity().deleteByMember(m.communityId(), person);
                ports.members().remove(m.communityId(), person);
              }
              recognition.eraser().erasePerson(person);
              return new Result(memberships.size(), deleted, anonymised);
            });
  }
}
