package org.anlan.monitoring;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.monitoring.rules.SensorFacts;
import org.anlan.platform.AfterCommit;
import org.anlan.shared.AreaCode;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What ingest looks up for every reading, held in memory: stations by code with their sensors, and the
 * facts rule selection needs per sensor. Replaced as a whole after every committed station change.
 */
@Component
class StationCatalogue implements SmartInitializingSingleton {

  /** A station as ingest sees it. */
  record Entry(long id, String code, String name, String areaCode, StationStatus status, String tokenHash, int intervalSeconds,
      Map<String, Long> sensorIds, Double lon, Double lat) {}

  private record Snapshot(Map<String, Entry> stations, Map<Long, SensorFacts> sensors, Map<Long, Entry> stationOfSensor,
      Map<String, Entry> byTokenHash, Map<Long, String> sensorCodes) {}

  private final Stations stations;
  private final StationSensors sensors;
  private final AreaCatalogue areas;
  private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  StationCatalogue(Stations stations, StationSensors sensors, AreaCatalogue areas) {
    this.stations = stations;
    this.sensors = sensors;
    this.areas = areas;
  }

  Entry station(String code) {
    return code == null ? null : snapshot.stations().get(code);
  }

  /** The station whose ingest token has this hash, or null. */
  Entry stationByTokenHash(String hash) {
    return hash == null ? null : snapshot.byTokenHash().get(hash);
  }

  SensorFacts sensor(long sensorId) {
    return snapshot.sensors().get(sensorId);
  }

  /** The sensor's code within its station, or null. */
  String sensorCode(long sensorId) {
    return snapshot.sensorCodes().get(sensorId);
  }

  Entry stationOf(long sensorId) {
    return snapshot.stationOfSensor().get(sensorId);
  }

  java.util.Collection<SensorFacts> allSensors() {
    return snapshot.sensors().values();
  }

  @Override
  public void afterSingletonsInstantiated() {
    onStart();
  }

  void onStart() {
    reload();
  }

  /** Reloads after the current transaction commits; rules are worked out again per sensor. */
  void changed() {
    AfterCommit.run(() -> {
      reload();
      listeners.forEach(Runnable::run);
    });
  }

  /** Something to do after every reload (the rule book forgets which rules apply to which sensor). */
  void onReload(Runnable listener) {
    listeners.add(listener);
  }

  synchronized void reload() {
    var bySensor = sensors.all();
    Map<String, Entry> byCode = new HashMap<>();
    Map<Long, SensorFacts> facts = new HashMap<>();
    Map<Long, Entry> owner = new HashMap<>();
    Map<Long, String> codes = new HashMap<>();
    for (Station s : stations.findAll()) {
      List<String> chain = chain(s.areaCode);
      Map<String, Long> ids = new HashMap<>();
      for (var sensor : bySensor.getOrDefault(s.id, List.of())) {
        ids.put(sensor.code(), sensor.id());
        codes.put(sensor.id(), sensor.code());
        facts.put(sensor.id(), new SensorFacts(sensor.id(), sensor.kind(), s.code, chain, s.industry,
            Duration.ofSeconds(s.intervalSeconds)));
      }
      Entry entry = new Entry(s.id, s.code, s.name, s.areaCode, s.status, s.tokenHash, s.intervalSeconds, Map.copyOf(ids), s.lon, s.lat);
      byCode.put(s.code, entry);
      ids.values().forEach(id -> owner.put(id, entry));
    }
    Map<String, Entry> tokens = new HashMap<>();
    byCode.values().stream().filter(e -> e.tokenHash() != null).forEach(e -> tokens.put(e.tokenHash(), e));
    snapshot = new Snapshot(Map.copyOf(byCode), Map.copyOf(facts), Map.copyOf(owner), Map.copyOf(tokens), Map.copyOf(codes));
  }

  private List<String> chain(String areaCode) {
    if (!AreaCode.isValid(areaCode) || areas.find(AreaCode.of(areaCode)).isEmpty()) {
      return List.of(areaCode);
    }
    List<String> chain = new java.util.ArrayList<>();
    chain.add(areaCode);
    areas.ancestors(AreaCode.of(areaCode)).stream().map(Area::code).map(AreaCode::value)
        .filter(code -> !code.equals(areaCode)).forEach(chain::add);
    return chain;
  }
}
