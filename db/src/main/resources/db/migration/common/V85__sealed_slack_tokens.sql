-- Slack tokens are now stored sealed (AES-GCM, see SecretBox): "enc:v1:<key id>:" plus base64 of
-- nonce, ciphertext and tag, about 4/3 of the token plus 44 characters. Room for tokens up to
-- about 700 characters; Slack's are far shorter. Valid for H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE slack_installation ALTER COLUMN bot_token SET DATA TYPE VARCHAR(1024);
ALTER TABLE slack_installation ALTER COLUMN bot_refresh_token SET DATA TYPE VARCHAR(1024);
ALTER TABLE slack_installation ALTER COLUMN installer_user_token SET DATA TYPE VARCHAR(1024);
ALTER TABLE slack_installation ALTER COLUMN installer_user_refresh_token SET DATA TYPE VARCHAR(1024);
