-- warning: when the duty officers were last told of an alarm draft by SMS (null: in-app only, or not an alarm
-- draft). A storm's many drafts make one SMS per anlan.warning.callout.draft-sms-every; the others go in-app.
alter table warning_warning add column duty_sms_at timestamp with time zone;
