package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.MEMBER_RECOGNITION;
import static dev.rituals.db.jooq.Tables.RECOGNITION_SETTINGS;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.RecognitionSettingsRepository;
import dev.rituals.core.recognition.MemberPreferences;
import dev.rituals.core.recognition.PdRule;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.recognition.RetentionPolicy;
import dev.rituals.db.jooq.tables.records.MemberRecognitionRecord;
import dev.rituals.db.jooq.tables.records.RecognitionSettingsRecord;
import java.time.Duration;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** A community's PD rule and retention policy; a member's badge and invitation preferences. */
public final class JooqRecognitionSettingsRepository implements RecognitionSettingsRepository {
  private final DSLContext dsl;

  public JooqRecognitionSettingsRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public RecognitionSettings settings(CommunityId community) {
    return dsl.selectFrom(RECOGNITION_SETTINGS)
        .where(RECOGNITION_SETTINGS.COMMUNITY_ID.eq(community.value()))
        .fetchOptional()
        .map(JooqRecognitionSettingsRepository::toSettings)
        .orElse(RecognitionSettings.DEFAULT);
  }

  @Override
  public void saveSettings(CommunityId community, RecognitionSettings settings) {
    RecognitionSettingsRecord row = new RecognitionSettingsRecord();
    row.setCommunityId(community.value());
    row.setPdLiveChatMinutes((int) settings.pdRule().perLiveChat().toMinutes());
    row.setPdPromptMinutes((int) settings.pdRule().perPrompt().toMinutes());
    row.setPdMeetingMinutes((int) settings.pdRule().perMentoringMeeting().toMinutes());
    row.setForgetMode(settings.retention().mode().name());
    row.setRetentionDays(settings.retention().days().orElse(null));
    dsl.insertInto(RECOGNITION_SETTINGS)
        .set(row)
        .onConflict(RECOGNITION_SETTINGS.COMMUNITY_ID)
        .doUpdate()
        .set(row)
        .execute();
  }

  @Override
  public MemberPreferences preferences(CommunityId community, UserRef member) {
    return dsl.selectFrom(MEMBER_RECOGNITION)
        .where(of(community, member))
        .fetchOptional()
        .map(
            r ->
                new MemberPreferences(
                    r.getAnnounceBadges(), Optional.ofNullable(r.getLastInvitedAt())))
        .orElse(MemberPreferences.DEFAULT);
  }

  @Override
  public void savePreferences(CommunityId community, UserRef member, MemberPreferences p) {
    MemberRecognitionRecord row = new MemberRecognitionRecord();
    row.setCommunityId(community.value());
    row.setPlatform(member.platform().name());
    row.setTenantId(member.tenant().tenantId());
    row.setUserId(member.userId());
    row.setAnnounceBadges(p.announceBadges());
    row.setLastInvitedAt(p.lastInvitedAt().orElse(null));
    dsl.insertInto(MEMBER_RECOGNITION)
        .set(row)
        .onConflict(
            MEMBER_RECOGNITION.COMMUNITY_ID,
            MEMBER_RECOGNITION.PLATFORM,
            MEMBER_RECOGNITION.TENANT_ID,
            MEMBER_RECOGNITION.USER_ID)
        .doUpdate()
        .set(row)
        .execute();
  }

  @Override
  public void deletePreferences(CommunityId community, UserRef member) {
    dsl.deleteFrom(MEMBER_RECOGNITION).where(of(community, member)).execute();
  }

  private static Condition of(CommunityId community, UserRef member) {
    return MEMBER_RECOGNITION
        .COMMUNITY_ID
        .eq(community.value())
        .and(
            Columns.isTenant(
                MEMBER_RECOGNITION.PLATFORM, MEMBER_RECOGNITION.TENANT_ID, member.tenant()))
        .and(MEMBER_RECOGNITION.USER_ID.eq(member.userId()));
  }

  private static RecognitionSettings toSettings(RecognitionSettingsRecord r) {
    return new RecognitionSettings(
        new PdRule(
            Duration.ofMinutes(r.getPdLiveChatMinutes()),
            Duration.ofMinutes(r.getPdPromptMinutes()),
            Duration.ofMinutes(r.getPdMeetingMinutes())),
        new RetentionPolicy(
            RetentionPolicy.Mode.valueOf(r.getForgetMode()),
            Optional.ofNullable(r.getRetentionDays())));
  }
}
