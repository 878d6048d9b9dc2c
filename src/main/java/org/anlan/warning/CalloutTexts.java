package org.anlan.warning;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words of 叫应 messages (Simplified Chinese: SMS, calls and e-mail go to cadres in the district). */
final class CalloutTexts {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(CapTime.BEIJING);

  private final String sender;
  private final String confirmKey;

  /** {@code confirmKey}: the key that confirms in a voice call, blank when calls cannot take keys. */
  CalloutTexts(String sender, String confirmKey) {
    this.sender = sender;
    this.confirmKey = confirmKey;
  }

  String sender() {
    return sender;
  }

  String subject(Warning w, CalloutStep kind, Call call) {
    String level = levelLabel(w);
    return kind == CalloutStep.SUPERIOR
        ? "叫应督促：" + call.name() + " 未确认" + level + "预警《" + w.title + "》"
        : "【" + level + "预警】" + w.title + "（请确认收到）";
  }

  /** The message text; {@code link} null for a channel that cannot carry one (a voice call). */
  String text(Warning w, CalloutStep kind, Call call, String link, Instant due, CalloutChannel channel) {
    String level = levelLabel(w);
    String by = HH_MM.format(due);
    String answer = channel == CalloutChannel.VOICE
        ? (confirmKey.isEmpty() ? "请于" + by + "前回复短信或登录平台确认收到。" : "确认收到请按" + confirmKey + "；也可于" + by + "前回复短信或登录平台确认。")
        : "请于" + by + "前确认收到：回复本短信（可附情况）或点击 " + link;
    String head = "【" + sender + "】";
    return switch (kind) {
      case NOTICE, RESEND -> head + level + "预警：" + w.title + "。" + measure(w) + answer;
      case DEPUTY -> head + "（AB岗代收，原接收人 " + call.name() + " 未确认）" + level + "预警：" + w.title + "。" + measure(w) + answer;
      case SUPERIOR -> head + "叫应督促：" + call.name() + "（" + call.role() + "）未在时限内确认" + level + "预警《" + w.title
          + "》，请督促落实；此后未确认的人员汇总在平台叫应看板。" + answer;
    };
  }

  Map<String, String> params(Warning w, Call call, String link, Instant due) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("level", levelLabel(w));
    p.put("type", w.type == null ? "" : w.type.label());
    p.put("title", w.title);
    p.put("name", call.name());
    p.put("deadline", HH_MM.format(due));
    p.put("link", link == null ? "" : link);
    return p;
  }

  private static String levelLabel(Warning w) {
    return w.level == null ? "" : w.level.label();
  }

  private static String measure(Warning w) {
    String s = w.instructions != null && !w.instructions.isBlank() ? w.instructions.trim() : "";
    if (s.length() > 60) {
      s = s.substring(0, 60) + "…";
    }
    return s.isEmpty() ? "" : s + (s.endsWith("。") ? "" : "。");
  }
}
