-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- A name_key holds NameKey.of(name), which can be longer than the name: "&" reads as " and " and
-- runs of other characters become one space, so a name of n "&" has a key of 4n - 1 characters
-- ("and and …"), the longest any name of n characters has. The key columns were as wide as the
-- names, so an accepted 80-character tag name full of "&" could not be stored. They become four
-- times the width of their names: 320 for tags (names of 80), 480 for organisations (120).
-- Widths count UTF-16 units on H2 and code points on PostgreSQL; the app counts UTF-16 units, so a
-- key that fits on H2 fits on PostgreSQL. SET DATA TYPE keeps NOT NULL, keys and constraints.
ALTER TABLE tag ALTER COLUMN name_key SET DATA TYPE VARCHAR(320);
ALTER TABLE tag_alias ALTER COLUMN name_key SET DATA TYPE VARCHAR(320);
ALTER TABLE tag_suggestion ALTER COLUMN name_key SET DATA TYPE VARCHAR(320);
ALTER TABLE organisation ALTER COLUMN name_key SET DATA TYPE VARCHAR(480);
ALTER TABLE organisation_alias ALTER COLUMN name_key SET DATA TYPE VARCHAR(480);
