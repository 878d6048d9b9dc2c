-- monitoring readings, PostgreSQL: partitioned by month of the reading time. (sensor, time) is the identity
-- of a reading. Partitions for 2020-2030 are made here and ahead at start-up (ReadingStore); the default
-- partition takes anything outside them.
create table monitoring_reading (
  sensor_id bigint not null,
  observed_at timestamp with time zone not null,
  observed_value double precision not null,
  received_at timestamp with time zone not null,
  constraint monitoring_reading_pk primary key (sensor_id, observed_at)
) partition by range (observed_at);

create table monitoring_reading_default partition of monitoring_reading default;

do $$
declare
  m date := date '2020-01-01';
begin
  while m < date '2031-01-01' loop
    execute format('create table monitoring_reading_%s partition of monitoring_reading for values from (%L) to (%L)',
      to_char(m, 'YYYYMM'), m::timestamptz, (m + interval '1 month')::timestamptz);
    m := m + interval '1 month';
  end loop;
end $$;
