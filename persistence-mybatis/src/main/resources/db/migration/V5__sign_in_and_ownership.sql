-- Users sign in, and a runner reaches only their own data: what that needs kept.
--
-- Instants (when a token expires, when a sign-in failed) are datetime(6) columns holding UTC.
-- Not timestamp: MariaDB converts a timestamp from and to each session's time zone, and it ends
-- in 2038. The adapter writes and reads every instant as UTC (UtcInstantTypeHandler), whatever
-- the time zone of the JVM, the connection or the server, to the microsecond, the columns'
-- precision.
--
-- Every new column of user has a default or allows null, so the tutorial's app still inserts
-- users as it always did; they are runners without a password, who cannot sign in with one.

-- * password_hash: only a slow, salted hash of the password, as a hashing library writes it (a
--   PHC or bcrypt string, far shorter than 255); null when the user has no password (the
--   tutorial's users, users an admin created without one, users from an identity provider).
--   nopad_bin: nothing but an exact copy of a hash means anything.
-- * role: the name of the domain's Role. A varchar with a check rather than an enum, whose
--   column silently stores '' for a name it does not know unless strict mode is on; a new role
--   changes only the check. ascii_nopad_bin makes the check exact: under the table's collation,
--   which ignores case and trailing spaces, 'admin' and 'ADMIN ' would pass it and then name no
--   Role when read.
alter table user
    add column password_hash varchar(255) character set utf8mb4 collate utf8mb4_nopad_bin null,
    add column role varchar(10) character set ascii collate ascii_nopad_bin not null default 'RUNNER',
    add constraint user_role_ck check (role in ('RUNNER', 'ADMIN'));

-- Issued tokens, by the SHA-256 of their secret in hex (TokenDigest): a copy of this table lets
-- no one in. Every request looks one up by its primary key, joined with its user's primary key
-- for the role as it is now, in one statement. expires_at's index serves forgetting expired
-- tokens; user_id's, revoking all of a user's tokens (and the foreign key). Deleting a user
-- deletes their tokens. issued_at is for people looking at the table: when the token was issued,
-- by the database's clock; Runlog does not read it.
create table access_token (
    digest     char(64) character set ascii collate ascii_bin not null,
    user_id    bigint not null,
    issued_at  datetime(6) not null,
    expires_at datetime(6) not null,
    primary key (digest),
    key access_token_user_id_idx (user_id),
    key access_token_expires_at_idx (expires_at),
    constraint access_token_user_fk foreign key (user_id) references user (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_uca1400_as_ci;

-- Recent failed sign-ins, which slow down guessing passwords (SignInThrottle): counted per account
-- and client address since a time, which the (account, address, failed_at) index serves in one
-- range; failed_at's index serves forgetting old ones. Rows last minutes: each failure forgets
-- those that no longer count. Failures of unknown accounts count too, so they belong to no user.
--
-- The account is the email as typed (lowercased by the domain), which can be as long as anyone
-- likes, and the address is what the web adapter says it is. Both are kept as SHA-256 digests, in
-- hex, of their UTF-16 form: any length fits one fixed-size index key, and two accounts that
-- differ anywhere are still told apart (a prefix would merge long accounts, and a stranger could
-- then lock a runner out). It also keeps what was typed out of the table, where a password typed
-- into the email field would otherwise wait in clear; a digest of a guessable email is still
-- guessable, so this is not anonymity. An id as the primary key: two failures may happen in the
-- same microsecond, and each counts.
create table sign_in_failure (
    id                    bigint not null auto_increment,
    account_digest        char(64) character set ascii collate ascii_bin not null,
    client_address_digest char(64) character set ascii collate ascii_bin not null,
    failed_at             datetime(6) not null,
    primary key (id),
    key sign_in_failure_account_client_idx (account_digest, client_address_digest, failed_at),
    key sign_in_failure_failed_at_idx (failed_at)
) default character set utf8mb4 collate utf8mb4_uca1400_as_ci;

-- Users as external identity providers know them (OpenID Connect): the provider (issuer) and the
-- user's subject there, which never changes, unlike an email. The primary key makes a provider's
-- subject one user's at a time; a user may have many. Both are compared exactly, as the provider
-- issues them (nopad_bin: no case ignored, no trailing spaces). 255 characters each: OpenID Connect
-- limits a subject to 255 ASCII characters, issuers are short https URLs, and both fit one index
-- key (2,040 bytes of InnoDB's 3,072). Deleting a user deletes their links.
create table external_identity (
    issuer  varchar(255) character set utf8mb4 collate utf8mb4_nopad_bin not null,
    subject varchar(255) character set utf8mb4 collate utf8mb4_nopad_bin not null,
    user_id bigint not null,
    primary key (issuer, subject),
    key external_identity_user_id_idx (user_id),
    constraint external_identity_user_fk foreign key (user_id) references user (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_uca1400_as_ci;
