package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calculators over HTTP; any logged-in user may call them. */
@RestController
@RequestMapping("/api/v1/risk")
class RiskController {

  private final RiskAssessment assessment;

  RiskController(RiskAssessment assessment) {
    this.assessment = assessment;
  }

  @Operation(summary = "重大危险源辨识与分级 GB 18218-2018: S, R, grade and every factor used")
  @PostMapping("/gb18218")
  HazardSourceGrading gb18218(@RequestBody GradeHazardSource command) {
    return assessment.grade(command);
  }

  @Operation(summary = "LEC 作业条件危险性评价: D = L×E×C, band and colour")
  @PostMapping("/lec")
  LecScore lec(@RequestBody ScoreLec command) {
    return assessment.scoreLec(command);
  }

  @Operation(summary = "风险矩阵 L×S: the colour of the cell")
  @PostMapping("/matrix")
  MatrixScore matrix(@RequestBody ScoreMatrix command) {
    return assessment.scoreMatrix(command);
  }
}
