-- The checking engine: row leases that let several nodes share the sweep, the memory of
-- transient trouble (for backoff and the grace period), counters, and what was last announced
-- to observers (so that a threshold or a state change is announced once, on whichever node).

-- Who is checking the token now, and until when. A lease that has run out (its node crashed) is
-- free to be taken again.
alter table access_token add column lease_owner varchar(100);
alter table access_token add column lease_until timestamp(6) with time zone;
-- Since when every answer has been transient (null after a definitive one), and how many in a row.
alter table access_token add column transient_since timestamp(6) with time zone;
alter table access_token add column failed_checks integer default 0 not null;
-- Routine checks are counted, not written to the audit trail one by one; the node that made the
-- last one is kept for operations.
alter table access_token add column check_count bigint default 0 not null;
alter table access_token add column checked_by varchar(100);
-- The lapse the expiry warnings speak of, and the smallest threshold already announced for it.
alter table access_token add column announced_lapse timestamp(6) with time zone;
alter table access_token add column announced_threshold_seconds bigint;

-- The channel state last announced to observers. Not the state: that is always derived from the
-- tokens. Channel rows are also locked while one of their tokens' check is recorded.
alter table channel add column announced_state varchar(16);

create index access_token_lease on access_token (lease_until);
