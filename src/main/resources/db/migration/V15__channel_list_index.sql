-- The channel list without a state filter (GET /api/v1/channels, ordered by name) reads a
-- workspace's channels in name order; with this index it reads one page of them, not the whole
-- workspace, whatever its size. (The state filter and the Connection Center's urgency order use
-- channel_workspace_state, V6.) Written for both H2 and PostgreSQL.
create index channel_workspace_name on channel (workspace_id, name, id);
