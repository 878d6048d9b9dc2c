-- warning: the further alarms a storm adds to an open alarm draft of the same town and type (the first alarm
-- is warning_warning.alarm_id). One row per alarm: an alarm belongs to one draft.
create table warning_alarm_link (
  alarm_id bigint primary key,
  warning_id bigint not null references warning_warning (id),
  station_code varchar(60) not null,
  area_code varchar(12) not null,
  added_at timestamp with time zone not null
);
create index warning_alarm_link_warning on warning_alarm_link (warning_id);
