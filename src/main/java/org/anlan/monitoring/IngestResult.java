package org.anlan.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The answer to an HTTP batch.
 *
 * @param received items in the batch
 * @param accepted items that passed the checks and are stored (new or duplicates)
 * @param stored new readings; {@code duplicates} readings that were already stored (same sensor and time)
 * @param rejected each refused item: its index in the batch, the station and sensor it named, and a problem
 */
public record IngestResult(int received, int accepted, int stored, int duplicates, List<RejectedItem> rejected) {

  /** One refused item with its problem (type, title, status, detail, code). */
  public record RejectedItem(int index, String station, String sensor, Map<String, Object> problem) {}
}
