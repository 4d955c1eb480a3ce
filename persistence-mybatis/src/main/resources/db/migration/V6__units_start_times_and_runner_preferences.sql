-- Runners log in kilometres or miles and say when a run started, on their own clock; each runner
-- chooses the unit, time zone and first day of the week they read their log in.
--
-- Existing rows stay valid: runs logged before were entered in miles and have no start, and every
-- runner has the preferences Runlog gives one who chose nothing. Every new column has a default
-- or allows null, so the tutorial's app can still insert rows as it always did.
--
-- distance stays the distance in miles, the tutorial's column: the unit only says what the runner
-- typed and reads back, so the stats' SQL and every app that sums distance keep working.
--
-- The symbols and names are varchars with a check, as role is in V5 (not an enum, which silently
-- stores '' for a value it does not know outside strict mode); ascii_nopad_bin makes the checks
-- exact (the tables' collation would let 'KM ' pass and then name no unit when read). Zone ids are
-- compared exactly too, as Java's ZoneId.of reads them; no check: the tz database grows, and an id
-- that Java cannot read is read as no zone (or, for a runner's zone, as UTC), never as a failure.

-- * distance_unit: the symbol of the domain's DistanceUnit the runner entered the distance in.
-- * start_local: the start as the runner's clock showed it, to the second (Runlog takes whole
--   seconds); a datetime, not a timestamp, so MariaDB never converts it between time zones.
-- * start_offset_seconds: the clock's offset from UTC then, in seconds east of UTC, as Java's
--   ZoneOffset counts them (within its +-18 hours). Kept apart from the zone because the zone
--   alone cannot tell which of the autumn's two 02:30s in Paris the runner meant; null for a start
--   another app wrote without one, which Runlog reads as a start in the runner's zone.
-- * start_zone: the IANA zone the runner named (Europe/Paris) or an offset (+01:00), if any.
-- * run_user_id_date_idx: a user's runs between two dates in one range scan, for the summaries,
--   holding every column they and the records' search read (InnoDB adds the id to it): both
--   read this index alone, never the rows, which made the records 4 times faster at 100,000 runs
--   (docs/benchmarks.md). run_user_id_idx stays: as (user_id, id), it serves paging a user's
--   runs in id order.
alter table run
    add column distance_unit varchar(2) character set ascii collate ascii_nopad_bin not null default 'mi',
    add column start_local datetime null,
    add column start_offset_seconds int null,
    add column start_zone varchar(64) character set ascii collate ascii_nopad_bin null,
    add constraint run_distance_unit_ck check (distance_unit in ('mi', 'km')),
    add constraint run_start_offset_seconds_ck check (start_offset_seconds between -64800 and 64800),
    add key run_user_id_date_idx (user_id, date, distance, duration_seconds);

-- * distance_unit: the unit the runner reads summaries and records in.
-- * time_zone: where "today" is for the runner, and the zone of a start given without an offset;
--   'UTC' until they choose.
-- * week_starts_on: the first day of the runner's weeks, as RunnerPreferences.nameOf writes it.
alter table user
    add column distance_unit varchar(2) character set ascii collate ascii_nopad_bin not null default 'mi',
    add column time_zone varchar(64) character set ascii collate ascii_nopad_bin not null default 'UTC',
    add column week_starts_on varchar(9) character set ascii collate ascii_nopad_bin not null default 'monday',
    add constraint user_distance_unit_ck check (distance_unit in ('mi', 'km')),
    add constraint user_week_starts_on_ck check (week_starts_on in ('monday', 'sunday'));
