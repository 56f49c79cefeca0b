-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- A member is known by their id on the platform they use Common Ground in: a Slack user id, or a
-- Teams user's Entra object id (V17). The columns named for Slack say what they hold now.
ALTER TABLE member RENAME COLUMN slack_user_id TO user_id;
ALTER TABLE sent_message RENAME COLUMN slack_user_id TO user_id;
ALTER TABLE slack_copy RENAME COLUMN slack_user_id TO user_id;
