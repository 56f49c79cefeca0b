-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Slack delivers an event again when it does not see a 2xx in time. A row here, inserted before
-- the event's side effect, means "already handled": a retry, on any replica or after a restart,
-- finds the key taken and does nothing. Rows hold no personal data and are pruned after a week.
CREATE TABLE processed_event (
    event_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    event_type   VARCHAR(40)              NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX processed_event_by_time ON processed_event (processed_at);

-- When the member last used the app (opened App Home, saved a profile or a setting), so profiles
-- left untouched for long can be warned about and then deleted; and when that warning went out.
ALTER TABLE member ADD COLUMN last_active_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE member ADD COLUMN inactivity_warned_at TIMESTAMP WITH TIME ZONE;
UPDATE member SET last_active_at = updated_at;

-- The name and title the member has in Slack, kept current from user_change events.
ALTER TABLE member ADD COLUMN slack_name VARCHAR(120);
ALTER TABLE member ADD COLUMN slack_title VARCHAR(150);

CREATE INDEX member_by_last_active ON member (last_active_at);
