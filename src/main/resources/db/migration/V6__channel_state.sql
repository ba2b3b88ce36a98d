-- The channel's derived state, kept in the channel row by the one writer of the aggregate
-- (ChannelLedger) in the same transaction as every change of its tokens, so that lists can be
-- filtered, sorted and counted by state in SQL. The derivation from the tokens stays the rule;
-- these columns are its last result:
--   state, cause   the derived state and the cause of its trouble (null: none)
--   state_until    when the state may change by time alone (a token entering its warning window,
--                  a lapse passing); null: never. The sweep re-derives channels past it.
-- Rows written before this migration have no state yet: the sweep derives them (its first run
-- goes on until none is left, within its time limit).
alter table channel add column state varchar(16);
alter table channel add column cause varchar(32);
alter table channel add column state_until timestamp(6) with time zone;
create index channel_workspace_state on channel (workspace_id, state, name);
create index channel_state_until on channel (state_until);
