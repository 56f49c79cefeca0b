-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Members may be on Microsoft Teams as well as Slack, in one network. A Teams person is known by
-- their Entra object id (a 36-character GUID, the id admins list in ADMIN_USER_IDS), which doesn't
-- fit the 32 characters sized for Slack ids; Teams' conversation and activity ids are longer
-- still (personal chat ids run past 100 characters).
ALTER TABLE member ALTER COLUMN slack_user_id SET DATA TYPE VARCHAR(64);
ALTER TABLE blocked_person ALTER COLUMN blocked_user_id SET DATA TYPE VARCHAR(64);
ALTER TABLE sent_message ALTER COLUMN slack_user_id SET DATA TYPE VARCHAR(64);
ALTER TABLE organisation ALTER COLUMN created_by SET DATA TYPE VARCHAR(64);
ALTER TABLE audit_log ALTER COLUMN actor SET DATA TYPE VARCHAR(64);
ALTER TABLE tag_suggestion ALTER COLUMN suggested_by SET DATA TYPE VARCHAR(64);
ALTER TABLE tag_suggestion ALTER COLUMN decided_by SET DATA TYPE VARCHAR(64);

ALTER TABLE sent_message ALTER COLUMN channel SET DATA TYPE VARCHAR(256);
ALTER TABLE sent_message ALTER COLUMN message_ts SET DATA TYPE VARCHAR(256);
ALTER TABLE round_member ALTER COLUMN dm_channel SET DATA TYPE VARCHAR(256);
ALTER TABLE round_member ALTER COLUMN message_ts SET DATA TYPE VARCHAR(256);
ALTER TABLE member ALTER COLUMN consent_request_channel SET DATA TYPE VARCHAR(256);
ALTER TABLE member ALTER COLUMN consent_request_ts SET DATA TYPE VARCHAR(256);
ALTER TABLE warm_intro ALTER COLUMN a_channel SET DATA TYPE VARCHAR(256);
ALTER TABLE warm_intro ALTER COLUMN a_ts SET DATA TYPE VARCHAR(256);
ALTER TABLE warm_intro ALTER COLUMN b_channel SET DATA TYPE VARCHAR(256);
ALTER TABLE warm_intro ALTER COLUMN b_ts SET DATA TYPE VARCHAR(256);

-- Where the app reaches a Teams person: the personal chat the app was installed into (the
-- "conversation reference" the Bot Framework needs to message them unprompted). Kept from
-- installation, before any profile exists, until they uninstall and are forgotten, or erase.
-- Name and work email come from Teams' member lookup; the email is shown to a match only when
-- both said Intro me.
CREATE TABLE teams_user (
    user_id         VARCHAR(64)  PRIMARY KEY,
    bot_user_id     VARCHAR(256) NOT NULL,
    tenant_id       VARCHAR(64)  NOT NULL,
    service_url     VARCHAR(512) NOT NULL,
    conversation_id VARCHAR(256) NOT NULL,
    name            VARCHAR(200),
    email           VARCHAR(254),
    installed       BOOLEAN      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
