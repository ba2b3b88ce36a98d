-- The health dashboard (channels.control.HealthHistory) reads the channels' state changes from the
-- history in SQL: their from- and to-state as columns, written by the ledger with each
-- channel.state-changed entry, instead of read back out of the entry's words.
alter table audit_entry add column state_from varchar(16);
alter table audit_entry add column state_to varchar(16);

-- Entries written before: their detail is "<name>: <from> -> <to>" with " (<cause>)" after when
-- the new state has one; the states are single words without "_", the cause has no " -> ", so the
-- last " -> " of a detail is the one between the states.
update audit_entry set state_to = case
        when detail like '% -> CONNECTED' or detail like '% -> CONNECTED (%)' then 'CONNECTED'
        when detail like '% -> EXPIRING' or detail like '% -> EXPIRING (%)' then 'EXPIRING'
        when detail like '% -> DEGRADED' or detail like '% -> DEGRADED (%)' then 'DEGRADED'
        when detail like '% -> DISCONNECTED' or detail like '% -> DISCONNECTED (%)' then 'DISCONNECTED'
        when detail like '% -> UNVERIFIED' or detail like '% -> UNVERIFIED (%)' then 'UNVERIFIED'
        when detail like '% -> UNLINKED' or detail like '% -> UNLINKED (%)' then 'UNLINKED'
    end
 where action = 'channel.state-changed';
update audit_entry set state_from = case
        when detail like '%: CONNECTED -> ' || state_to || '%' then 'CONNECTED'
        when detail like '%: EXPIRING -> ' || state_to || '%' then 'EXPIRING'
        when detail like '%: DEGRADED -> ' || state_to || '%' then 'DEGRADED'
        when detail like '%: DISCONNECTED -> ' || state_to || '%' then 'DISCONNECTED'
        when detail like '%: UNVERIFIED -> ' || state_to || '%' then 'UNVERIFIED'
        when detail like '%: UNLINKED -> ' || state_to || '%' then 'UNLINKED'
    end
 where action = 'channel.state-changed' and state_to is not null;

-- One range per workspace and action over a time span: the day-by-day changes, the losses and
-- recoveries of the last 90 days, without reading the workspace's other history.
create index audit_entry_workspace_action on audit_entry (workspace_id, action, occurred_at);
