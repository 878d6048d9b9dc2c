package org.anlan.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Enterprises, major hazard sources and assessments over HTTP: scope, grading on save, colour, problem bodies. */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseWebTests {

  static final String PASSWORD = "test-password-1";
  static final String SHUANGJIANG_VILLAGE = "500152110001";
  static final String BAIZI = "500152113000";
  static final double LON = 105.7434;
  static final double LAT = 30.2190;
  static final AtomicInteger SERIAL = new AtomicInteger(1000);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  static String newCode() {
    String first17 = "915001520%08d".formatted(SERIAL.incrementAndGet());
    return first17 + CreditCode.checkCharacter(first17);
  }

  static String enterprise(String name, String code, String area, double lon, double lat) {
    return """
        {"name": "%s", "creditCode": "%s", "industry": "HAZARDOUS_CHEMICALS", "address": "测试路 1 号",
         "lon": %s, "lat": %s, "areaCode": "%s", "legalRepresentative": "张三", "employees": 50, "status": "OPERATING"}"""
        .formatted(name, code, lon, lat, area);
  }

  static String chlorine(String name, double tonnes, int people) {
    return """
        {"name": "%s", "unit": "液氯储罐区", "exposedPopulation": %d,
         "substances": [{"name": "液氯", "cas": "7782-50-5", "quantityTonnes": %s}]}""".formatted(name, people, tonnes);
  }

  long create(String user, String name) throws Exception {
    String body = send(post("/api/v1/enterprises"), user, enterprise(name, newCode(), SHUANGJIANG_VILLAGE, LON, LAT))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  @Test
  void a_town_officer_creates_reads_changes_and_deletes_an_enterprise_of_the_town_and_each_change_is_audited() throws Exception {
    long id = create("shuangjiang", "测试化工厂甲");
    read(get("/api/v1/enterprises/" + id), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("测试化工厂甲")).andExpect(jsonPath("$.version").value(0));
    String changed = enterprise("测试化工厂甲（改）", newCode(), SHUANGJIANG_VILLAGE, LON, LAT)
        .replace("\"status\": \"OPERATING\"", "\"status\": \"SUSPENDED\", \"version\": 0");
    send(put("/api/v1/enterprises/" + id), "shuangjiang", changed).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUSPENDED")).andExpect(jsonPath("$.version").value(1));
    read(get("/api/v1/enterprises").param("industry", "HAZARDOUS_CHEMICALS"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].areaCode", everyItem(startsWith("500152110"))))
        .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    read(delete("/api/v1/enterprises/" + id), "shuangjiang").andExpect(status().isNoContent());
    problem(read(get("/api/v1/enterprises/" + id), "shuangjiang"), 404, "risk.enterprise-not-found");
    long audited = jdbc.sql("select count(*) from platform_audit_log where entity_type = 'risk.enterprise' and entity_id = :id")
        .param("id", String.valueOf(id)).query(Long.class).single();
    org.assertj.core.api.Assertions.assertThat(audited).isEqualTo(3);
  }

  @Test
  void other_towns_and_read_only_users_are_refused() throws Exception {
    long id = create("shuangjiang", "测试化工厂乙");
    problem(read(get("/api/v1/enterprises/" + id), "baizi"), 403, "access.out-of-scope");
    problem(read(get("/api/v1/enterprises").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
    read(get("/api/v1/enterprises"), "baizi").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    problem(read(delete("/api/v1/enterprises/" + id), "baizi"), 403, "access.out-of-scope");
    problem(send(post("/api/v1/enterprises"), "leader", enterprise("只读", newCode(), SHUANGJIANG_VILLAGE, LON, LAT)),
        403, "access.read-only");
    problem(send(post("/api/v1/enterprises"), "shuangjiang", enterprise("越界", newCode(), BAIZI, LON, LAT)),
        403, "access.out-of-scope");
  }

  @Test
  void bad_credit_codes_duplicates_places_and_persons_are_refused_with_a_problem() throws Exception {
    problem(send(post("/api/v1/enterprises"), "admin", enterprise("校验码错", "91350100M000100Y44", SHUANGJIANG_VILLAGE, LON, LAT)),
        422, "risk.credit-code-invalid");
    String code = newCode();
    send(post("/api/v1/enterprises"), "admin", enterprise("第一家", code, SHUANGJIANG_VILLAGE, LON, LAT)).andExpect(status().isCreated());
    problem(send(post("/api/v1/enterprises"), "admin", enterprise("第二家", code, SHUANGJIANG_VILLAGE, LON, LAT)),
        409, "risk.credit-code-taken");
    problem(send(post("/api/v1/enterprises"), "admin", enterprise("区外", newCode(), SHUANGJIANG_VILLAGE, 106.5, 29.5)),
        422, "risk.location-outside");
    problem(send(post("/api/v1/enterprises"), "admin", enterprise("区县", newCode(), "500152000000", LON, LAT)),
        422, "risk.area-level");
    problem(send(post("/api/v1/enterprises"), "admin", enterprise("无人", newCode(), SHUANGJIANG_VILLAGE, LON, LAT)
        .replace("\"employees\"", "\"responsiblePersonId\": 987654321, \"employees\"")), 422, "risk.person-unknown");
  }

  @Test
  void a_major_hazard_source_is_graded_on_save_and_grade_two_makes_the_enterprise_red() throws Exception {
    long id = create("shuangjiang", "测试氯碱厂");
    send(post("/api/v1/enterprises/" + id + "/hazard-sources"), "shuangjiang", chlorine("一号罐区", 10, 120))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.s").value(2.0)).andExpect(jsonPath("$.r").value(16.0))
        .andExpect(jsonPath("$.grade.code").value("3")).andExpect(jsonPath("$.formulaVersion").value("GB18218-2018"))
        .andExpect(jsonPath("$.gradedAt").isNotEmpty());
    read(get("/api/v1/enterprises/" + id), "shuangjiang").andExpect(jsonPath("$.colour").doesNotExist());
    send(post("/api/v1/enterprises/" + id + "/hazard-sources"), "shuangjiang", chlorine("二号罐区", 60, 120))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.grade.code").value("2"));
    read(get("/api/v1/enterprises/" + id), "shuangjiang").andExpect(jsonPath("$.colour").value("RED"));
    read(get("/api/v1/hazard-sources").param("grade", "2"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].enterpriseId", hasItem((int) id))).andExpect(jsonPath("$[*].grade.code", everyItem(org.hamcrest.Matchers.is("2"))));
    problem(send(post("/api/v1/enterprises/" + id + "/hazard-sources"), "shuangjiang", chlorine("小罐", 1, 0)),
        422, "risk.not-a-major-hazard");
    send(post("/api/v1/enterprises/" + id + "/hazard-sources"), "shuangjiang", chlorine("小罐", 1, 0))
        .andExpect(jsonPath("$.detail", containsString("0.2")));
    problem(send(post("/api/v1/enterprises/" + id + "/hazard-sources"), "baizi", chlorine("越界", 10, 0)),
        403, "access.out-of-scope");
  }

  @Test
  void an_assessment_is_stored_and_sets_the_colour_of_an_enterprise_without_a_major_hazard_source() throws Exception {
    long id = create("shuangjiang", "测试机械厂");
    send(post("/api/v1/enterprises/" + id + "/assessments"), "shuangjiang", "{\"method\": \"LEC\", \"l\": 6, \"e\": 6, \"c\": 7}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(252.0))
        .andExpect(jsonPath("$.colour").value("RED")).andExpect(jsonPath("$.assessedBy").value("shuangjiang"));
    send(post("/api/v1/enterprises/" + id + "/assessments"), "shuangjiang", "{\"method\": \"MATRIX\", \"l\": 2, \"s\": 2}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.colour").value("BLUE")).andExpect(jsonPath("$.inputs").value("L=2 S=2"));
    read(get("/api/v1/enterprises/" + id), "shuangjiang").andExpect(jsonPath("$.colour").value("BLUE"))
        .andExpect(jsonPath("$.assessedColour").value("BLUE"));
    read(get("/api/v1/enterprises/" + id + "/assessments"), "shuangjiang").andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].method").value("MATRIX"));
    problem(send(post("/api/v1/enterprises/" + id + "/assessments"), "shuangjiang", "{\"method\": \"LEC\", \"l\": 5, \"e\": 6, \"c\": 7}"),
        422, "risk.lec-score-invalid");
  }

  @Test
  void the_map_layers_are_scoped_feature_collections() throws Exception {
    long id = create("shuangjiang", "测试图层企业");
    read(get("/api/v1/risk/layers/enterprises.geojson"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features[*].properties.id", hasItem((int) id)))
        .andExpect(jsonPath("$.features[*].properties.areaCode", everyItem(startsWith("500152110"))));
    read(get("/api/v1/risk/layers/enterprises.geojson"), "baizi").andExpect(status().isOk())
        .andExpect(jsonPath("$.features[*].properties.id", not(hasItem((int) id))));
    read(get("/api/v1/risk/layers/hazard-bearing-bodies.geojson"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("FeatureCollection"));
    problem(read(get("/api/v1/risk/layers/enterprises.geojson").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
  }

  @Test
  void hazard_bearing_bodies_are_scoped_unique_by_name_in_an_area_and_audited() throws Exception {
    String body = """
        {"name": "测试小学", "kind": "SCHOOL", "lon": %s, "lat": %s, "areaCode": "%s", "people": 800}"""
        .formatted(LON, LAT, SHUANGJIANG_VILLAGE);
    String created = send(post("/api/v1/hazard-bearing-bodies"), "shuangjiang", body).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    problem(send(post("/api/v1/hazard-bearing-bodies"), "shuangjiang", body), 409, "risk.bearing-body-taken");
    problem(read(get("/api/v1/hazard-bearing-bodies/" + id), "baizi"), 403, "access.out-of-scope");
    send(put("/api/v1/hazard-bearing-bodies/" + id), "shuangjiang", body.replace("800", "900")).andExpect(status().isOk())
        .andExpect(jsonPath("$.people").value(900));
    read(get("/api/v1/hazard-bearing-bodies").param("kind", "SCHOOL"), "shuangjiang")
        .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    problem(read(delete("/api/v1/hazard-bearing-bodies/" + id), "leader"), 403, "access.read-only");
    read(delete("/api/v1/hazard-bearing-bodies/" + id), "shuangjiang").andExpect(status().isNoContent());
    problem(read(get("/api/v1/hazard-bearing-bodies/" + id), "shuangjiang"), 404, "risk.bearing-body-not-found");
  }
}
