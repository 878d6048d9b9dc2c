-- 作废: a draft or a warning awaiting approval that is not to be issued (a false alarm's draft, a duplicate) is
-- discarded, by whom and why, instead of waiting as a draft for ever.
alter table warning_warning add column discarded_by varchar(100);
alter table warning_warning add column discard_reason varchar(500);
