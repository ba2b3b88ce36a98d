-- Reconnect, connect and add-token flows: the OAuth authorization requests Relink started, and
-- the reconnect links sent to account owners who may not be members.

-- One OAuth authorization code flow. The state travels through the person's browser; only its
-- SHA-256 is kept, so the table cannot be used to forge a callback. Single use: used_at is set by
-- the first callback that brings the state back, and no later one gets anywhere.
create table authorization_flow (
    id             uuid primary key,
    state_hash     varchar(64) not null,
    workspace_id   uuid not null references workspace (id),
    network        varchar(16) not null,
    purpose        varchar(16) not null,
    channel_id     uuid references channel (id),
    identity_id    uuid references identity (id),
    -- who started it: a member must bring the same session back; an API key's flow is bound to
    -- the state alone (the person consenting is not a member)
    member_id      uuid references member (id),
    actor          varchar(200) not null,
    -- the PKCE verifier, sealed (AEAD) like the tokens
    code_verifier  bytea,
    redirect_uri   varchar(500) not null,
    created_at     timestamp(6) with time zone not null,
    expires_at     timestamp(6) with time zone not null,
    used_at        timestamp(6) with time zone,
    -- what the callback did, in words (JSON), for the page and the API to show
    outcome        varchar(4000)
);
create unique index authorization_flow_state on authorization_flow (state_hash);

-- A delegated reconnect: a single-use link e-mailed to the real account owner.
create table reconnect_request (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    channel_id    uuid not null references channel (id),
    email         varchar(320) not null,
    message       varchar(1000),
    link_hash     varchar(64) not null,
    created_by    varchar(200) not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    used_at       timestamp(6) with time zone,
    withdrawn_at  timestamp(6) with time zone,
    authorization_id uuid references authorization_flow (id)
);
create unique index reconnect_request_link on reconnect_request (link_hash);
create index reconnect_request_channel on reconnect_request (channel_id, created_at);
