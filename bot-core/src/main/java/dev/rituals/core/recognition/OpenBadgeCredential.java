package dev.rituals.core.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A PD-hours statement as an Open Badges 3.0 credential (W3C Verifiable Credentials data model
 * 2.0): the community issues an {@code OpenBadgeCredential} whose subject earned an achievement
 * worth the statement's hours, with one {@code Evidence} entry per ledger line. The issuer is the
 * community's https Profile ({@link CredentialIssuer#profileId}), which publishes the key that
 * signs the credential; this class builds the unsigned payload, {@link CredentialIssuer} signs it.
 */
public final class OpenBadgeCredential {
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  private final ObjectMapper json = new ObjectMapper();

  /** The credential as JSON text (pretty printed), e.g. to read what a signed one says. */
  public String toJson(PdStatement s, CommunityId community, UserRef member, URI issuerId) {
    try {
      return json.writerWithDefaultPrettyPrinter()
          .writeValueAsString(toTree(s, community, member, issuerId));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /**
   * The credential as a JSON tree.
   *
   * @param issuerId the URL of the community's issuer Profile
   */
  public ObjectNode toTree(PdStatement s, CommunityId community, UserRef member, URI issuerId) {
    ObjectNode vc = json.createObjectNode();
    vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
    vc.put("id", "urn:uuid:" + credentialId(s, community, member));
    vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    vc.put("name", "PD hours in " + s.communityName());
    ObjectNode issuer = vc.putObject("issuer");
    issuer.put("id", issuerId.toString());
    issuer.putArray("type").add("Profile");
    issuer.put("name", s.communityName());
    vc.put("validFrom", s.issuedAt().toString());

    ObjectNode subject = vc.putObject("credentialSubject");
    subject.putArray("type").add("AchievementSubject");
    ObjectNode identity = subject.putArray("identifier").addObject();
    identity.put("type", "IdentityObject");
    identity.put(
        "identityHash",
        member.platform().name().toLowerCase()
            + ":"
            + member.tenant().tenantId()
            + ":"
            + member.userId());
    identity.put("identityType", "accountId");
    identity.put("hashed", false);
    subject.put("creditsEarned", hours(s));
    ObjectNode achievement = subject.putObject("achievement");
    achievement.put(
        "id",
        "urn:uuid:"
            + UUID.nameUUIDFromBytes(
                ("pd-hours:" + community.value()).getBytes(StandardCharsets.UTF_8)));
    achievement.putArray("type").add("Achievement");
    achievement.put("achievementType", "Competency");
    achievement.put("name", "Professional learning in " + s.communityName());
    achievement.put(
        "description",
        s.memberName()
            + " earned "
            + PdStatement.hours(s.total())
            + " of professional development time from "
            + s.range().from()
            + " to "
            + s.range().to()
            + ".");
    achievement
        .putObject("criteria")
        .put(
            "narrative",
            "Minutes per attended live chat: "
                + s.rule().perLiveChat().toMinutes()
                + "; per answered prompt: "
                + s.rule().perPrompt().toMinutes()
                + "; per mentoring meeting: "
                + s.rule().perMentoringMeeting().toMinutes()
                + ".");

    ArrayNode evidence = vc.putArray("evidence");
    for (PdEntry e : s.entries()) {
      ObjectNode item = evidence.addObject();
      item.put("id", uri(e.evidence().get(0)));
      item.putArray("type").add("Evidence");
      item.put("name", e.date() + " " + e.activity().label());
      item.put(
          "narrative",
          PdStatement.hours(e.credit()) + " for " + String.join(", ", e.evidence()) + ".");
    }
    return vc;
  }

  /** The decimal hours OB3's creditsEarned expects, e.g. 1.5 for 90 minutes. */
  private static BigDecimal hours(PdStatement s) {
    return BigDecimal.valueOf(s.total().toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /**
   * "answer 4f…" is an answer's UUID; a meeting ref is free text, so it becomes a URN of its own.
   */
  static String uri(String evidence) {
    int space = evidence.indexOf(' ');
    String kind = evidence.substring(0, space);
    String id = evidence.substring(space + 1);
    try {
      return "urn:uuid:" + UUID.fromString(id);
    } catch (IllegalArgumentException notUuid) {
      return "urn:rituals:" + kind + ":" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
  }

  private static UUID credentialId(PdStatement s, CommunityId community, UserRef member) {
    String key = community.value() + "|" + member + "|" + s.range() + "|" + s.issuedAt();
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }
}
