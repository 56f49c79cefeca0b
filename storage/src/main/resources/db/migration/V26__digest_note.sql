-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- The convenor's note at the top of a week's digests, as it stood when the round was computed,
-- so every digest of a round says the same and a digest redrawn later (after an answer, or when a
-- partner leaves) keeps the note it was sent with. NULL: no note that week. At most 500
-- characters, the console's limit.
ALTER TABLE round ADD COLUMN note VARCHAR(500);
