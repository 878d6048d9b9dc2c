package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 叫应 for logged-in users: the board and full record of a warning, answering, and one's own open calls. */
@RestController
class CalloutController {

  private final CalloutDesk desk;

  CalloutController(CalloutDesk desk) {
    this.desk = desk;
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
