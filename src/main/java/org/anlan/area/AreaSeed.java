package org.anlan.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.AreaCatalogue.Boundary;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.GeoShape;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty tree from the configured files: divisions with codes, published centre points,
 * the district outline; then the estimates the sources lack ({@link Placement}), marked as such.
 */
@Component
class AreaSeed {

  private static final Logger log = LoggerFactory.getLogger(AreaSeed.class);

  private final AreaStore store;
  private final AreaProperties properties;
  private final TransactionTemplate tx;

  AreaSeed(AreaStore store, AreaProperties properties, TransactionTemplate tx) {
    this.store = store;
    this.properties = properties;
    this.tx = tx;
  }

  void seedIfEmpty() {
    if (store.count() > 0) {
      return;
    }
    List<String[]> divisions = csv(properties.divisions());
    Map<String, GeoPoint> centres = centres(csv(properties.centres()));
    Geometry outline = OutlineReader.read(text(properties.outline()));
    List<Area> published = new ArrayList<>();
    for (String[] row : divisions) {
      AreaCode code = new AreaCode(row[0]);
      GeoPoint centre = centres.get(row[0]);
      published.add(new Area(code, row[1].trim(), AreaLevel.fromCsv(row[2]), row.length > 3 && !row[3].isBlank() ? new AreaCode(row[3].trim()) : null,
          centre, centre == null ? null : LocationSource.SOURCE));
    }
    Placement placement = new Placement(published, outline);
    tx.executeWithoutResult(s -> {
      placement.areas().forEach(store::insert);
      store.insert(new Boundary(placement.root().code(), new GeoShape(outline), LocationSource.SOURCE));
      placement.townAreas().forEach(store::insert);
    });
    log.info("Seeded {} administrative divisions from {}", placement.areas().size(), properties.divisions().getDescription());
  }

  private static Map<String, GeoPoint> centres(List<String[]> rows) {
    // code,name,level,lon_gcj02,lat_gcj02,lon_wgs84_derived,lat_wgs84_derived,...
    Map<String, GeoPoint> result = new HashMap<>();
    for (String[] row : rows) {
      if (row.length > 6 && !row[5].isBlank() && !row[6].isBlank()) {
        result.put(row[0], new GeoPoint(Double.parseDouble(row[5]), Double.parseDouble(row[6])));
      }
    }
    return result;
  }

  private static List<String[]> csv(Resource resource) {
    return text(resource).lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
  }

  private static String text(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
    }
  }
}
