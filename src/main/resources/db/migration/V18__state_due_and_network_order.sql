-- The sweep finds channels whose stored state is due to be derived again with one range of the
-- index on state_until (ChannelStore.staleStates), never a scan of every channel: rows that have
-- no state yet (written before V6) are due at once, so that "state_until <= now" alone finds them.
update channel set state_until = timestamp with time zone '1970-01-01 00:00:00+00'
 where state is null and state_until is null;

-- Lists ordered or narrowed by network (ChannelOrder, the API's sort=network and network=…) read a
-- page from this index, as by name (V15) and by state (V6).
create index channel_workspace_network on channel (workspace_id, network, name, id);
