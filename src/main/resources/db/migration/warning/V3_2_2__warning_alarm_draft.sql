-- warning: a draft made from a monitoring alarm remembers the alarm, one draft per alarm (a redelivered
-- AlarmRaised/AlarmLevelChanged finds it instead of inserting a second).
alter table warning_warning add column alarm_id bigint;
alter table warning_warning add constraint warning_alarm unique (alarm_id);
