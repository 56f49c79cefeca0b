-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- The convenor's console signs admins in with their chat platform (OpenID Connect) and keeps them
-- signed in with a session cookie. Both live here rather than in one process's memory, so that a
-- sign-in that starts on one replica can finish on another, and a session works on any of them.

-- A sign-in under way: the state sent to the platform, and the nonce its ID token must carry back.
-- Used once, and only for a few minutes.
CREATE TABLE console_sign_in (
    state      VARCHAR(64)  PRIMARY KEY,
    nonce      VARCHAR(64)  NOT NULL,
    platform   VARCHAR(16)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_sign_in_platform_known CHECK (platform IN ('SLACK', 'TEAMS'))
);

-- A signed-in admin. Only a hash of the cookie's value is kept, so a copy of this table signs
-- nobody in. A session ends at expires_at, or sooner when it has been idle too long.
CREATE TABLE console_session (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    user_id      VARCHAR(64)  NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    csrf_token   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_session_platform_known CHECK (platform IN ('SLACK', 'TEAMS'))
);

CREATE INDEX console_session_by_expiry ON console_session (expires_at);
CREATE INDEX console_session_by_user ON console_session (user_id);
