-- Adds one to data_revision for the changed table, once per statement, inside its transaction.
-- H2 runs triggers written in Java: see org.commonground.storage.revisions.RevisionTrigger.
CREATE TRIGGER tag_revision AFTER INSERT, UPDATE, DELETE ON tag
    FOR EACH STATEMENT CALL 'org.commonground.storage.revisions.RevisionTrigger';
CREATE TRIGGER member_tag_revision AFTER INSERT, UPDATE, DELETE ON member_tag
    FOR EACH STATEMENT CALL 'org.commonground.storage.revisions.RevisionTrigger';
CREATE TRIGGER tag_suggestion_revision AFTER INSERT, UPDATE, DELETE ON tag_suggestion
    FOR EACH STATEMENT CALL 'org.commonground.storage.revisions.RevisionTrigger';
CREATE TRIGGER organisation_revision AFTER INSERT, UPDATE, DELETE ON organisation
    FOR EACH STATEMENT CALL 'org.commonground.storage.revisions.RevisionTrigger';
