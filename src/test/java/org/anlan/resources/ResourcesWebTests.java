package org.anlan.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The shelters and nearest-available HTTP API: status and problem+json body of each refusal, and nothing changed. */
@SpringBootTest
@AutoConfigureMockMvc
class ResourcesWebTests {

  static final String PASSWORD = "test-password-1";
  static final String SHUANGJIANG_VILLAGE = "500152110001";
  static final String BAIZI = "500152113000";
  static final String BAIZI_VILLAGE = "500152113001";
  static final double LON = 105.7434;
  static final double LAT = 30.2190;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  static String shelter(String name, String area, double lon, double lat, int capacity, int occupancy) {
    return """
        {"name": "%s", "type": "TEMPORARY_SHELTER", "capacity": %d, "occupancy": %d, "areaCode": "%s",
         "lon": %s, "lat": %s, "facilities": ["WATER", "POWER"], "status": "OPEN"}"""
        .formatted(name, capacity, occupancy, area, lon, lat);
  }

  long shelters() {
    return jdbc.sql("select count(*) from resources_shelter").query(Long.class).single();
  }

  long anyShelterIn(String areaPrefix) {
    return jdbc.sql("select min(id) from resources_shelter where area_code like :p").param("p", areaPrefix + "%").query(Long.class).single();
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.type").value("https://anlan.org/problems/" + code))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  @Test
  void the_list_defaults_to_the_callers_scope_and_refuses_an_area_outside_it() throws Exception {
    read(get("/api/v1/shelters"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].areaCode", everyItem(startsWith("500152110"))))
        .andExpect(jsonPath("$[*].name", everyItem(org.hamcrest.Matchers.containsString("（演示）"))));
    problem(read(get("/api/v1/shelters").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
    problem(read(get("/api/v1/shelters/" + anyShelterIn("500152113")), "shuangjiang"), 403, "access.out-of-scope");
    problem(read(get("/api/v1/shelters/coverage").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
  }

  @Test
  void an_unknown_area_is_404_and_creates_nothing() throws Exception {
    problem(read(get("/api/v1/shelters").param("area", "500152999999"), "admin"), 404, "area.not-found");
    long before = shelters();
    problem(send(post("/api/v1/shelters"), "admin", shelter("未知", "500152999999", LON, LAT, 50, 0)), 404, "area.not-found");
    problem(read(get("/api/v1/shelters/999999"), "admin"), 404, "resources.shelter-not-found");
    assertThat(shelters()).isEqualTo(before);
  }

  @Test
  void malformed_or_invalid_input_is_refused_and_creates_nothing() throws Exception {
    long before = shelters();
    problem(send(post("/api/v1/shelters"), "admin", "{\"name\": \"半截"), 400, "request.malformed");
    problem(send(post("/api/v1/shelters"), "admin", shelter("", SHUANGJIANG_VILLAGE, LON, LAT, 50, 0)), 400, "request.invalid");
    problem(send(post("/api/v1/shelters"), "admin", shelter("太满", SHUANGJIANG_VILLAGE, LON, LAT, 50, 51)), 422, "resources.occupancy-over-capacity");
    problem(send(post("/api/v1/shelters"), "admin", shelter("坐标", SHUANGJIANG_VILLAGE, LON, 95, 50, 0)), 422, "geo.point-invalid");
    problem(send(post("/api/v1/shelters"), "admin", shelter("成都", SHUANGJIANG_VILLAGE, 104.06, 30.67, 50, 0)), 422, "resources.location-outside");
    problem(send(post("/api/v1/shelters"), "admin", shelter("区级", "500152000000", LON, LAT, 50, 0)), 422, "resources.area-level");
    problem(send(post("/api/v1/shelters"), "admin", shelter("管理", SHUANGJIANG_VILLAGE, LON, LAT, 50, 0)
        .replace("\"status\"", "\"managerPersonId\": 999999, \"status\"")), 422, "resources.manager-unknown");
    assertThat(shelters()).isEqualTo(before);
  }

  @Test
  void writes_outside_the_scope_or_by_a_leader_are_403_and_change_nothing() throws Exception {
    long before = shelters();
    long baizi = anyShelterIn("500152113");
    problem(send(post("/api/v1/shelters"), "shuangjiang", shelter("越权", BAIZI_VILLAGE, LON, LAT, 50, 0)), 403, "access.out-of-scope");
    problem(send(put("/api/v1/shelters/" + baizi), "shuangjiang", shelter("越权", SHUANGJIANG_VILLAGE, LON, LAT, 50, 0)), 403, "access.out-of-scope");
    problem(read(delete("/api/v1/shelters/" + baizi), "shuangjiang"), 403, "access.out-of-scope");
    problem(send(post("/api/v1/shelters"), "leader", shelter("领导", SHUANGJIANG_VILLAGE, LON, LAT, 50, 0)), 403, "access.read-only");
    assertThat(shelters()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from resources_shelter where id = :id").param("id", baizi).query(Long.class).single()).isOne();
  }

  @Test
  void nearest_refuses_bad_points_counts_and_kinds() throws Exception {
    problem(read(get("/api/v1/nearest").param("lon", "200").param("lat", "30"), "duty"), 422, "geo.point-invalid");
    problem(read(get("/api/v1/nearest").param("lon", "NaN").param("lat", "30"), "duty"), 422, "geo.point-invalid");
    problem(read(get("/api/v1/nearest").param("lon", "east").param("lat", "30"), "duty"), 400, "request.parameter-invalid");
    problem(read(get("/api/v1/nearest").param("lon", "105.8").param("lat", "30.2").param("k", "0"), "duty"), 422, "resources.k-out-of-range");
    problem(read(get("/api/v1/nearest").param("lon", "105.8").param("lat", "30.2").param("k", "51"), "duty"), 422, "resources.k-out-of-range");
    problem(read(get("/api/v1/nearest").param("lon", "105.8").param("lat", "30.2").param("minFree", "-1"), "duty"), 422, "resources.min-free-invalid");
    problem(read(get("/api/v1/nearest").param("lon", "105.8").param("lat", "30.2").param("kind", "warehouse").param("minQty", "0"), "duty"), 422, "resources.min-qty-invalid");
    problem(read(get("/api/v1/nearest").param("lon", "105.8").param("lat", "30.2").param("kind", "boat"), "duty"), 422, "resources.kind-unknown");
    problem(read(get("/api/v1/nearest").param("lon", "105.8").param("lat", "30.2").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
  }

  @Test
  void nearest_answers_only_within_the_callers_scope_nearest_first() throws Exception {
    read(get("/api/v1/nearest").param("lon", "105.7137").param("lat", "30.0990").param("kind", "shelter").param("k", "5"), "shuangjiang")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5))
        .andExpect(jsonPath("$[*].areaCode", everyItem(startsWith("500152110"))))
        .andExpect(jsonPath("$[*].kind", everyItem(org.hamcrest.Matchers.is("SHELTER"))));
    read(get("/api/v1/nearest").param("lon", "105.7137").param("lat", "30.0990").param("k", "3"), "admin")
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].areaCode", startsWith("500152113")))
        .andExpect(jsonPath("$[0].distanceMetres").isNumber());
  }

  @Test
  void the_answer_follows_a_shelter_that_is_moved_filled_and_deleted() throws Exception {
    String created = send(post("/api/v1/shelters"), "shuangjiang", shelter("测试点", SHUANGJIANG_VILLAGE, LON, LAT, 80, 0))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    nearestAt(LON, LAT).andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].distanceMetres").value(0))
        .andExpect(jsonPath("$[0].free").value(80));

    send(put("/api/v1/shelters/" + id), "shuangjiang", shelter("测试点", SHUANGJIANG_VILLAGE, LON, LAT, 80, 80)).andExpect(status().isOk());
    nearestAt(LON, LAT).andExpect(jsonPath("$[*].id", not(hasItems((int) id))));

    send(put("/api/v1/shelters/" + id), "shuangjiang", shelter("测试点", SHUANGJIANG_VILLAGE, 105.80, 30.25, 80, 10)).andExpect(status().isOk());
    nearestAt(105.80, 30.25).andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].free").value(70));
    nearestAt(LON, LAT).andExpect(jsonPath("$[0].id").value(not(id)));

    read(delete("/api/v1/shelters/" + id), "shuangjiang").andExpect(status().isNoContent());
    nearestAt(105.80, 30.25).andExpect(jsonPath("$[*].id", not(hasItems((int) id))));
    assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'resources.shelter' and entity_id = :id")
        .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
  }

  @Test
  void coverage_lists_the_villages_left_without_a_temporary_shelter() throws Exception {
    read(get("/api/v1/shelters/coverage"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$.uncoveredVillages[*].code", hasItems(DemoShelters.GAPS.keySet().toArray())))
        .andExpect(jsonPath("$.villages").value(304));
    read(get("/api/v1/shelters/coverage"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$.areaCode").value("500152110000"))
        .andExpect(jsonPath("$.uncoveredVillages[*].code", hasItems("500152110002", "500152110003")))
        .andExpect(jsonPath("$.uncoveredVillages[*].code", everyItem(startsWith("500152110"))));
  }

  ResultActions nearestAt(double lon, double lat) throws Exception {
    return read(get("/api/v1/nearest").param("lon", String.valueOf(lon)).param("lat", String.valueOf(lat)).param("k", "5"), "shuangjiang")
        .andExpect(status().isOk());
  }
}
