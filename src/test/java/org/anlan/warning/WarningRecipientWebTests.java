package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Targeting on the demo data: a warning for 双江镇 is previewed, issued, and its recipient list frozen. */
@SpringBootTest
@AutoConfigureMockMvc
class WarningRecipientWebTests {

  static final String SHUANGJIANG = "500152110000";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, WarningWebTests.PASSWORD)));
  }

  long create(String user, String level, String area) throws Exception {
    String body = mvc.perform(post("/api/v1/warnings").with(httpBasic(user, WarningWebTests.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(WarningWebTests.warning(level, area)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  List<Map<String, Object>> list(String path, String user) throws Exception {
    String body = call(get(path), user).andExpect(status().isOk()).andExpect(jsonPath("$").isArray())
        .andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$");
  }

  @SuppressWarnings("unchecked")
  static List<String> reasons(List<Map<String, Object>> list) {
    return list.stream().flatMap(r -> ((List<String>) r.get("reasons")).stream()).toList();
  }

  @Test
  void an_issued_town_warning_freezes_town_cadres_village_cadres_and_zone_people_with_mobiles_once_each() throws Exception {
    long id = create("shuangjiang", "ORANGE", SHUANGJIANG);
    call(post("/api/v1/warnings/" + id + "/submit"), "shuangjiang").andExpect(status().isOk());
    assertThat(list("/api/v1/warnings/" + id + "/recipients", "shuangjiang")).isEmpty();
    List<Map<String, Object>> preview = list("/api/v1/warnings/" + id + "/recipients/preview", "shuangjiang");
    assertThat(jdbc.sql("select count(*) from warning_recipient where warning_id = :w").param("w", id).query(Long.class).single())
        .isZero();

    call(post("/api/v1/warnings/" + id + "/approve"), "admin").andExpect(status().isOk());
    List<Map<String, Object>> frozen = list("/api/v1/warnings/" + id + "/recipients", "shuangjiang");

    assertThat(frozen).isEqualTo(preview);
    assertThat(frozen).extracting(r -> r.get("personId")).doesNotHaveDuplicates();
    assertThat(frozen).allSatisfy(r -> assertThat((String) r.get("mobile")).matches("1[3-9]\\d{9}"));
    assertThat(frozen).allSatisfy(r -> assertThat((List<?>) r.get("reasons")).isNotEmpty());
    List<String> reasons = reasons(frozen);
    assertThat(reasons).anyMatch(s -> s.startsWith("镇街应急办负责人 · 双江镇") || s.startsWith("镇街分管领导 · 双江镇"));
    assertThat(reasons.stream().filter(s -> s.startsWith("村社书记 · ") || s.startsWith("网格员 · ")).count()).isGreaterThan(1);
    assertThat(reasons).anyMatch(s -> s.startsWith("隐患点包保责任人 · "));
    assertThat(reasons).anyMatch(s -> s.startsWith("一对一帮扶人 · "));
    assertThat(reasons).anyMatch(s -> s.startsWith("区分管领导 · "));
    assertThat(frozen).filteredOn(r -> r.get("areaCode") != null)
        .allSatisfy(r -> assertThat((String) r.get("areaCode")).matches("500152(000000|11\\d{4})"));
    assertThat(jdbc.sql("select count(*) from warning_recipient where warning_id = :w").param("w", id).query(Long.class).single())
        .isEqualTo(frozen.size());
  }

  @Test
  void recipients_are_scoped_like_the_warning() throws Exception {
    long id = create("shuangjiang", "BLUE", SHUANGJIANG);
    WarningWebTests.problem(call(get("/api/v1/warnings/" + id + "/recipients/preview"), "baizi"), 403, "access.out-of-scope");
    WarningWebTests.problem(call(get("/api/v1/warnings/" + id + "/recipients"), "baizi"), 403, "access.out-of-scope");
    WarningWebTests.problem(call(get("/api/v1/warnings/999999/recipients/preview"), "admin"), 404, "warning.not-found");
  }

  @Test
  void a_warning_with_only_a_drawn_polygon_reaches_the_towns_the_polygon_meets() throws Exception {
    // about 2 km around 双江镇's centre (105.7434, 30.2190; town centres from ../shared/data), no area codes
    String body = WarningWebTests.warning("YELLOW", SHUANGJIANG).replace("\"areaCodes\": [\"" + SHUANGJIANG + "\"],", "\"areaCodes\": [],")
        .replace("[[105.70, 30.20], [105.80, 30.20], [105.80, 30.30]]", "[[105.73, 30.21], [105.755, 30.21], [105.755, 30.23], [105.73, 30.23]]");
    String created = mvc.perform(post("/api/v1/warnings").with(httpBasic("admin", WarningWebTests.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.areaCodes").isEmpty()).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    List<String> reasons = reasons(list("/api/v1/warnings/" + id + "/recipients/preview", "admin"));
    assertThat(reasons).anyMatch(r -> r.startsWith("镇街分管领导 · 双江镇"));
    assertThat(reasons).noneMatch(r -> r.contains("塘坝镇") || r.contains("崇龛镇"));
    assertThat(reasons).anyMatch(r -> r.startsWith("区分管领导 · "));

    // drawn beside the district (Chongqing's centre, 80 km away): refused, not sent to the whole district
    String outside = body.replace("[[105.73, 30.21], [105.755, 30.21], [105.755, 30.23], [105.73, 30.23]]",
        "[[106.50, 29.55], [106.52, 29.55], [106.52, 29.57]]");
    WarningWebTests.problem(mvc.perform(post("/api/v1/warnings").with(httpBasic("admin", WarningWebTests.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(outside)), 422, "warning.polygon-outside");

    long district = create("admin", "YELLOW", "500152000000");
    List<Map<String, Object>> everyone = list("/api/v1/warnings/" + district + "/recipients/preview", "admin");
    assertThat(list("/api/v1/warnings/" + id + "/recipients/preview", "admin").size()).isLessThan(everyone.size() / 3);
    // a rainstorm reaches the units of 区减灾委 (the demo's memberships), not those of 区安委会 alone
    assertThat(reasons(everyone)).contains("成员单位值班联系人（区水利局） · 潼南区", "成员单位值班联系人（区气象局） · 潼南区")
        .noneMatch(r -> r.contains("区市场监管局") || r.contains("区经济信息委"));
  }
}
