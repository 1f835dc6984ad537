-- Signed Open Badges 3.0 credentials and downloads any node can serve (issue #6, point 5).
-- Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- Each community issues its credentials with its own Ed25519 key pair, made on first use. The
-- public key is published at /ob/issuers/<community id>; the private key is stored sealed
-- (AES-GCM, see SecretBox), bound to its row. Old keys stay published so credentials they signed
-- still verify; deleting a community deletes its keys (its credentials no longer verify).
CREATE TABLE issuer_key (
  community_id UUID                     NOT NULL,
  key_id       VARCHAR(64)              NOT NULL,
  public_key   VARCHAR(64)              NOT NULL,
  private_key  VARCHAR(1024)            NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT issuer_key_pk PRIMARY KEY (community_id, key_id),
  CONSTRAINT issuer_key_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);

-- Generated files (PD certificates, credentials, "my data" exports) behind a download link. The
-- link carries a random token; only its SHA-256 is stored, so the table alone opens no link.
-- Rows expire after a short while and are swept; "forget me" deletes the owner's rows.
CREATE TABLE download_file (
  token_hash   VARCHAR(64)              NOT NULL,
  platform     VARCHAR(16)              NOT NULL,
  tenant_id    VARCHAR(256)             NOT NULL,
  user_id      VARCHAR(256)             NOT NULL,
  file_name    VARCHAR(200)             NOT NULL,
  content_type VARCHAR(100)             NOT NULL,
  content      BYTEA                    NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT download_file_pk PRIMARY KEY (token_hash)
);
CREATE INDEX download_file_expires_idx ON download_file (expires_at);
CREATE INDEX download_file_owner_idx ON download_file (platform, tenant_id, user_id);
