-- monitoring readings, embedded H2: one table; (sensor, time) is the identity of a reading.
create table monitoring_reading (
  sensor_id bigint not null,
  observed_at timestamp with time zone not null,
  observed_value double precision not null,
  received_at timestamp with time zone not null,
  constraint monitoring_reading_pk primary key (sensor_id, observed_at)
);
