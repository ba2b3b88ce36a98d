-- Signed callbacks a network sent (deauthorize, data-deletion, webhook events) that Relink took,
-- each known by its fingerprint: the SHA-256 (hex) of the network, the callback's kind and exactly
-- what the network's signature covers. The primary key makes a second copy of one signed request
-- fail to be recorded, on every node at once, so it changes nothing. A row is needed only while a
-- copy could still pass as fresh, and is deleted after `fresh_until`. Written for both H2 (2.2,
-- default mode) and PostgreSQL, like V1. (Numbered 11: 9 and 10 are taken by other work.)
create table accepted_callback (
    fingerprint   varchar(64) primary key,
    network       varchar(16) not null,
    accepted_at   timestamp(6) with time zone not null,
    fresh_until   timestamp(6) with time zone not null
);
create index accepted_callback_fresh_until on accepted_callback (fresh_until);

-- When the grant a token holds was given (a connect, reconnect or added token): a network's
-- callback issued before that speaks of an earlier grant and must not kill this one. The tokens
-- already there got theirs when they were made or last reconnected, which the rows do not tell;
-- their creation time is the best lower bound.
alter table access_token add column granted_at timestamp(6) with time zone;
update access_token set granted_at = created_at;
