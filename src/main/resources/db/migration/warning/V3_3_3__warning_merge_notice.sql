-- warning: when the duty officers were last told in-app that further alarms joined this alarm draft
-- (anlan.warning.alarm.merge-notice-every: a storm's hundreds of merges into one draft make one notice a minute).
alter table warning_warning add column merge_notice_at timestamp with time zone;
