package org.anlan.messaging;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 消息记录: the outbox for the command centre (district duty officers and admins) — list, counts, one message, re-send. */
@RestController
@RequestMapping("/api/v1/messaging/messages")
class MessageLogController {

  private final MessageLog log;

  MessageLogController(MessageLog log) {
    this.log = log;
  }

  @Operation(summary = "消息记录 Messages newest first; ?state=QUEUED|SENT|DELIVERED|FAILED, ?channel=IN_APP|SMS|EMAIL|VOICE, ?q= part of name, address or correlation, ?limit= (≤ 1,000)")
  @GetMapping
  List<MessageLog.Entry> messages(@RequestParam(required = false) DeliveryState state, @RequestParam(required = false) ChannelKind channel,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "200") int limit) {
    return log.messages(state, channel, q, limit);
  }

  @Operation(summary = "消息统计 Messages per channel and state")
  @GetMapping("/counts")
  Map<ChannelKind, Map<DeliveryState, Long>> counts() {
    return log.counts();
  }

  @Operation(summary = "消息详情 One message with every attempt, receipt and re-send")
  @GetMapping("/{id}")
  MessageLog.Detail message(@PathVariable long id) {
    return log.message(id);
  }

  @Operation(summary = "重发 Queue a FAILED message again (tries counted afresh; audited)")
  @PostMapping("/{id}/resend")
  MessageLog.Detail resend(@PathVariable long id) {
    return log.resend(id);
  }
}
