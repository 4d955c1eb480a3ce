-- "The same email, ignoring case" means one thing in Runlog: equal once lowercased
-- (Text.caseless in the domain). The unique index of V2 compared by the uca1400 collation instead,
-- which has rules of its own (ﬀ@ and ff@ are one address to it; trailing spaces are ignored).
--
-- MariaDB's lower() on a uca1400 column gives the same lowercase form as the domain, so a stored
-- generated column holds it, and a unique index on it compares exactly (nopad_bin). MariaDB fills
-- the column itself on every insert and update, the tutorial's app's included, which never names it.

alter table user
    drop index user_email_uq,
    add column email_caseless varchar(120) character set utf8mb4 collate utf8mb4_nopad_bin
        as (lower(email)) stored,
    add unique key user_email_caseless_uq (email_caseless);
