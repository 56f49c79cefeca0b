-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- How many were in the network when a round was computed, and how many of them were paused (on
-- the round's Monday, or about to be for not answering), so the convenor can show participation
-- over time. Neither can be worked out afterwards: a member row keeps only its latest pause, not
-- when it was deactivated, and deleted profiles leave no row. Rounds computed before this keep
-- NULL, shown as not recorded rather than guessed.
ALTER TABLE round ADD COLUMN members INTEGER;
ALTER TABLE round ADD COLUMN paused INTEGER;
