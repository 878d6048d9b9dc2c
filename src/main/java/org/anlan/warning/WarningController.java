package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 预警: warnings within the caller's scope, their lifecycle, CAP 1.2 export and import. */
@RestController
@RequestMapping("/api/v1/warnings")
class WarningController {

  static final MediaType CAP_XML = MediaType.parseMediaType("application/cap+xml");

  private final WarningDesk desk;
  private final CapExchange cap;
  private final WarningProperties properties;
  private final CapFeedPoller feeds;
  private final org.anlan.platform.CurrentActor actors;

  WarningController(WarningDesk desk, CapExchange cap, WarningProperties properties, CapFeedPoller feeds,
      org.anlan.platform.CurrentActor actors) {
    this.feeds = feeds;
    this.actors = actors;
    this.desk = desk;
    this.cap = cap;
    this.properties = properties;
  }

  @Operation(summary = "审批权限 The approval policy: level → roles that may approve, update and lift (for the UI)")
  @GetMapping("/approval")
  Map<WarningLevel, java.util.Set<org.anlan.platform.Role>> approval() {
    return new java.util.TreeMap<>(properties.approval());
  }

  @Operation(summary = "外部 CAP 源 The polled CAP feeds (anlan.warning.feed.urls) as polled on this node: imported, known, refused with reasons")
  @GetMapping("/feeds")
  List<CapFeedPoller.FeedView> feeds() {
    return feeds.status();
  }

  @Operation(summary = "立即拉取 Poll every CAP feed now (writers); answers the feeds' status")
  @PostMapping("/feeds/poll")
  List<CapFeedPoller.FeedView> pollFeeds() {
    actors.writer();
    return feeds.pollNow();
  }

  @Operation(summary = "预警列表 Warnings the caller may see, newest first; ?status= narrows (EXPIRED as read now)")
  @GetMapping
  List<WarningSummary> list(@RequestParam(required = false) WarningStatus status) {
    return desk.warnings(status);
  }

  @Operation(summary = "一条预警 One warning")
  @GetMapping("/{id}")
  WarningSummary one(@PathVariable long id) {
    return desk.warning(id);
  }

  @Operation(summary = "预警的 CAP 1.2 报文 The warning as CAP 1.2 XML")
  @GetMapping(value = "/{id}/cap", produces = {"application/cap+xml", "application/xml"})
  ResponseEntity<String> cap(@PathVariable long id) {
    return ResponseEntity.ok().contentType(CAP_XML).body(cap.cap(id));
  }

  @Operation(summary = "预警对象预览 Who would receive the warning if issued now (resolved, not stored)")
  @GetMapping("/{id}/recipients/preview")
  List<Recipient> previewRecipients(@PathVariable long id) {
    return desk.previewRecipients(id);
  }

  @Operation(summary = "预警对象 The recipients frozen when the warning was issued (replaced on update); empty before issue")
  @GetMapping("/{id}/recipients")
  List<Recipient> recipients(@PathVariable long id) {
    return desk.recipients(id);
  }

  @Operation(summary = "新建预警草稿 Create a draft")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  WarningSummary create(@Valid @RequestBody SaveWarning command) {
    return desk.create(command);
  }

  @Operation(summary = "修改草稿 Edit a draft")
  @PutMapping("/{id}")
  WarningSummary edit(@PathVariable long id, @Valid @RequestBody SaveWarning command) {
    return desk.edit(id, command);
  }

  @Operation(summary = "提交审批 Submit a draft for approval")
  @PostMapping("/{id}/submit")
  WarningSummary submit(@PathVariable long id) {
    return desk.submit(id);
  }

  @Operation(summary = "退回草稿 Return a submitted warning to draft (approvers)")
  @PostMapping("/{id}/return")
  WarningSummary returnToDraft(@PathVariable long id) {
    return desk.returnToDraft(id);
  }

  @Operation(summary = "审批签发 Approve and issue (roles per level: anlan.warning.approval.*)")
  @PostMapping("/{id}/approve")
  WarningSummary approve(@PathVariable long id) {
    return desk.approve(id);
  }

  @Operation(summary = "更新已发布预警 Change an issued warning and re-issue it (CAP Update)")
  @PostMapping("/{id}/update")
  WarningSummary update(@PathVariable long id, @Valid @RequestBody SaveWarning command) {
    return desk.update(id, command);
  }

  @Operation(summary = "作废 Discard a draft (writers) or a warning awaiting approval (approvers); body {\"reason\": \"…\"} optional")
  @PostMapping("/{id}/discard")
  WarningSummary discard(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
    return desk.discard(id, body == null ? null : body.get("reason"));
  }

  @Operation(summary = "解除预警 Lift an issued warning (CAP Cancel); body {\"reason\": \"…\"} optional")
  @PostMapping("/{id}/lift")
  WarningSummary lift(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
    return desk.lift(id, body == null ? null : body.get("reason"));
  }

  @Operation(summary = "采用外部预警 Adopt an imported (external) warning as a new draft")
  @PostMapping("/{id}/adopt")
  @ResponseStatus(HttpStatus.CREATED)
  WarningSummary adopt(@PathVariable long id) {
    return desk.adopt(id);
  }

  @Operation(summary = "导入 CAP 1.2 Import a CAP 1.2 alert as an external warning; 422 lists schema errors")
  @PostMapping(value = "/cap", consumes = {"application/xml", "application/cap+xml", "text/xml"})
  @ResponseStatus(HttpStatus.CREATED)
  WarningSummary importCap(@RequestBody byte[] xml) {
    return cap.importCap(xml);
  }
}
