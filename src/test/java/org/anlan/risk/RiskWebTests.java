package org.anlan.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The calculators over HTTP: status and body of good answers and of each refusal. */
@SpringBootTest
@AutoConfigureMockMvc
class RiskWebTests {

  @Autowired MockMvc mvc;

  ResultActions send(String path, String json) throws Exception {
    return mvc.perform(post("/api/v1/risk/" + path).with(httpBasic("duty", "test-password-1"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  static ResultActions problem(ResultActions result, int status, String code) throws Exception {
    return result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  @Test
  void gb18218_answers_s_r_grade_and_every_factor() throws Exception {
    // 液氯 q = 10, Q = 5 → 2, β 4 → 8; 汽油 q = 100, Q = 200 → 0.5, β W5.1 1.5 → 0.75.
    // S = 2.5; α(120 people) = 2; R = 2 × 8.75 = 17.5 → 三级.
    send("gb18218", """
        {"substances": [{"name": "液氯", "cas": "7782-50-5", "quantityTonnes": 10},
                        {"name": "汽油", "cas": "86290-81-5", "quantityTonnes": 100, "hazardClasses": ["W5.1"]}],
         "exposedPopulation": 120}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.formulaVersion").value("GB18218-2018"))
        .andExpect(jsonPath("$.s").value(2.5))
        .andExpect(jsonPath("$.identified").value(true))
        .andExpect(jsonPath("$.alpha").value(2.0))
        .andExpect(jsonPath("$.populationBand").value("≥100"))
        .andExpect(jsonPath("$.r").value(17.5))
        .andExpect(jsonPath("$.grade.zh").value("三级"))
        .andExpect(jsonPath("$.grade.en").value("Grade III"))
        .andExpect(jsonPath("$.substances[0].criticalQuantitySource").value("表1"))
        .andExpect(jsonPath("$.substances[0].betaSource").value("表3"))
        .andExpect(jsonPath("$.substances[1].betaSource").value("表4 W5.1"))
        .andExpect(jsonPath("$.substances[1].weightedRatio").value(0.75));
  }

  @Test
  void gb18218_below_one_is_an_answer_without_r_or_grade() throws Exception {
    send("gb18218", """
        {"substances": [{"name": "某溶剂", "quantityTonnes": 999, "hazardClasses": ["W5.3"]}], "exposedPopulation": 0}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.s").value(0.999))
        .andExpect(jsonPath("$.identified").value(false))
        .andExpect(jsonPath("$.r").value(nullValue()))
        .andExpect(jsonPath("$.grade").value(nullValue()));
  }

  @Test
  void gb18218_refuses_bad_input_with_a_message() throws Exception {
    problem(send("gb18218", """
        {"substances": [], "exposedPopulation": 0}"""), 422, "risk.substances-empty");
    problem(send("gb18218", """
        {"substances": [{"name": "某化学品", "cas": "1234-56-6", "quantityTonnes": 1}], "exposedPopulation": 0}"""),
        422, "risk.substance-unknown").andExpect(jsonPath("$.detail").value(containsString("某化学品")));
    problem(send("gb18218", """
        {"substances": [{"name": "x", "quantityTonnes": 1, "hazardClasses": ["W99"]}], "exposedPopulation": 0}"""),
        422, "risk.hazard-class-unknown").andExpect(jsonPath("$.detail").value(containsString("W99")));
    problem(send("gb18218", """
        {"substances": [{"name": "x", "quantityTonnes": -1, "hazardClasses": ["W2"]}], "exposedPopulation": 0}"""),
        422, "risk.quantity-invalid");
    problem(send("gb18218", """
        {"substances": [{"name": "x", "hazardClasses": ["W2"]}]}"""), 422, "risk.population-invalid");
    problem(send("gb18218", """
        {"substances": [{"name": "x", "quantityTonnes": NaN, "hazardClasses": ["W2"]}], "exposedPopulation": 0}"""),
        400, "request.malformed");
    problem(send("gb18218", """
        {"substances": [{"name": "x", "quantityTonnes": "many"}], "exposedPopulation": 0}"""), 400, "request.malformed");
    String many = String.join(",", Collections.nCopies(201, """
        {"name": "x", "quantityTonnes": 1, "hazardClasses": ["W2"]}"""));
    problem(send("gb18218", "{\"substances\": [" + many + "], \"exposedPopulation\": 0}"), 422, "risk.substances-too-many");
  }

  @Test
  void problems_speak_english_when_asked() throws Exception {
    problem(mvc.perform(post("/api/v1/risk/lec").with(httpBasic("duty", "test-password-1")).header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON).content("{\"l\": 5, \"e\": 6, \"c\": 7}")), 422, "risk.lec-score-invalid")
        .andExpect(jsonPath("$.detail").value("5 is not an LEC score for L; allowed: 10, 6, 3, 1, 0.5, 0.2, 0.1."));
  }

  @Test
  void lec_answers_d_band_and_colour() throws Exception {
    send("lec", "{\"l\": 6, \"e\": 6, \"c\": 7}") // D = 6 × 6 × 7 = 252 → 高度危险, mapping A: 红
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.d").value(252.0))
        .andExpect(jsonPath("$.band.code").value("HIGH"))
        .andExpect(jsonPath("$.band.zh").value("高度危险,需立即整改"))
        .andExpect(jsonPath("$.colour.code").value("RED"))
        .andExpect(jsonPath("$.mapping").value("A"));
    problem(send("lec", "{\"l\": 6, \"e\": 6, \"c\": 10}"), 422, "risk.lec-score-invalid")
        .andExpect(jsonPath("$.detail").value(containsString("100, 40, 15, 7, 3, 1")));
    problem(send("lec", "{\"l\": 6, \"e\": 6}"), 422, "risk.factor-missing");
  }

  @Test
  void matrix_answers_the_colour_of_the_cell() throws Exception {
    send("matrix", "{\"l\": 4, \"s\": 4}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.product").value(16))
        .andExpect(jsonPath("$.colour.code").value("ORANGE"));
    problem(send("matrix", "{\"l\": 6, \"s\": 1}"), 422, "risk.matrix-score-invalid");
    problem(send("matrix", "{\"l\": 2.5, \"s\": 1}"), 422, "risk.matrix-score-invalid");
  }

  @Test
  void the_calculators_need_a_login() throws Exception {
    // With a CSRF token, so that the refusal is the missing login and not the missing token.
    problem(mvc.perform(post("/api/v1/risk/lec").with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"l\": 6, \"e\": 6, \"c\": 7}")), 401, "auth.required");
    problem(mvc.perform(post("/api/v1/risk/lec").with(httpBasic("duty", "wrong-password")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"l\": 6, \"e\": 6, \"c\": 7}")), 401, "auth.required");
  }
}
