-- People and their memberships: one person (one e-mail address, one password or one identity at
-- the company's identity provider) may belong to several workspaces, with one role in each.
-- Before this, a member row was a person and a role in one workspace at once.

create table person (
    id                 uuid primary key,
    -- stored in lower case: the e-mail address is the login, unique across Relink
    email              varchar(320) not null,
    display_name       varchar(200) not null,
    -- PBKDF2 (Jakarta Security's format: algorithm:iterations:salt:hash); null: no password yet
    -- (invited through single sign-on, or the first administrator before the setup link is used)
    password_hash      varchar(500),
    -- the identity provider's issuer and subject ("<issuer>|<sub>") once signed in through it
    external_subject   varchar(700),
    -- an instance administrator creates, renames and archives workspaces; not a workspace role
    instance_admin     boolean not null,
    created_at         timestamp(6) with time zone not null,
    -- sign-in throttling per account: consecutive failures and the last of them
    failed_sign_ins    integer not null,
    last_failed_at     timestamp(6) with time zone
);
create unique index person_email on person (email);
create unique index person_external_subject on person (external_subject);

-- Every member so far becomes a person with the same id (so that the connection flows they
-- started still name them) and a membership in their workspace.
insert into person (id, email, display_name, password_hash, external_subject, instance_admin,
                    created_at, failed_sign_ins)
    select id, lower(email), display_name, password_hash, null, false, created_at, 0 from member;

create table membership (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    person_id     uuid not null references person (id),
    role          varchar(16) not null,
    created_at    timestamp(6) with time zone not null,
    constraint membership_once unique (workspace_id, person_id)
);
create index membership_person on membership (person_id);

insert into membership (id, workspace_id, person_id, role, created_at)
    select id, workspace_id, id, role, created_at from member;

-- CASCADE drops the flows' foreign key to member; it is made again to person below.
drop table member cascade;
alter table authorization_flow
    add constraint authorization_flow_person foreign key (member_id) references person (id);

-- An archived workspace is kept with everything in it, but nobody works in it any more.
alter table workspace add column archived_at timestamp(6) with time zone;
-- Which groups of the identity provider give which role here: "group=ROLE,group=ROLE" (null: none).
alter table workspace add column sso_groups varchar(2000);

-- An invitation to join a workspace with a role: a single-use link, of which only the SHA-256 is
-- kept (like the OAuth states and API keys).
create table invitation (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    email         varchar(320) not null,
    role          varchar(16) not null,
    link_hash     varchar(64) not null,
    invited_by    varchar(200) not null,
    created_at    timestamp(6) with time zone not null,
    sent_at       timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    accepted_at   timestamp(6) with time zone,
    accepted_by   uuid references person (id),
    withdrawn_at  timestamp(6) with time zone
);
create unique index invitation_link on invitation (link_hash);
create index invitation_workspace on invitation (workspace_id, created_at);

-- Single-use links for one person: the first administrator's setup link and password resets.
create table person_link (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    purpose     varchar(16) not null,
    link_hash   varchar(64) not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone
);
create unique index person_link_hash on person_link (link_hash);
create index audit_entry_workspace on audit_entry (workspace_id, occurred_at);
