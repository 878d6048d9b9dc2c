-- the dispatcher's claim walks this index in its own order (highest priority, then oldest due) and stops after a
-- batch, instead of reading and sorting every queued message of the channel on each claim (a red warning queues
-- ten thousand per channel at once)
drop index messaging_message_due;
create index messaging_message_due on messaging_message (channel, state, priority desc, next_attempt_at, id);
