-- The SANDBOX network (io.relink.sandbox): the simulated social network Relink serves under
-- /sandbox for demos and tests. Its state lives here, not in memory, so that several nodes and
-- restarts see one network. Written for both H2 (2.2, default mode) and PostgreSQL, like V1.
-- Token and code values are never stored: only their SHA-256, in hex.

create table sandbox_account (
    id                varchar(100) primary key,
    name              varchar(200) not null,
    password_version  integer not null,
    app_revoked       boolean not null,
    at_checkpoint     boolean not null,
    disabled          boolean not null,
    withdrawn_scopes  varchar(100) not null,
    lifespan_seconds  bigint,
    lifespan_from     timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null
);

create table sandbox_page (
    id    varchar(100) primary key,
    name  varchar(200) not null
);

-- Who administers which page; a lost role keeps its row (is_admin false) so a restore can undo it.
create table sandbox_page_admin (
    id          uuid primary key,
    account_id  varchar(100) not null references sandbox_account (id),
    page_id     varchar(100) not null references sandbox_page (id),
    is_admin    boolean not null,
    constraint sandbox_page_admin_once unique (account_id, page_id)
);

create table sandbox_token (
    id                uuid primary key,
    token_hash        varchar(64) not null,
    kind              varchar(8) not null,
    grant_id          uuid not null,
    account_id        varchar(100) not null references sandbox_account (id),
    scopes            varchar(100) not null,
    password_version  integer not null,
    issued_at         timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    revoked_at        timestamp(6) with time zone
);
create unique index sandbox_token_hash on sandbox_token (token_hash);
create index sandbox_token_grant on sandbox_token (grant_id);

-- Single-use: a code is claimed by deleting its row.
create table sandbox_code (
    code_hash       varchar(64) primary key,
    account_id      varchar(100) not null references sandbox_account (id),
    client_id       varchar(200) not null,
    redirect_uri    varchar(2000) not null,
    scopes          varchar(100) not null,
    code_challenge  varchar(128),
    expires_at      timestamp(6) with time zone not null
);

-- subject: an account id, or '*' for the whole network.
create table sandbox_outage (
    subject  varchar(100) primary key,
    kind     varchar(16) not null,
    ends_at  timestamp(6) with time zone not null
);

-- Incremented in SQL (total = total + 1) so that several nodes count into the same rows.
create table sandbox_counter (
    name   varchar(32) primary key,
    total  bigint not null
);
insert into sandbox_counter (name, total) values ('introspections', 0), ('refreshes', 0), ('batches', 0);
