-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Direct messages the app sent one person, one row per kind, subject (what the message is about,
-- such as a "Did you meet?" question or a tag suggestion; 0 for kinds sent per person) and person.
-- Where each landed (channel and ts) is stored when it is sent, so that a click on one of its
-- buttons updates the clicker's own copy: a click's payload names a channel and ts that the
-- clicker could forge. When it was sent bounds messages that must not be repeated within minutes.
-- Kept by Slack user id, since admins who are not members get some; erased with the person.
CREATE TABLE sent_message (
    kind          VARCHAR(32) NOT NULL,
    subject_id    BIGINT      NOT NULL,
    slack_user_id VARCHAR(32) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    channel       VARCHAR(32),
    message_ts    VARCHAR(32),
    PRIMARY KEY (kind, subject_id, slack_user_id)
);

CREATE INDEX sent_message_by_person ON sent_message (slack_user_id);

-- Members' suggestions waiting for an admin are counted per member, to cap them.
CREATE INDEX tag_suggestion_by_suggester ON tag_suggestion (suggested_by, status);
