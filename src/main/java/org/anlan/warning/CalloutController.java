package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** 叫应 for logged-in users: the board and full record of a warning, answering, and one's own open calls. */
@RestController
class CalloutController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CalloutDesk desk;
  private final CalloutAnalysis analysis;

  CalloutController(CalloutDesk desk, CalloutAnalysis analysis) {
    this.desk = desk;
    this.analysis = analysis;
  }

  @Operation(summary = "叫应效能分析 Answer rate, median and p90 time to answer by level, town and role, escalations and channels; "
      + "?warning= one warning, else ?from=&to= (ISO instants, default the last 30 days, at most 366 days)")
  @GetMapping("/api/v1/callouts/analysis")
  CalloutAnalysis.Report analysis(@RequestParam(required = false) Long warning, @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    return analysis.report(warning, from, to);
  }

  @Operation(summary = "叫应效能分析 Excel The same as a workbook: 汇总 and 明细 sheets")
  @GetMapping("/api/v1/callouts/analysis.xlsx")
  ResponseEntity<byte[]> analysisWorkbook(@RequestParam(required = false) Long warning, @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(warning == null ? "叫应效能分析.xlsx" : "叫应效能分析-预警" + warning + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(analysis.workbook(warning, from, to));
  }

  @Operation(summary = "叫应记录 Each recipient of every round: steps (who, channels, when), what became of each message, the answer")
  @GetMapping("/api/v1/warnings/{id}/responses")
  List<CalloutDesk.Response> responses(@PathVariable long id) {
    return desk.responses(id);
  }

  @Operation(summary = "叫应看板 The newest round per town and place: who has and has not answered, due times, totals")
  @GetMapping("/api/v1/warnings/{id}/board")
  CalloutDesk.Board board(@PathVariable long id) {
    return desk.board(id);
  }

  @Operation(summary = "叫应看板推送 Server-Sent Events: a board event {\"warningId\": …} when the warning's calls changed (at most one a second); read the board again on it")
  @GetMapping(path = "/api/v1/warnings/{id}/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter boardStream(@PathVariable long id) {
    return desk.boardStream(id);
  }

  @Operation(summary = "确认收到 Answer, as the logged-in user's person, every open call of the warning that reached them; body {\"feedback\": \"…\"} optional")
  @PostMapping("/api/v1/warnings/{id}/answer")
  List<Call> answer(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
    return desk.answerMine(id, feedback(body));
  }

  @Operation(summary = "代为确认 Record that the recipient answered by phone (staff with change rights over the call's area)")
  @PostMapping("/api/v1/warnings/{id}/calls/{callId}/answer")
  Call answerOnBehalf(@PathVariable long id, @PathVariable long callId, @RequestBody(required = false) Map<String, String> body) {
    return desk.answerOnBehalf(id, callId, feedback(body));
  }

  @Operation(summary = "我的叫应 Open calls that reached the logged-in user's person, newest first")
  @GetMapping("/api/v1/callouts/mine")
  List<Call> mine() {
    return desk.mine();
  }

  static String feedback(Map<String, String> body) {
    return body == null ? null : body.get("feedback");
  }
}
