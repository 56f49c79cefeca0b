-- A counter per table that replicas cache reads of: the tag list, who holds which tag, pending tag
-- suggestions and the organisations. A trigger (V10, written for each database) adds one to a
-- table's counter in the same transaction as any statement that changes the table, so a cached
-- copy is known to be current by reading one small row instead of the data behind it.
CREATE TABLE data_revision (
    table_name VARCHAR(40) NOT NULL PRIMARY KEY,
    revision   BIGINT      NOT NULL
);

INSERT INTO data_revision (table_name, revision) VALUES
    ('tag', 0),
    ('member_tag', 0),
    ('tag_suggestion', 0),
    ('organisation', 0);
