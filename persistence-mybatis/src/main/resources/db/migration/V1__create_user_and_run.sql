-- The tutorial's two tables, with its column names, made for MariaDB.
-- utf8mb4 stores any Unicode, emoji included. The collation compares ignoring case but not
-- accents, so the unique index treats ALICE@example.com and alice@example.com as one address
-- while josé@ and jose@ stay two (uca1400 collations need MariaDB 10.10 or newer).

create table user (
    id       bigint       not null auto_increment,
    username varchar(80)  not null,
    email    varchar(120) not null,
    primary key (id),
    unique key user_email_uq (email)
) engine = InnoDB default character set utf8mb4 collate utf8mb4_uca1400_as_ci;

create table run (
    id       bigint      not null auto_increment,
    -- double, not float: a float column turns 5.2 into 5.19999980926514.
    distance double      not null,
    mood     varchar(50) null,
    user_id  bigint      not null,
    primary key (id),
    -- InnoDB appends the primary key to every secondary index, so this one is (user_id, id):
    -- it serves "a user's runs after id N, in id order" without a sort.
    key run_user_id_idx (user_id),
    -- Deleting a user deletes their runs, in the same statement.
    constraint run_user_fk foreign key (user_id) references user (id) on delete cascade
) engine = InnoDB default character set utf8mb4 collate utf8mb4_uca1400_as_ci;
