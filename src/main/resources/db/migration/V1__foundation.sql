-- Relink's foundation schema. Written once for both databases Relink runs on: the embedded H2
-- (2.2, default mode) and PostgreSQL; both accept uuid, bytea and timestamp with time zone.

create table workspace (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamp(6) with time zone not null
);

create table member (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    email          varchar(320) not null,
    display_name   varchar(200) not null,
    role           varchar(16) not null,
    password_hash  varchar(500) not null,
    created_at     timestamp(6) with time zone not null
);
-- The e-mail address is the login, so it is unique across all workspaces.
create unique index member_email on member (email);

create table api_key (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    name          varchar(100) not null,
    prefix        varchar(16) not null,
    key_hash      varchar(64) not null,
    scopes        varchar(200) not null,
    created_at    timestamp(6) with time zone not null,
    revoked_at    timestamp(6) with time zone
);
create unique index api_key_hash on api_key (key_hash);

create table identity (
    id                uuid primary key,
    workspace_id      uuid not null references workspace (id),
    network           varchar(16) not null,
    external_user_id  varchar(200) not null,
    display_name      varchar(200) not null,
    created_at        timestamp(6) with time zone not null,
    constraint identity_per_network unique (workspace_id, network, external_user_id)
);

create table channel (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    network       varchar(16) not null,
    external_id   varchar(200) not null,
    name          varchar(200) not null,
    kind          varchar(32) not null,
    created_at    timestamp(6) with time zone not null,
    unlinked_at   timestamp(6) with time zone,
    constraint channel_per_network unique (workspace_id, network, external_id)
);

create table access_token (
    id                      uuid primary key,
    channel_id              uuid not null references channel (id),
    identity_id             uuid not null references identity (id),
    status                  varchar(16) not null,
    cause                   varchar(32),
    raw_code                varchar(100),
    raw_message             varchar(1000),
    -- AEAD ciphertexts (Tink, AES-256-GCM), bound to the token id; never plaintext.
    access_secret           bytea,
    refresh_secret          bytea,
    scopes                  varchar(1000),
    expires_at              timestamp(6) with time zone,
    refresh_expires_at      timestamp(6) with time zone,
    data_access_expires_at  timestamp(6) with time zone,
    last_checked_at         timestamp(6) with time zone,
    died_at                 timestamp(6) with time zone,
    next_check_at           timestamp(6) with time zone,
    created_at              timestamp(6) with time zone not null,
    version                 bigint not null
);
create index access_token_channel on access_token (channel_id);
create index access_token_identity on access_token (identity_id);
create index access_token_due on access_token (next_check_at);

create table audit_entry (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    channel_id    uuid,
    token_id      uuid,
    occurred_at   timestamp(6) with time zone not null,
    actor         varchar(200) not null,
    action        varchar(64) not null,
    detail        varchar(2000)
);
create index audit_entry_channel on audit_entry (channel_id, occurred_at);

create table relink_setting (
    name         varchar(100) primary key,
    value_bytes  bytea
);
