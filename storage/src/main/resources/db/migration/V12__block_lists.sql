-- A member's own block list. People are kept by Slack user id, so that a block made before the
-- other person joins (or after they leave and join again) still holds; organisations by id, moved
-- to the survivor when an organisation is merged.
CREATE TABLE blocked_person (
    member_id       BIGINT      NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    blocked_user_id VARCHAR(32) NOT NULL,
    blocked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, blocked_user_id)
);

CREATE INDEX blocked_person_by_user ON blocked_person (blocked_user_id);

CREATE TABLE blocked_organisation (
    member_id       BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    blocked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, organisation_id)
);

CREATE INDEX blocked_organisation_by_organisation ON blocked_organisation (organisation_id);

CREATE INDEX declined_pair_by_declined ON declined_pair (declined_member_id);
