-- "The same email, ignoring case" means one thing in Runlog: equal once lowercased
-- (Text.caseless in the domain). The unique index of V2 compared by the uca1400 collation instead,
-- which has rules of its own (ﬀ@ and ff@ are one address to it; trailing spaces are ignored).
--
-- MariaDB's lower() on a uca1400 column gives the same lowercase form as the domain, so a stored
-- generated column holds it, and a unique index on it compares exactly (nopad_bin). MariaDB fills
-- the column itself on every insert and update, the tutorial's app's included, which never names it.
--
-- On a database that already holds two addresses the new rule calls the same while the old one did
-- not (İ@example.com and i@example.com), adding the index fails with MariaDB's duplicate-key error,
-- naming the lowercased address, and the table stays as it was (one ALTER, all or nothing): change or
-- remove one of the two, remove the failed attempt from flyway_schema_history if Flyway recorded one
-- (as flyway repair does), then start Runlog again.

alter table user
    drop index user_email_uq,
    add column email_caseless varchar(120) character set utf8mb4 collate utf8mb4_nopad_bin
        as (lower(email)) stored,
    add unique key user_email_caseless_uq (email_caseless);
