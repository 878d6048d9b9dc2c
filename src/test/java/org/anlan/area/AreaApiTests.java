package org.anlan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.anlan.shared.AreaCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AreaApiTests {

  static final String PASSWORD = "test-password-1";

  @Autowired MockMvc mvc;
  @Autowired AreaCatalogue areas;

  @Test
  void theDistrictTreeHas23TownsAnd304VillagesWithTheirOfficialCodes() throws Exception {
    mvc.perform(get("/api/v1/areas").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("500152000000"))
        .andExpect(jsonPath("$.name").value("潼南区"))
        .andExpect(jsonPath("$.children", hasSize(23)))
        .andExpect(jsonPath("$.children[*].children[*]", hasSize(304)))
        .andExpect(jsonPath("$.children[?(@.code == '500152110000')].name").value("双江镇"));
    mvc.perform(get("/api/v1/areas").param("flat", "true").param("level", "VILLAGE").with(httpBasic("duty", PASSWORD)))
        .andExpect(jsonPath("$", hasSize(304)))
        .andExpect(jsonPath("$[0].code").value("500152001001"));
  }

  @Test
  void oneAreaComesWithItsAncestorsChildrenAndCounts() throws Exception {
    mvc.perform(get("/api/v1/areas/500152110000").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.area.name").value("双江镇"))
        .andExpect(jsonPath("$.area.centreSource").value("SOURCE"))
        .andExpect(jsonPath("$.ancestors[0].code").value("500152000000"))
        .andExpect(jsonPath("$.villages").value(areas.children(AreaCode.of("500152110000")).size()));
    mvc.perform(get("/api/v1/areas/500152003000").with(httpBasic("admin", PASSWORD)))
        .andExpect(jsonPath("$.area.name").value("大佛街道"))
        .andExpect(jsonPath("$.area.centreSource").value("ESTIMATED"));
  }

  @Test
  void aTownOfficerSeesOnlyTheirTown() throws Exception {
    mvc.perform(get("/api/v1/areas").with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(jsonPath("$.code").value("500152110000"))
        .andExpect(jsonPath("$.children[*].parentCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("500152110000"))));
    mvc.perform(get("/api/v1/areas/500152113000").with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("access.out-of-scope"))
        .andExpect(jsonPath("$.detail").value("区域 500152113000 不在您的管辖范围内。"));
  }

  @Test
  void anUnknownCodeIs404AndAMalformedOneIs422InTheAskedLanguage() throws Exception {
    mvc.perform(get("/api/v1/areas/500152999000").with(httpBasic("admin", PASSWORD)).header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("area.not-found"))
        .andExpect(jsonPath("$.detail").value("No administrative area has code 500152999000."));
    mvc.perform(get("/api/v1/areas/abc").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("area.code-invalid"))
        .andExpect(jsonPath("$.title").value("不符合业务规则"));
  }

  @Test
  void withinAnswersForTheTree() throws Exception {
    assertThat(areas.isWithin(AreaCode.of("500152110002"), AreaCode.of("500152110000"))).isTrue();
    assertThat(areas.isWithin(AreaCode.of("500152110002"), AreaCode.of("500152000000"))).isTrue();
    assertThat(areas.isWithin(AreaCode.of("500152110002"), AreaCode.of("500152113000"))).isFalse();
    assertThat(areas.isWithin(AreaCode.of("500152000000"), AreaCode.of("500152110000"))).isFalse();
    assertThat(areas.ancestors(AreaCode.of("500152110002"))).extracting(a -> a.code().value()).containsExactly("500152110000", "500152000000");
    mvc.perform(get("/api/v1/areas/500152110002/within/500152110000").with(httpBasic("admin", PASSWORD)))
        .andExpect(jsonPath("$.within").value(true));
  }

  @Test
  void theMapLayerLabelsEveryEstimate() throws Exception {
    mvc.perform(get("/api/v1/areas/geojson").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features[?(@.properties.kind == 'boundary' && @.properties.level == 'DISTRICT')].properties.source").value("SOURCE"))
        .andExpect(jsonPath("$.features[?(@.properties.kind == 'boundary' && @.properties.level == 'TOWN')]", hasSize(21)))
        .andExpect(jsonPath("$.features[?(@.properties.kind == 'centre' && @.properties.level == 'VILLAGE' && @.properties.source != 'SCHEMATIC')]", hasSize(0)));
  }
}
