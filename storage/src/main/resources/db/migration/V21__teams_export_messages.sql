-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- A member on Teams gets their export as messages in their chat with the app, and those go a day
-- later (or when they delete their profile first) as Slack's export file does. Each is kept as a
-- copy like the others: the chat in channel and the activity id in message_ts, sized for Teams'
-- ids (V17), and the service URL the Bot Connector takes the deletion at, kept on the copy itself
-- since the person's teams_user row goes at erasure, before their copies are removed. A Teams
-- person's Entra object id didn't fit the user id sized for Slack (V17 widened it elsewhere).
ALTER TABLE slack_copy DROP CONSTRAINT slack_copy_kind_known;
ALTER TABLE slack_copy DROP CONSTRAINT slack_copy_points_somewhere;

ALTER TABLE slack_copy ALTER COLUMN user_id SET DATA TYPE VARCHAR(64);
ALTER TABLE slack_copy ALTER COLUMN channel SET DATA TYPE VARCHAR(256);
ALTER TABLE slack_copy ALTER COLUMN message_ts SET DATA TYPE VARCHAR(256);
ALTER TABLE slack_copy ADD COLUMN service_url VARCHAR(512);

ALTER TABLE slack_copy ADD CONSTRAINT slack_copy_kind_known
    CHECK (kind IN ('INTRO_CARD', 'EXPORT_FILE', 'DIGEST', 'EXPORT_MESSAGE'));
ALTER TABLE slack_copy ADD CONSTRAINT slack_copy_points_somewhere CHECK (
    (kind = 'INTRO_CARD' AND channel IS NOT NULL AND message_ts IS NOT NULL)
    OR kind = 'EXPORT_FILE'
    OR (kind = 'DIGEST' AND round_member_id IS NOT NULL)
    OR (kind = 'EXPORT_MESSAGE' AND channel IS NOT NULL AND message_ts IS NOT NULL
        AND service_url IS NOT NULL));
