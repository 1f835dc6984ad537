package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.DOWNLOAD_FILE;

import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Files offered for download, in {@code download_file}, keyed by the hash of the link's token, so
 * any node of a cluster serves a link another node made. Expired rows are never returned.
 */
public final class JooqDownloadFiles {
  /** A stored file and whose it is. */
  public record StoredFile(
      UserRef owner, String fileName, String contentType, byte[] content, Instant expiresAt) {}

  private final DSLContext dsl;

  public JooqDownloadFiles(DSLContext dsl) {
    this.dsl = dsl;
  }

  public void store(
      String tokenHash,
      UserRef owner,
      String fileName,
      String contentType,
      byte[] content,
      Instant createdAt,
      Instant expiresAt) {
    dsl.insertInto(DOWNLOAD_FILE)
        .set(DOWNLOAD_FILE.TOKEN_HASH, tokenHash)
        .set(DOWNLOAD_FILE.PLATFORM, owner.platform().name())
        .set(DOWNLOAD_FILE.TENANT_ID, owner.tenant().tenantId())
        .set(DOWNLOAD_FILE.USER_ID, owner.userId())
        .set(DOWNLOAD_FILE.FILE_NAME, fileName)
        .set(DOWNLOAD_FILE.CONTENT_TYPE, contentType)
        .set(DOWNLOAD_FILE.CONTENT, content)
        .set(DOWNLOAD_FILE.CREATED_AT, createdAt)
        .set(DOWNLOAD_FILE.EXPIRES_AT, expiresAt)
        .execute();
  }

  /** The file behind {@code tokenHash} if it has not expired at {@code now}. */
  public Optional<StoredFile> find(String tokenHash, Instant now) {
    return dsl.selectFrom(DOWNLOAD_FILE)
        .where(DOWNLOAD_FILE.TOKEN_HASH.eq(tokenHash))
        .and(DOWNLOAD_FILE.EXPIRES_AT.gt(now))
        .fetchOptional(
            r ->
                new StoredFile(
                    Columns.user(r.getPlatform(), r.getTenantId(), r.getUserId()),
                    r.getFileName(),
                    r.getContentType(),
                    r.getContent(),
                    r.getExpiresAt()));
  }

  /** Deletes every file expired at {@code now}; returns how many. */
  public int deleteExpired(Instant now) {
    return dsl.deleteFrom(DOWNLOAD_FILE).where(DOWNLOAD_FILE.EXPIRES_AT.le(now)).execute();
  }

  /** Keeps only the {@code keep} newest files of {@code owner}; returns how many went. */
  public int keepNewest(UserRef owner, int keep) {
    var newest =
        dsl.select(DOWNLOAD_FILE.TOKEN_HASH)
            .from(DOWNLOAD_FILE)
            .where(ownedBy(owner))
            .orderBy(DOWNLOAD_FILE.CREATED_AT.desc(), DOWNLOAD_FILE.TOKEN_HASH)
            .limit(keep)
            .fetch(DOWNLOAD_FILE.TOKEN_HASH);
    return dsl.deleteFrom(DOWNLOAD_FILE)
        .where(ownedBy(owner))
        .and(DOWNLOAD_FILE.TOKEN_HASH.notIn(newest))
        .execute();
  }

  /** Deletes everything stored for {@code owner} ("forget me"); returns how many. */
  public int deleteOwnedBy(UserRef owner) {
    return dsl.deleteFrom(DOWNLOAD_FILE).where(ownedBy(owner)).execute();
  }

  private static org.jooq.Condition ownedBy(UserRef owner) {
    return Columns.isTenant(DOWNLOAD_FILE.PLATFORM, DOWNLOAD_FILE.TENANT_ID, owner.tenant())
        .and(DOWNLOAD_FILE.USER_ID.eq(owner.userId()));
  }
}
