-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- "Did you meet?" is asked once per member of an introduced pair; "Not yet" is asked once more a
-- few days later. asked_at is when the question last went out, so an answer older than it is the
-- "Not yet" being asked again.
ALTER TABLE meeting_feedback ADD COLUMN times_asked INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meeting_feedback ADD CONSTRAINT meeting_feedback_once UNIQUE (pair_id, member_id);
CREATE INDEX meeting_feedback_by_member ON meeting_feedback (member_id);

-- The week number of the round before which the member was last paused for not answering any of
-- their matches for three rounds: a second run for the same round pauses and tells nobody twice.
ALTER TABLE member ADD COLUMN auto_paused_week BIGINT;
