-- The identities list (GET /api/v1/identities, the Identities page) reads a workspace's identities
-- by name, network and id; with this index it reads one page of them, not every identity of the
-- workspace sorted (10,000 at the benchmark's 100,000 channels). Written for both H2 and PostgreSQL.
create index identity_workspace_name on identity (workspace_id, display_name, network, id);
