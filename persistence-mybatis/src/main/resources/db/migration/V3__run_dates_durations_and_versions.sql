-- The running log grows up: the day of a run and the time it took, and a version on users and
-- runs, counted up by every update, so a client can change only what it has seen.
--
-- Existing rows stay valid: runs logged before keep no date and no duration (Runlog shows
-- them as unknown), and everything starts at version 0. Every new column allows null or has a
-- default, so the tutorial's app can still insert rows as it always did.

alter table run
    add column date date null,
    add column duration_seconds int unsigned null,
    add column version bigint not null default 0;

alter table user
    add column version bigint not null default 0;
