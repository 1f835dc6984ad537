package dev.rituals.core.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything Rituals holds about a person, as JSON ("my data"): identity, profile, and per
 * community their membership, answers, badges, preferences, pairing groups and PD-hours ledger.
 */
public final class MemberDataExport {
  private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

  private final Ports ports;
  private final RecognitionPorts recognition;
  private final PdLedger ledger;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public MemberDataExport(Ports ports, RecognitionPorts recognition, Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.ledger = new PdLedger(ports, recognition, clock);
    this.clock = clock;
  }

  public String toJson(UserRef person) {
    ObjectNode root = json.createObjectNode();
    root.put("exportedAt", clock.instant().toString());
    ObjectNode who = root.putObject("person");
    who.put("platform", person.platform().name());
    who.put("tenant", person.tenant().tenantId());
    who.put("userId", person.userId());
    ports
        .profiles()
        .find(person)
        .ifPresentOrElse(p -> profile(root.putObject("profile"), p), () -> root.putNull("profile"));
    ArrayNode memberships = root.putArray("memberships");
    for (Member m : ports.members().findByUser(person)) {
      ports
          .communities()
          .findById(m.communityId())
          .ifPresent(c -> membership(memberships.addObject(), c, m));
    }
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private void membership(ObjectNode node, Community c, Member m) {
    node.put("communityId", c.id().toString());
    node.put("community", c.name());
    node.put("displayName", m.displayName());
    node.put("role", m.role().name());
    node.put("joinedAt", m.joinedAt().toString());
    node.put("nudgesEnabled", m.nudgesEnabled());
    MemberPreferences prefs = recognition.settings().preferences(c.id(), m.user());
    node.put("announceBadges", prefs.announceBadges());
    node.put("lastInvitedAt", prefs.lastInvitedAt().map(Object::toString).orElse(null));
    ArrayNode answers = node.putArray("answers");
    for (Answer a : recognition.activity().answersBy(c.id(), m.user())) {
      ObjectNode an = answers.addObject();
      an.put("id", a.id().toString());
      an.put("occurrenceId", a.occurrenceId().toString());
      an.put("promptId", a.promptId().toString());
      an.put("text", a.text());
      an.put("answeredAt", a.answeredAt().toString());
      an.put("editedAt", a.editedAt().map(Object::toString).orElse(null));
      an.put("source", a.source().name());
      an.put("late", a.late());
    }
    ArrayNode badges = node.putArray("badges");
    for (Badge b : recognition.badges().findByMember(c.id(), m.user())) {
      ObjectNode bn = badges.addObject();
      bn.put("kind", b.kind().name());
      bn.put("title", b.kind().title());
      bn.put("awardedAt", b.awardedAt().toString());
      bn.put("evidence", b.evidence());
    }
    ArrayNode pairings = node.putArray("pairings");
    for (PairRecord p : ports.pairings().history(c.id())) {
      int seat = p.members().indexOf(m.user());
      if (seat < 0) {
        continue;
      }
      ObjectNode pn = pairings.addObject();
      pn.put("kind", p.kind());
      pn.put("roundDate", p.roundDate().toString());
      List<String> others = new ArrayList<>(p.names());
      others.remove(seat);
      strings(pn.putArray("pairedWith"), others);
      pn.put("reason", p.reason());
      pn.put(
          "response",
          Optional.ofNullable(p.responses().get(m.user())).map(Enum::name).orElse(null));
    }
    LocalDate today = clock.instant().atZone(c.zone()).toLocalDate();
    PdStatement statement = ledger.statement(c, m.user(), new DateRange(BEGINNING, today));
    ArrayNode entries = node.putArray("pdLedger");
    for (PdEntry e : statement.entries()) {
      ObjectNode en = entries.addObject();
      en.put("date", e.date().toString());
      en.put("activity", e.activity().name());
      en.put("minutes", e.credit().toMinutes());
      strings(en.putArray("evidence"), e.evidence());
    }
  }

  private static void profile(ObjectNode node, Profile p) {
    strings(node.putArray("roles"), p.roles().stream().map(Enum::name).sorted().toList());
    strings(node.putArray("subjects"), p.subjects());
    strings(node.putArray("gradeBands"), p.gradeBands());
    node.put("school", p.school());
    node.put("yearsOfExperience", p.yearsOfExperience());
    node.put("mentoringCapacity", p.mentoringCapacity());
    node.put("zone", p.zone().map(Object::toString).orElse(null));
    strings(node.putArray("interests"), p.interests());
    strings(
        node.putArray("doNotPairWith"), p.doNotPairWith().stream().map(UserRef::userId).toList());
    node.put("snoozedUntil", p.snoozedUntil().map(Object::toString).orElse(null));
    node.put("optedIn", p.optedIn());
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.stream().sorted().forEach(array::add);
  }
}
