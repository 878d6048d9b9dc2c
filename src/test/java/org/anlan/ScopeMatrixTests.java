package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anlan.area.AreaCatalogue;
import org.anlan.directory.DirectoryDesk;
import org.anlan.monitoring.StationDesk;
import org.anlan.monitoring.StationSummary;
import org.anlan.resources.ShelterDesk;
import org.anlan.resources.TeamDesk;
import org.anlan.resources.WarehouseDesk;
import org.anlan.risk.DangerZoneDesk;
import org.anlan.risk.BearingBodyDesk;
import org.anlan.risk.EnterpriseDesk;
import org.anlan.shared.AreaCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Area scoping, as a matrix: every area-bound read endpoint × every demo role × areas inside and
 * outside the role's scope. Inside → 200; outside → 403 problem {@code access.out-of-scope}.
 * Reads by id use a record lying in the target area; writes create a person in each area.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScopeMatrixTests {

  static final String PASSWORD = "test-password-1";

  /** Demo users and their scopes. */
  static final Map<String, String> USERS = Map.of(
      "admin", "500152000000", "duty", "500152000000", "leader", "500152000000", "water", "500152000000",
      "shuangjiang", "500152110000", "baizi", "500152113000", "shuangjiang-wuli", "500152110002");

  /** District, 双江镇, a village of 双江镇, 柏梓镇, a village of 柏梓镇. */
  static final List<String> AREAS = List.of("500152000000", "500152110000", "500152110002", "500152113000", "500152113002");

  /** Every area-bound GET endpoint; {area} is replaced by the target area. */
  static final List<String> ENDPOINTS = List.of(
      "/api/v1/areas/{area}",
      "/api/v1/areas?root={area}",
      "/api/v1/areas?flat=true&root={area}",
      "/api/v1/areas/geojson?root={area}",
      "/api/v1/areas/{area}/within/500152000000",
      "/api/v1/people?area={area}",
      "/api/v1/organisations?area={area}",
      "/api/v1/assignments?area={area}",
      "/api/v1/responsible?area={area}&role=GRID_WORKER",
      "/api/v1/people/export.xlsx?area={area}",
      "/api/v1/assignments/export.xlsx?area={area}",
      "/api/v1/dashboard/responsibility-changes?area={area}",
      "/api/v1/shelters?area={area}",
      "/api/v1/shelters/coverage?area={area}",
      "/api/v1/nearest?lon=105.75&lat=30.22&kind=shelter&k=3&area={area}",
      "/api/v1/enterprises?area={area}",
      "/api/v1/hazard-sources?area={area}",
      "/api/v1/hazard-bearing-bodies?area={area}",
      "/api/v1/risk/layers/enterprises.geojson?area={area}",
      "/api/v1/risk/layers/hazard-bearing-bodies.geojson?area={area}",
      "/api/v1/teams?area={area}",
      "/api/v1/warehouses?area={area}",
      "/api/v1/warehouses/below-minimum?area={area}",
      "/api/v1/experts?area={area}",
      "/api/v1/nearest?lon=105.75&lat=30.22&kind=team&k=3&area={area}",
      "/api/v1/nearest?lon=105.75&lat=30.22&kind=warehouse&k=3&area={area}",
      "/api/v1/danger-zones?area={area}",
      "/api/v1/vulnerable-people?area={area}",
      "/api/v1/risk/layers/danger-zones.geojson?area={area}",
      "/api/v1/danger-zones/households.xlsx?area={area}",
      "/api/v1/people/{person}",
      "/api/v1/organisations/{organisation}",
      "/api/v1/assignments/{assignment}",
      "/api/v1/shelters/{shelter}",
      "/api/v1/enterprises/{enterprise}",
      "/api/v1/hazard-bearing-bodies/{body}",
      "/api/v1/teams/{team}",
      "/api/v1/warehouses/{warehouse}",
      "/api/v1/warehouses/{warehouse}/stock",
      "/api/v1/danger-zones/{zone}",
      "/api/v1/danger-zones/{zone}/households",
      "/api/v1/danger-zones/{zone}/nearest-shelters",
      "/api/v1/danger-zones/{zone}/responsible",
      "/api/v1/stations?area={area}",
      "/api/v1/stations?kind=rain&area={area}",
      "/api/v1/stations/export.xlsx?area={area}",
      "/api/v1/alarms?area={area}",
      "/api/v1/alarms?status=all&area={area}",
      "/api/v1/duty/shifts?area={area}",
      "/api/v1/duty/now?area={area}",
      "/api/v1/duty/shifts/export.xlsx?area={area}&month=2030-03",
      "/api/v1/stations/{station}",
      "/api/v1/stations/{station}/rules",
      "/api/v1/stations/{station}/series?sensor={sensor}");

  @Autowired MockMvc mvc;
  @Autowired AreaCatalogue areas;
  @Autowired DirectoryDesk directory;
  @Autowired ShelterDesk shelters;
  @Autowired EnterpriseDesk enterprises;
  @Autowired BearingBodyDesk bodies;
  @Autowired TeamDesk teams;
  @Autowired WarehouseDesk warehouses;
  @Autowired DangerZoneDesk zones;
  @Autowired StationDesk stations;

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (String endpoint : ENDPOINTS) {
      for (String user : USERS.keySet()) {
        for (String area : AREAS) {
          cases.add(Arguments.of(endpoint, user, area));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} GET {0} with {2}")
  @MethodSource("matrix")
  void anAreaIsReadableExactlyWhenItLiesInTheUsersScope(String endpoint, String user, String area) throws Exception {
    boolean inScope = areas.isWithin(AreaCode.of(area), AreaCode.of(USERS.get(user)));
    MvcResult result = mvc.perform(get(resolve(endpoint, area)).with(httpBasic(user, PASSWORD))).andReturn();
    if (inScope) {
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
    } else {
      assertThat(result.getResponse().getStatus()).isEqualTo(403);
      assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
      assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.code")).isEqualTo("access.out-of-scope");
    }
  }

  /** Writes: creating a person in an area succeeds exactly in scope, and never for a read-only leader. */
  @ParameterizedTest(name = "{0} creates a person in {1}")
  @MethodSource("users")
  void aPersonCanBeCreatedExactlyInTheUsersScopeByAUserWhoMayChange(String user) throws Exception {
    for (String area : AREAS) {
      boolean inScope = areas.isWithin(AreaCode.of(area), AreaCode.of(USERS.get(user)));
      String mobile = "1770" + String.format("%07d", Math.abs((user + area).hashCode()) % 10_000_000);
      MvcResult result = mvc.perform(post("/api/v1/people").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
          .content("{\"name\":\"矩阵测试\",\"mobile\":\"" + mobile + "\",\"areaCode\":\"" + area + "\"}")).andReturn();
      int expected = !inScope ? 403 : user.equals("leader") ? 403 : 201;
      assertThat(result.getResponse().getStatus()).as(user + " in " + area).isEqualTo(expected);
      if (expected == 403) {
        assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.code"))
            .isIn("access.out-of-scope", "access.read-only");
      }
    }
  }

  static Stream<String> users() {
    return USERS.keySet().stream().sorted();
  }

  /**
   * The id of a record that every demo user sees exactly when they see {@code area} (records of
   * these kinds lie in towns and villages, never at the district itself).
   */
  private <T> String matching(String area, List<T> items, java.util.function.Function<T, Long> id, java.util.function.Function<T, String> areaOf) {
    return String.valueOf(id.apply(items.stream()
        .filter(x -> USERS.values().stream().allMatch(scope -> areas.isWithin(AreaCode.of(areaOf.apply(x)), AreaCode.of(scope))
            == areas.isWithin(AreaCode.of(area), AreaCode.of(scope))))
        .findFirst()
        .orElseThrow(() -> new org.opentest4j.TestAbortedException("the demo data has no such record in " + area))));
  }

  /** Fills {area} and the ids of a person, an organisation and an assignment that lie in that area. */
  private String resolve(String endpoint, String area) {
    String path = endpoint.replace("{area}", area);
    if (path.contains("{person}")) {
      path = path.replace("{person}", String.valueOf(directory.people(AreaCode.of(area), null, 0, 500).items().stream()
          .filter(p -> p.areaCode().equals(area)).findFirst().orElseThrow().id()));
    }
    if (path.contains("{organisation}")) {
      path = path.replace("{organisation}", String.valueOf(directory.organisations(AreaCode.of(area), null).stream()
          .filter(o -> o.areaCode().equals(area)).findFirst().orElseThrow().id()));
    }
    if (path.contains("{assignment}")) {
      path = path.replace("{assignment}", String.valueOf(directory.assignments(AreaCode.of(area), null, null).stream()
          .filter(a -> a.areaCode().equals(area)).findFirst().orElseThrow().id()));
    }
    if (path.contains("{shelter}")) {
      path = path.replace("{shelter}", matching(area, shelters.shelters(AreaCode.of(area), null, null), x -> x.id(), x -> x.areaCode()));
    }
    if (path.contains("{enterprise}")) {
      path = path.replace("{enterprise}", matching(area, enterprises.enterprises(AreaCode.of(area), null), x -> x.id(), x -> x.areaCode()));
    }
    if (path.contains("{team}")) {
      path = path.replace("{team}", matching(area, teams.teams(AreaCode.of(area), null, null, null), x -> x.id(), x -> x.areaCode()));
    }
    if (path.contains("{warehouse}")) {
      path = path.replace("{warehouse}", matching(area, warehouses.warehouses(AreaCode.of(area)), x -> x.id(), x -> x.areaCode()));
    }
    if (path.contains("{zone}")) {
      path = path.replace("{zone}", matching(area, zones.zones(AreaCode.of(area), null), x -> x.id(), x -> x.areaCode()));
    }
    if (path.contains("{station}")) {
      List<StationSummary> list = stations.stations(AreaCode.of(area), null);
      String id = matching(area, list, x -> x.id(), x -> x.areaCode());
      StationSummary station = list.stream().filter(x -> String.valueOf(x.id()).equals(id)).findFirst().orElseThrow();
      path = path.replace("{station}", station.code()).replace("{sensor}", station.sensors().get(0).code());
    }
    if (path.contains("{body}")) {
      path = path.replace("{body}", matching(area, bodies.bodies(AreaCode.of(area), null), x -> x.id(), x -> x.areaCode()));
    }
    return path;
  }
}
