-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- A Teams message that @mentions someone names them by their id in chats with this bot (the
-- "29:" id, kept in bot_user_id since V17 and refreshed whenever the person's own activity is
-- stored); Entra's object id comes with the mention only sometimes. Warm introductions suggested in
-- Teams look people up by it.
CREATE INDEX teams_user_bot_user_id ON teams_user (bot_user_id);
