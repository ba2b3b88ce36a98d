-- Webhooks: the transactional outbox and the deliveries made from it.

-- One thing that happened and must be told: written by an observer of the channel aggregate's
-- events inside the transaction of the change itself, so a crash loses no event and a rolled-back
-- change tells nothing. The payload is the exact JSON body sent to every subscriber; its id is the
-- webhook-id header, the same on every retry.
create table outbox_event (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    type           varchar(40) not null,
    channel_id     uuid,
    occurred_at    timestamp(6) with time zone not null,
    payload        varchar(16000) not null,
    -- what makes the event one of a kind (e.g. a token and a warning threshold): unique, so the
    -- same notice is never written twice, whatever retries or nodes do
    dedup_key      varchar(200) not null,
    -- set once deliveries were made for every subscription it concerns
    fanned_out_at  timestamp(6) with time zone,
    -- a test event goes to this one subscription only
    only_for       uuid
);
create unique index outbox_event_dedup on outbox_event (dedup_key);
create index outbox_event_pending on outbox_event (fanned_out_at, occurred_at);

create table webhook_subscription (
    id               uuid primary key,
    workspace_id     uuid not null references workspace (id),
    url              varchar(2000) not null,
    -- space-separated event types
    event_types      varchar(1000) not null,
    -- whsec_... secrets, sealed (AEAD) like the tokens; the previous one signs too until it ends
    secret           bytea not null,
    previous_secret  bytea,
    previous_until   timestamp(6) with time zone,
    enabled          boolean not null,
    created_by       varchar(200) not null,
    created_at       timestamp(6) with time zone not null,
    disabled_reason  varchar(2000)
);
create index webhook_subscription_workspace on webhook_subscription (workspace_id);

-- One event to one subscription: retried with backoff until the receiver answers 2xx or the
-- subscription's patience (relink.webhooks.disable-after) runs out. Nodes share the work through
-- row leases, as the sweep does.
create table webhook_delivery (
    id                uuid primary key,
    subscription_id   uuid not null references webhook_subscription (id) on delete cascade,
    event_id          uuid not null references outbox_event (id),
    channel_id        uuid,
    occurred_at       timestamp(6) with time zone not null,
    status            varchar(16) not null,
    attempts          integer not null,
    first_attempt_at  timestamp(6) with time zone,
    next_attempt_at   timestamp(6) with time zone,
    lease_owner       varchar(200),
    lease_until       timestamp(6) with time zone,
    delivered_at      timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at);

-- Every attempt, as the receiver answered it (the first KiB), for the deliveries page and API.
create table webhook_attempt (
    id            uuid primary key,
    delivery_id   uuid not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamp(6) with time zone not null,
    status_code   integer,
    latency_ms    integer not null,
    answer        varchar(2000),
    error         varchar(2000)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
