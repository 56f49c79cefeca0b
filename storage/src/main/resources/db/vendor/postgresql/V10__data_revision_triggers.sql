-- Adds one to data_revision for the changed table, once per statement, inside its transaction.
CREATE FUNCTION bump_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_revision SET revision = revision + 1 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END
$$;

CREATE TRIGGER tag_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tag
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
CREATE TRIGGER member_tag_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON member_tag
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
CREATE TRIGGER tag_suggestion_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tag_suggestion
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
CREATE TRIGGER organisation_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
