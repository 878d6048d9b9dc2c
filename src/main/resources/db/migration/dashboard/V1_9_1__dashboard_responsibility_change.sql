-- dashboard: read model of recent responsibility changes, built from directory's ResponsibilityAssigned events
create table dashboard_responsibility_change (
  assignment_id bigint primary key,
  person_id     bigint not null,
  area_code     varchar(12) not null,
  role_code     varchar(40) not null,
  changed_at    timestamp with time zone not null
);
create index dashboard_responsibility_change_at on dashboard_responsibility_change (changed_at);
