-- Notifications: e-mail to the people a workspace chose, from an outbox of its own.

-- A workspace's warning ladder: at which of the instance's thresholds (relink.checks.thresholds)
-- an expiring token is announced by e-mail. No row: every threshold.
create table notification_settings (
    workspace_id  uuid primary key references workspace (id),
    -- whole days, space-separated, largest first, e.g. "14 7 3 1"
    ladder_days   varchar(100) not null,
    updated_by    varchar(200) not null,
    updated_at    timestamp(6) with time zone not null
);

-- Which kinds of notice one member of a workspace gets. No row: the default of the member's role
-- (owners and admins every kind but the digest; viewers none).
create table notification_choice (
    workspace_id  uuid not null references workspace (id),
    person_id     uuid not null references person (id) on delete cascade,
    -- space-separated kinds, e.g. "expiring lost recovered"; empty: none
    kinds         varchar(200) not null,
    updated_by    varchar(200) not null,
    updated_at    timestamp(6) with time zone not null,
    primary key (workspace_id, person_id)
);

-- One channel's exceptions to the workspace's choices: members added or left out, and addresses
-- outside the workspace (such as the page's real owner). Every kind of notice about the channel.
create table channel_notification (
    channel_id       uuid primary key references channel (id) on delete cascade,
    workspace_id     uuid not null references workspace (id),
    -- space-separated person ids
    add_people       varchar(4000) not null,
    remove_people    varchar(4000) not null,
    -- space-separated e-mail addresses
    extra_addresses  varchar(4000) not null,
    updated_by       varchar(200) not null,
    updated_at       timestamp(6) with time zone not null
);

-- One notice to one address: written by an observer of the channel aggregate's events inside the
-- transaction of the change (so a crash loses none and a rolled-back change tells nothing), then
-- sent by whichever node leases it, grouped with the other pending notices of the same address,
-- workspace and kind into one message. The channel's words are kept as they were when it happened.
create table notice (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    kind           varchar(16) not null,
    address        varchar(320) not null,
    person_id      uuid,
    -- no foreign key: what was sent about a channel outlives the channel
    channel_id     uuid,
    channel_name   varchar(500),
    network        varchar(20),
    headline       varchar(2000) not null,
    next_step      varchar(2000),
    -- whose sign-in brings the channel back (the identity's name), when one does
    who_acts       varchar(500),
    occurred_at    timestamp(6) with time zone not null,
    -- one notice per address and event, whatever retries, crashes or nodes do
    dedup_key      varchar(300) not null,
    -- the group is sent once its first notice is this old (relink.notifications.grouping-window)
    due_at         timestamp(6) with time zone not null,
    -- PENDING, SENT, or CANCELLED (a loss that recovered before it was sent)
    status         varchar(16) not null,
    attempts       integer not null,
    last_error     varchar(2000),
    next_try_at    timestamp(6) with time zone not null,
    lease_owner    varchar(200),
    lease_until    timestamp(6) with time zone,
    -- the message it went out in (its Message-ID), shared by the notices grouped in it
    message_id     uuid,
    sent_at        timestamp(6) with time zone
);
create unique index notice_once on notice (dedup_key);
create index notice_due on notice (status, next_try_at);
create index notice_workspace on notice (workspace_id, occurred_at);
create index notice_channel on notice (channel_id, occurred_at);
create index notice_message on notice (message_id);
