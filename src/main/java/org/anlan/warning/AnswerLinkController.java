package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 一键确认: the one-click answer links sent by SMS, e-mail and in-app, public (the token is the credential).
 * Opening the link shows the warning and a 收到 button (opening alone answers nothing, so link previews
 * in chat apps do not answer for the person).
 */
@Controller
class AnswerLinkController {

  private final CalloutDesk desk;
  private final AnswerGroups groups;

  AnswerLinkController(CalloutDesk desk, AnswerGroups groups) {
    this.desk = desk;
    this.groups = groups;
  }

  @GetMapping("/a/{token}")
  String page(@PathVariable String token) {
    return "forward:/answer.html";
  }

  @Operation(summary = "答复链接内容 What an answer link shows (public; 404 unknown link)")
  @GetMapping("/api/v1/answers/{token}")
  @ResponseBody
  CalloutDesk.AnswerPage link(@PathVariable String token) {
    return desk.link(token);
  }

  @Operation(summary = "一键确认 Answer through the link (public); body {\"feedback\": \"已组织转移 35 人\"} optional; 409 expired or closed")
  @PostMapping("/api/v1/answers/{token}")
  @ResponseBody
  CalloutDesk.AnswerPage answer(@PathVariable String token, @RequestBody(required = false) Map<String, String> body) {
    return groups.answer(token, CalloutController.feedback(body));
  }
}
