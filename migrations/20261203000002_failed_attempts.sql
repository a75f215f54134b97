-- Throttled guesses of every kind (issue 26): log-ins and enrolment keys.
-- Each attempt is recorded before its secret is checked, in the transaction
-- that counts the earlier ones, so that concurrent guesses cannot all pass.
ALTER TABLE login_failures RENAME TO failed_attempts;
ALTER TABLE failed_attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'login'
    CHECK (kind IN ('login', 'enrolment-key'));
DROP INDEX login_failures_account;
DROP INDEX login_failures_address;
CREATE INDEX failed_attempts_account ON failed_attempts (kind, account, failed_at);
CREATE INDEX failed_attempts_address ON failed_attempts (kind, address, failed_at);
