-- From the tutorial's tables to Runlog's, keeping every row.
--
-- * utf8mb4, so any Unicode (emoji included) can be stored; the tutorial's tables have the
--   server's default character set, often latin1. The collation compares ignoring case but not
--   accents: the unique index treats ALICE@example.com and alice@example.com as one address,
--   josé@ and jose@ as two (uca1400 collations need MariaDB 10.10 or newer).
-- * bigint ids, so ids do not run out at 2^31.
-- * double distances: a float column turns 5.2 into 5.19999980926514.
-- * deleting a user deletes their runs (the tutorial's foreign key refuses instead).
-- * constraint names that say what they are, instead of MariaDB's generated ones.

-- The foreign key must go before the columns it joins can change type.
alter table run drop foreign key run_ibfk_1;

alter table user
    convert to character set utf8mb4 collate utf8mb4_uca1400_as_ci,
    modify id bigint not null auto_increment,
    drop index email,
    add unique key user_email_uq (email);

alter table run
    convert to character set utf8mb4 collate utf8mb4_uca1400_as_ci,
    modify id bigint not null auto_increment,
    modify user_id bigint not null,
    modify distance double not null,
    -- InnoDB appends the primary key to every secondary index, so this one is (user_id, id):
    -- it serves "a user's runs after id N, in id order" without a sort.
    rename index user_id to run_user_id_idx,
    add constraint run_user_fk foreign key (user_id) references user (id) on delete cascade;

-- A float holds about 7 significant digits; widened to double, 5.2 shows its binary error
-- (5.199999809265137). Rounding to 7 significant digits gives back what was typed.
update run
set distance = round(distance, 6 - floor(log10(abs(distance))))
where distance <> 0;
