package org.anlan.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.ClassPathResource;

/** The estimates made for what the published data of 潼南区 lacks, checked on the real files. */
class PlacementTests {

  static Placement placement;
  static Geometry outline;
  static Map<String, Area> byCode;

  @BeforeAll
  static void placeTheRealDistrict() throws IOException {
    outline = OutlineReader.read(read("area/tongnan-district-wgs84.geojson"));
    Map<String, GeoPoint> centres = read("area/tongnan-town-centres.csv").lines().skip(1).map(l -> l.split(",", -1))
        .filter(r -> !r[5].isBlank()).collect(Collectors.toMap(r -> r[0], r -> new GeoPoint(Double.parseDouble(r[5]), Double.parseDouble(r[6]))));
    List<Area> published = new ArrayList<>();
    read("area/tongnan-divisions.csv").lines().skip(1).map(l -> l.split(",", -1)).forEach(r -> published.add(
        new Area(new AreaCode(r[0]), r[1], AreaLevel.fromCsv(r[2]), new AreaCode(r[3]), centres.get(r[0]),
            centres.containsKey(r[0]) ? LocationSource.SOURCE : null)));
    placement = new Placement(published, outline);
    byCode = placement.areas().stream().collect(Collectors.toMap(a -> a.code().value(), Function.identity()));
  }

  @Test
  void everyDivisionIsKeptWithItsOfficialCode() {
    assertThat(placement.areas()).hasSize(328);
    assertThat(placement.areas().stream().filter(a -> a.level() == AreaLevel.TOWN)).hasSize(23);
    assertThat(placement.areas().stream().filter(a -> a.level() == AreaLevel.VILLAGE)).hasSize(304);
  }

  @Test
  void publishedTownCentresStayAsPublished() {
    Area shuangjiang = byCode.get("500152110000");
    assertThat(shuangjiang.centreSource()).isEqualTo(LocationSource.SOURCE);
    assertThat(shuangjiang.centre()).isEqualTo(new GeoPoint(105.743382, 30.219039));
  }

  @Test
  void theTwoStreetsWithoutAPublishedCentreAreMarkedEstimated() {
    assertThat(placement.areas().stream().filter(a -> a.centreSource() == LocationSource.ESTIMATED).map(a -> a.code().value()))
        .containsExactlyInAnyOrder("500152002000", "500152003000");
    assertThat(byCode.get("500152002000").centre()).isEqualTo(byCode.get("500152000000").centre());
  }

  @Test
  void villagesGetSchematicPositionsInsideTheDistrict() {
    List<Area> villages = placement.areas().stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
    assertThat(villages).allSatisfy(v -> {
      assertThat(v.centreSource()).isEqualTo(LocationSource.SCHEMATIC);
      assertThat(outline.covers(v.centre().toJts())).as(v.name()).isTrue();
    });
  }

  @Test
  void approximateTownAreasAreEstimatedAndTileTheDistrict() {
    assertThat(placement.townAreas()).hasSize(21).allSatisfy(b -> assertThat(b.source()).isEqualTo(LocationSource.ESTIMATED));
    double covered = placement.townAreas().stream().mapToDouble(b -> b.shape().geometry().getArea()).sum();
    assertThat(covered / outline.getArea()).isBetween(0.999, 1.001);
    placement.townAreas().forEach(b -> assertThat(b.shape().contains(byCode.get(b.code().value()).centre())).isTrue());
  }

  private static String read(String path) throws IOException {
    return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
