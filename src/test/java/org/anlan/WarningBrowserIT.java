package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 预警 pages as the bureau uses them: the duty officer drafts an orange warning for a town (a missing title
 * first), submits it and — orange needs a district admin or a leader — sees no approve button; the district
 * admin approves it; the page shows 已发布 and the CAP link answers CAP XML. A CAP upload that breaks the
 * schema lists the errors by line; the import page shows the polled feeds. The message log shows a failed message with
 * its answer link masked, and re-sends it.
 */
class WarningBrowserIT extends BrowserTestSupport {

  private static final String SHUANGJIANG = "500152110000";

  @Autowired
  JdbcClient jdbc;

  @Test
  void theDutyOfficerDraftsAndSubmitsAndTheDistrictAdminApprovesAnOrangeWarning() throws IOException {
    logInAs("duty");
    browser.get(url("/#/warning/warnings"));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-new"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-form")));
    new Select(browser.findElement(By.id("warning-type"))).selectByValue("RAINSTORM");
    new Select(browser.findElement(By.id("warning-level"))).selectByValue("ORANGE");
    type("warning-text", "预计未来 6 小时双江镇累计降雨量将达 100 毫米以上。");
    type("warning-instructions", "远离河道和低洼地带。");
    browser.findElement(By.cssSelector("#warning-measures-input input[data-measure='BAN']")).click();
    browser.findElement(By.cssSelector("#warning-measures-input input[data-measure='EVACUATE']")).click();
    WebElement area = wait.until(d -> {
      Select s = new Select(d.findElement(By.id("warning-area")));
      return s.getOptions().stream().anyMatch(o -> SHUANGJIANG.equals(o.getDomAttribute("value"))) ? s : null;
    }).getWrappedElement();
    new Select(area).selectByValue(SHUANGJIANG);
    clickInView(browser.findElement(By.id("warning-area-add")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#warning-areas [data-area='" + SHUANGJIANG + "']")));
    setDateTime("warning-expires", "2099-07-01T18:00");
    // a blank title: the server's 400 names the field by the form's label
    browser.executeScript("document.getElementById('warning-title').removeAttribute('required')");
    clickInView(browser.findElement(By.id("warning-save")));
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#warning-form .problem")));
    assertThat(problem.getText()).contains("400").contains("标题");

    type("warning-title", "双江镇暴雨橙色预警（浏览器测试）");
    clickInView(browser.findElement(By.id("warning-save")));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "DRAFT"));
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/warning/warnings/(\\d+).*", "$1"));
    assertThat(browser.findElement(By.id("warning-measures")).getText()).contains("禁", "撤");
    Map<String, Object> row = jdbc.sql("select level, area_codes, measures, created_by from warning_warning where id = ?")
        .param(id).query().singleRow();
    assertThat(row).containsEntry("level", "ORANGE").containsEntry("area_codes", SHUANGJIANG)
        .containsEntry("measures", "BAN,EVACUATE").containsEntry("created_by", "duty");

    clickInView(browser.findElement(By.id("warning-submit")));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "AWAITING_APPROVAL"));
    assertThat(browser.findElement(By.id("warning-status-label")).getText()).isEqualTo("待审批");
    assertThat(browser.findElements(By.id("warning-approve"))).as("orange is not the duty officer's to approve").isEmpty();
    screenshot("warning-submitted.png");

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
    logInAs("admin");
    browser.get(url("/#/warning/warnings"));
    WebElement listed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#warning-table tr[data-warning='" + id + "']")));
    assertThat(listed.getText()).contains("双江镇暴雨橙色预警（浏览器测试）", "橙色", "待审批", "人工", "双江镇");
    assertThat(listed.findElement(By.cssSelector(".warning-level")).getDomAttribute("data-level")).isEqualTo("ORANGE");
    clickInView(listed.findElement(By.tagName("a")));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-approve"))));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "ISSUED"));
    assertThat(browser.findElement(By.id("warning-status-label")).getText()).isEqualTo("已发布");
    assertThat(browser.findElement(By.id("warning-approved-by")).getText()).isEqualTo("admin");
    assertThat(browser.findElements(By.id("warning-lift"))).as("the approver may lift it").hasSize(1);
    wait.until(d -> d.findElement(By.id("warning-recipients")).getText().contains("发布时确定")
        && !d.findElements(By.cssSelector("#warning-recipients .recipient-row")).isEmpty());
    assertThat(browser.findElement(By.id("warning-recipients")).getText()).as("the frozen list names the town's people")
        .contains("镇街");
    screenshot("warning-issued.png");

    String href = browser.findElement(By.id("warning-cap")).getDomAttribute("href");
    assertThat(href).isEqualTo("/api/v1/warnings/" + id + "/cap");
    @SuppressWarnings("unchecked")
    List<Object> cap = (List<Object>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(async (r) => done([r.status, r.headers.get('Content-Type'), await r.text()]));",
        href);
    assertThat(((Number) cap.get(0)).intValue()).isEqualTo(200);
    assertThat((String) cap.get(1)).startsWith("application/cap+xml");
    assertThat((String) cap.get(2)).contains("<alert", "urn:oasis:names:tc:emergency:cap:1.2", "<status>Actual</status>",
        "双江镇暴雨橙色预警（浏览器测试）");
  }

  @Test
  void aCapUploadThatBreaksTheSchemaListsItsErrors() throws IOException {
    logInAs("duty");
    browser.get(url("/#/warning/cap"));
    WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cap-file")));
    java.nio.file.Path xml = java.nio.file.Files.createTempFile("bad-cap", ".xml");
    java.nio.file.Files.writeString(xml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>X1</identifier>
          <sender>someone</sender>
          <status>Whatever</status>
        </alert>
        """);
    file.sendKeys(xml.toAbsolutePath().toString());
    clickInView(browser.findElement(By.id("cap-upload")));
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cap-problem, .problem")));
    assertThat(problem.getText()).contains("422", "warning.cap-invalid", "第 ");
    assertThat(problem.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
    screenshot("warning-cap-invalid.png");

    // the polled feeds' status on the same page: none configured in this context; polling now answers the same
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cap-feeds-none"))).getText()).contains("未配置外部 CAP 源");
    clickInView(browser.findElement(By.id("cap-feeds-poll")));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("cap-feeds-poll")));
    assertThat(browser.findElement(By.id("cap-feeds")).getText()).contains("未配置外部 CAP 源").doesNotContain("403", "500");
  }

  @Test
  void theDutyOfficerDrawsTheWarningAreaOnTheMapAndItsTownsReceiveIt() throws IOException {
    logInAs("duty");
    browser.get(url("/#/warning/warnings/new"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-form")));
    new Select(browser.findElement(By.id("warning-level"))).selectByValue("YELLOW");
    type("warning-title", "局地暴雨黄色预警（浏览器测试，绘制范围）");
    setDateTime("warning-expires", "2099-07-01T18:00");
    clickInView(browser.findElement(By.id("warning-polygon-toggle")));
    WebElement map = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-polygon-map")));
    wait.until(d -> !d.findElements(By.cssSelector("#warning-polygon-map .estimated-area")).isEmpty()); // the district drawn and fitted
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
    // four corners of a small square around the middle of the map (offsets from its centre, in pixels; the whole district
    // is about 130 px across here)
    for (int[] at : new int[][] {{-8, -8}, {8, -8}, {8, 8}, {-8, 8}}) {
      new org.openqa.selenium.interactions.Actions(browser).moveToElement(map, at[0], at[1]).click().perform();
    }
    wait.until(ExpectedConditions.textToBe(By.id("warning-polygon-count"), "4"));
    assertThat(browser.findElements(By.cssSelector("#warning-polygon-map .warning-polygon"))).hasSize(1);
    clickInView(browser.findElement(By.id("warning-polygon-undo")));
    wait.until(ExpectedConditions.textToBe(By.id("warning-polygon-count"), "3"));
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(map, -8, 8).click().perform();
    wait.until(ExpectedConditions.textToBe(By.id("warning-polygon-count"), "4"));
    screenshot("warning-polygon-drawn.png");
    clickInView(browser.findElement(By.id("warning-save")));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "DRAFT"));
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/warning/warnings/(\\d+).*", "$1"));
    assertThat(browser.findElement(By.id("warning-page")).getText()).contains("含绘制区域");
    Map<String, Object> row = jdbc.sql("select area_codes, polygon from warning_warning where id = ?").param(id).query().singleRow();
    assertThat((String) row.get("area_codes")).isEmpty();
    assertThat(((String) row.get("polygon")).split(" ")).as("four corners, closed").hasSize(5);
    // the recipients are those of the towns the polygon meets, not the whole district
    wait.until(d -> !d.findElements(By.cssSelector("#warning-recipients .recipient-row")).isEmpty());
    int drawn = browser.findElements(By.cssSelector("#warning-recipients .recipient-row")).size();
    assertThat(drawn).isPositive().isLessThan(500);
  }

  @Autowired
  org.anlan.messaging.Messages messages;

  @Test
  void theDutyOfficerFindsAFailedMessageInTheLogWithItsLinkMaskedAndResendsIt() throws IOException {
    String correlation = "browser:log:" + System.nanoTime();
    messages.queue(List.of(new org.anlan.messaging.OutgoingMessage(correlation, org.anlan.messaging.ChannelKind.EMAIL, null, "浏览器测试人",
        null, "叫应测试", "请点击 http://localhost/a/AbCdEfGhIjKlMnOpQrSt 确认收到", "http://localhost/a/AbCdEfGhIjKlMnOpQrSt", null, 1,
        Map.of())));
    logInAs("duty");
    browser.get(url("/#/warning/messages"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-counts")));
    new Select(browser.findElement(By.id("message-state"))).selectByValue("FAILED");
    type("message-q", correlation);
    browser.findElement(By.id("message-reload")).click();
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message-table tr.message-row[data-state='FAILED']")));
    assertThat(row.getText()).contains("浏览器测试人", "no e-mail address");
    clickInView(row.findElement(By.cssSelector(".message-open")));
    WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.message-detail")));
    assertThat(detail.getText()).contains("/a/******").doesNotContain("AbCdEfGhIjKlMnOpQrSt");

    clickInView(row.findElement(By.cssSelector(".message-resend")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr.message-detail"), "重发 resent by duty"));
    screenshot("messaging-log.png");
    assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'messaging.message' and action = 'resend' and actor = 'duty'")
        .query(Long.class).single()).isPositive();
  }

  private void setDateTime(String id, String value) {
    // datetime-local typing depends on the browser's locale; set the value and let Vue hear the input event
    browser.executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
        + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
  }

  private void clickInView(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
