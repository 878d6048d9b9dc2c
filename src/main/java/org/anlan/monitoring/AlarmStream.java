package org.anlan.monitoring;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.Actor;
import org.anlan.platform.LiveStream;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;

/**
 * 告警推送: the live alarm stream over Server-Sent Events. Every change of an alarm (raised, level,
 * acknowledged, cleared, closed …) goes, after commit, as an {@code alarm} event carrying its
 * {@link AlarmSummary} to each subscriber whose scope covers the alarm's area. Sending runs on its own
 * thread so a slow browser never holds up ingest.
 */
@Component
class AlarmStream extends LiveStream<Actor> {

  /**
   * Reads back the alarms whose state the stream does not know, then hands them to the sender: a raise does not wait
   * behind another batch's read-back (a database round trip, 1–16 ms under load).
   */
  private volatile ExecutorService reader = newThread("alarm-stream-read");
  private final AlarmQueries queries;
  private final Jurisdiction jurisdiction;

  AlarmStream(AlarmQueries queries, Jurisdiction jurisdiction) {
    super("alarm-stream");
    this.queries = queries;
    this.jurisdiction = jurisdiction;
  }

  /** Sends the current state of these alarms to whoever may see them. */
  void changed(List<Long> alarmIds) {
    changed(List.of(), alarmIds);
  }

  /**
   * Sends these alarms as they are given (just raised: the writer knows all of it, so the stream does not read it back
   * — the live list sees a raise a database round trip sooner), and the current state of the others, read in one query
   * per 500 on a thread of its own. Each thread keeps its order, so an alarm's changes arrive in order (its raise is
   * queued before any change of it is read).
   */
  void changed(List<AlarmSummary> known, List<Long> alarmIds) {
    if (!hasSubscribers()) {
      return;
    }
    if (!known.isEmpty()) {
      later(() -> known.forEach(this::send));
    }
    if (!alarmIds.isEmpty()) {
      try {
        reader.execute(() -> {
          for (int i = 0; i < alarmIds.size(); i += 500) {
            List<AlarmSummary> read = queries.findAll(alarmIds.subList(i, Math.min(alarmIds.size(), i + 500)));
            later(() -> read.forEach(this::send));
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException stopped) {
        // the stream stopped meanwhile
      }
    }
  }

  private void send(AlarmSummary alarm) {
    AreaCode area = AreaCode.of(alarm.areaCode());
    send("alarm", String.valueOf(alarm.id()), alarm, actor -> jurisdiction.covers(actor, area));
  }

  @Override
  public void start() {
    if (reader.isShutdown()) {
      reader = newThread("alarm-stream-read");
    }
    super.start();
  }

  @Override
  public void stop() {
    reader.shutdownNow();
    super.stop();
  }
}
