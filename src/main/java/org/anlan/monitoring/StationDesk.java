package org.anlan.monitoring;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.monitoring.StationSummary.SensorSummary;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 监测站: the stations API. Queries take an area and leave the caller's scope to the caller; commands
 * check that the current user may change the station's area (old and new) and audit the change
 * ({@value #AUDIT_TYPE}). A station's ingest token is shown once, when issued.
 */
@Service
@Validated
@Transactional
public class StationDesk {

  static final String AUDIT_TYPE = "monitoring.station";

  private final Stations stations;
  private final StationSensors sensors;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final ActiveAlarms active;
  private final LastSeen lastSeen;
  private final AuditLog audit;
  private final StationCatalogue catalogue;
  private final AlarmDesk alarms;

  StationDesk(Stations stations, StationSensors sensors, Jurisdiction jurisdiction, AreaCatalogue areas, ActiveAlarms active,
      LastSeen lastSeen, AuditLog audit, StationCatalogue catalogue, AlarmDesk alarms) {
    this.alarms = alarms;
    this.stations = stations;
    this.sensors = sensors;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.active = active;
    this.lastSeen = lastSeen;
    this.audit = audit;
    this.catalogue = catalogue;
  }

  /** Stations whose area lies within {@code within}, optionally of one kind. */
  @Transactional(readOnly = true)
  public List<StationSummary> stations(AreaCode within, StationKind kind) {
    List<String> codes = areas.subtree(within).stream().map(a -> a.code().value()).toList();
    Map<Long, List<SensorSummary>> bySensor = sensors.all();
    Map<Long, AlarmLevel> levels = active.levelsByStation();
    return stations.findByAreaCodeInOrderByAreaCodeAscCodeAsc(codes).stream().filter(s -> kind == null || s.kind == kind)
        .map(s -> summary(s, bySensor.getOrDefault(s.id, List.of()), levels.get(s.id))).toList();
  }

  /** The station, or 404 {@code monitoring.station-not-found}. */
  @Transactional(readOnly = true)
  public StationSummary station(String code) {
    Station s = load(code);
    return summary(s, sensors.of(s.id), active.levelOfStation(s.id));
  }

  /** Creates a station; the answer carries its ingest token, the only time it is shown. */
  public Issued create(@Valid SaveStation command) {
    check(command);
    stations.findByCode(command.code().trim()).ifPresent(other -> {
      throw new ConflictException("monitoring.station-code-taken", command.code());
    });
    Station station = new Station();
    station.apply(command);
    station.version = null;
    String token = StationTokens.newToken();
    station.tokenHash = StationTokens.hash(token);
    return new Issued(saved(station, command.sensors(), "create", null), token);
  }

  public StationSummary update(String code, @Valid SaveStation command) {
    Station station = load(code);
    jurisdiction.requireChangeable(AreaCode.of(station.areaCode));
    check(command);
    if (!station.code.equals(command.code().trim())) {
      throw new RuleViolatedException("monitoring.station-code-fixed", station.code);
    }
    StationSummary before = station(code);
    station.apply(command);
    return saved(station, command.sensors(), "update", before);
  }

  /** Issues a new ingest token; the old one stops working. */
  public Issued rotateToken(String code) {
    Station station = load(code);
    jurisdiction.requireChangeable(AreaCode.of(station.areaCode));
    String token = StationTokens.newToken();
    station.tokenHash = StationTokens.hash(token);
    Station saved = stations.save(station);
    audit.record(AUDIT_TYPE, saved.code, saved.areaCode, "token", null, Map.of("tokenIssuedAt", Instant.now().toString()));
    catalogue.changed();
    return new Issued(station(code), token);
  }

  public void delete(String code) {
    Station station = load(code);
    jurisdiction.requireChangeable(AreaCode.of(station.areaCode));
    StationSummary before = station(code);
    alarms.closeAllOf(station.id, "监测站已删除 (station deleted)");
    stations.delete(station);
    audit.record(AUDIT_TYPE, code, before.areaCode(), "delete", before, null);
    catalogue.changed();
  }


  /** A station with the token just issued for it. */
  public record Issued(StationSummary station, String token) {}

  /**
   * For the Excel import ({@link StationImport}): creates each station or, when its code exists, updates it, in the
   * caller's transaction, scope-checked and audited as {@link #create} and {@link #update} are; the caller has checked
   * each row's location against the district outline (once prepared, not once per row). A new station gets the kind's
   * sensors and a token nobody has seen (rotating one connects it); an existing one keeps its sensors and token. The
   * catalogue reloads once, after commit. Answers how many were created; {@code written} runs after each station.
   */
  int saveAll(List<SaveStation> commands, Runnable written) {
    int created = 0;
    Map<String, Station> existing = new java.util.HashMap<>();
    stations.findAll().forEach(s -> existing.put(s.code, s));
    for (SaveStation command : commands) {
      jurisdiction.requireChangeable(AreaCode.of(command.areaCode().trim()));
      Station station = existing.get(command.code().trim());
      if (station == null) {
        station = new Station();
        station.apply(command);
        station.version = null;
        station.tokenHash = StationTokens.hash(StationTokens.newToken());
        write(station, null, "create", null);
        created++;
      } else {
        jurisdiction.requireChangeable(AreaCode.of(station.areaCode));
        StationSummary before = summary(station, sensors.of(station.id), active.levelOfStation(station.id));
        station.apply(command);
        write(station, before.sensors().stream().map(s -> new SensorSpec(s.code(), s.kind(), s.unit())).toList(), "update", before);
      }
      written.run();
    }
    catalogue.changed();
    return created;
  }

  private StationSummary saved(Station station, List<SensorSpec> wanted, String action, StationSummary before) {
    StationSummary after = write(station, wanted, action, before);
    catalogue.changed();
    return after;
  }

  private StationSummary write(Station station, List<SensorSpec> wanted, String action, StationSummary before) {
    Station saved = stations.save(station);
    sensors.replace(saved.id, wanted == null || wanted.isEmpty() ? saved.kind.defaultSensors() : wanted);
    StationSummary after = station(saved.code);
    audit.record(AUDIT_TYPE, saved.code, saved.areaCode, action, before, after);
    return after;
  }

  private void check(SaveStation command) {
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode().trim()));
    GeoPoint point = new GeoPoint(command.lon(), command.lat());
    areas.boundary(areas.root().code()).filter(outline -> !outline.shape().contains(point)).ifPresent(outline -> {
      throw new RuleViolatedException("monitoring.location-outside", point.lon(), point.lat());
    });
    if (command.sensors() != null && command.sensors().stream().map(SensorSpec::code).distinct().count() < command.sensors().size()) {
      throw new RuleViolatedException("monitoring.sensor-code-repeated");
    }
  }

  Station load(String code) {
    return stations.findByCode(code).orElseThrow(() -> new NotFoundException("monitoring.station-not-found", code));
  }

  private StationSummary summary(Station s, List<SensorSummary> list, AlarmLevel level) {
    Instant last = list.stream().map(x -> lastSeen.of(x.id())).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    return new StationSummary(s.id, s.code, s.name, s.kind, s.kind.label(), s.lon, s.lat, s.areaCode, s.ownerDepartment, s.industry,
        s.riskType, s.riskId, s.intervalSeconds, s.status, list, level, last, s.tokenHash != null, s.note, s.version);
  }
}
