-- one open alarm per (sensor, rule): a batch that raises alarms looks up the cleared ones of the same sensors to close
-- them (AlarmWriter.supersede); the sensor and status narrow it to a handful of rows
create index monitoring_alarm_sensor_status on monitoring_alarm (sensor_id, status);
