/**
 * Workspaces: tenants, the people in them through memberships (one role each: OWNER, ADMIN,
 * VIEWER), invitations, their API keys, and who may call what.
 *
 * <p>Operations: create, list, rename and archive workspaces, and map the identity provider's
 * groups to roles ({@link io.relink.workspaces.boundary.WorkspacesResource}, {@link
 * io.relink.workspaces.control.Workspaces}, {@link io.relink.workspaces.control.GroupRoles}); list
 * members, change their roles and remove them ({@link
 * io.relink.workspaces.boundary.MembersResource}, {@link io.relink.workspaces.control.Memberships},
 * deciding with the pure {@link io.relink.workspaces.control.TeamRules}); invite by e-mail, send
 * again, withdraw and accept ({@link io.relink.workspaces.boundary.InvitationsResource}, {@link
 * io.relink.workspaces.control.Invitations}); decide who a person signing in through the identity
 * provider is ({@link io.relink.workspaces.control.Admissions}); tell a person who they are and
 * where they belong ({@link io.relink.workspaces.boundary.MeResource}); make, list and revoke a
 * workspace's API keys ({@link io.relink.workspaces.boundary.ApiKeysResource}, {@link
 * io.relink.workspaces.control.ApiKeys}); tell who is calling in a request, in which workspace, and
 * how the history names them ({@link io.relink.workspaces.boundary.Caller}); enforce each
 * endpoint's scope ({@link io.relink.workspaces.boundary.ScopeFilter}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: everything (memberships, invitations, identities, channels, tokens, keys) belongs to
 *       exactly one workspace, and a caller only ever sees the one it works in: another workspace's
 *       id is a 404, as an unknown one.
 *   <li>R2: an API key is 256 random bits, shown once in the answer that makes it, and stored only
 *       as its SHA-256 (and a short prefix to tell keys apart); a revoked key, or one of an
 *       archived workspace, stops working at once, and a revoked key stays listed for the record.
 *   <li>R3: a key carries scopes: {@code channels:read}, {@code channels:write}, {@code
 *       credentials:read}, {@code admin}. The groups {@code person} (every signed-in person) and
 *       {@code instance-admin} are never a key's.
 *   <li>R4: a member's role grants its own name and the scopes that match it: VIEWER {@code
 *       channels:read}; ADMIN also {@code channels:write}; OWNER also {@code admin}. No role grants
 *       {@code credentials:read}: plaintext tokens are for integrations' keys.
 *   <li>R5: every REST endpoint names the scope it needs with {@code @RolesAllowed} (or says it is
 *       open with {@code @PermitAll}); no caller is a 401, a caller without the scope a 403 that
 *       names it. Callers are recognized by {@code security.CallerAuthentication}.
 *   <li>R6: a person belongs to a workspace only through a membership, at most one per workspace,
 *       with one role; the same person may be an OWNER in one workspace and a VIEWER in another. A
 *       request works in one workspace: a key's own; for a person on the API the one in the path
 *       ({@code /workspaces/<id>…}), else the {@code Relink-Workspace} header, else their first by
 *       name; on the pages the one chosen in the session, else their first. A workspace the person
 *       has no role in, or an archived one, is a 404. Person and role are read again on every
 *       request, so a changed role or a removal counts at once.
 *   <li>R7: owners invite with any role, change roles and remove members; admins invite viewers
 *       only (and send again or withdraw only viewers' invitations); viewers change nothing. A
 *       workspace always keeps an owner: demoting or removing its last owner is a 409, decided
 *       under a lock on the workspace row so that two owners demoting each other cannot both win.
 *   <li>R8: people join a workspace by invitation or through the identity provider, nobody
 *       otherwise. An invitation is a single-use link (256 bits, only its SHA-256 kept) for one
 *       address and one role, valid {@code relink.members.invitation-life}; sending it again
 *       replaces the link, withdrawing ends it; opening it only shows the page, and only the page's
 *       POST accepts, for the invited address alone. When the e-mail cannot be sent the invitation
 *       stands and the inviter gets the link. Through the identity provider only people Relink
 *       knows (by issuer and subject, or by e-mail address once) or has invited get in; the groups
 *       a workspace maps to roles ({@code ssoGroups}) give, at every such sign-in, the highest of
 *       their roles there, never demoting a last owner and never removing anybody.
 *   <li>R9: instance administrators (a flag on the person, not a role) run the workspaces: list
 *       every one, create one and become its first owner, rename it, archive it or bring it back.
 *       They reach any workspace itself, but its channels, members and keys only through a
 *       membership of their own. An archived workspace keeps everything; its members do not see it
 *       and its API keys stop working.
 * </ul>
 */
package io.relink.workspaces;
