-- A round's times are entered in its venue's local time (issue 16.3): the round carries the IANA
-- time zone of its venue (Europe/Istanbul), and its times stay instants. Times entered before this
-- were entered in UTC, so rounds that have times get the zone UTC.
alter table round add column time_zone varchar(60)
    constraint round_time_zone_format check (time_zone ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$');
update round set time_zone = 'UTC'
where scheduled_start is not null or started_at is not null or ended_at is not null;
alter table round add constraint round_times_have_a_zone
    check (time_zone is not null or (scheduled_start is null and started_at is null and ended_at is null));

-- Its history, as Envers keeps it (with its flag for a changed value).
alter table round_aud add column time_zone text, add column time_zone_mod boolean;
