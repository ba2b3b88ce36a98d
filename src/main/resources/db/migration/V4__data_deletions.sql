-- Data-deletion requests a network sent on a person's behalf (Meta's "Data Deletion Request
-- Callback"), kept so that the status URL Relink gave the network answers, and so that support can
-- show that a request was carried out. The person's id is not kept: only its SHA-256, in hex, which
-- is enough to recognise a later request of the same person without holding the id Relink was
-- asked to forget. Written for both H2 (2.2, default mode) and PostgreSQL, like V1.

create table data_deletion (
    -- The code Meta shows the person: 128 random bits, in hex.
    confirmation_code      varchar(64) primary key,
    network                varchar(16) not null,
    external_user_sha256   varchar(64) not null,
    -- How many tokens had their secrets erased (tokens that held none are not counted).
    tokens_erased          integer not null,
    requested_at           timestamp(6) with time zone not null,
    -- Null while the erasure is still to be done; today it is done within the request.
    completed_at           timestamp(6) with time zone
);
create index data_deletion_person on data_deletion (network, external_user_sha256);
