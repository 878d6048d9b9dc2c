package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.anlan.monitoring.AlarmLevel;
import org.anlan.monitoring.AlarmRaised;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * 叫应 in the browser: a yellow alarm in 五里社区 becomes a draft; the duty officer submits and approves it
 * (yellow is theirs to approve), opens the 叫应 board and watches it fill in while cadres answer — two by
 * their SMS links in the background, one on the phone-sized answer page with a report — and records one
 * phone answer on someone's behalf.
 */
@TestPropertySource(properties = "anlan.messaging.poll-interval=200ms")
// its own settings (fast polling, test endpoints) make a context of its own: close it afterwards, so its threads
// do not keep polling while the other suites run
@org.springframework.test.annotation.DirtiesContext
class CalloutBrowserIT extends BrowserTestSupport {

  private static final String WULI = "500152110002";

  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theDutyOfficerApprovesADraftedWarningAndWatchesTheBoardFillIn() throws Exception {
    long alarm = 770000 + System.nanoTime() % 10000;
    // as monitoring publishes it: the warning module hears it after the commit
    tx.executeWithoutResult(s -> events.publishEvent(new AlarmRaised(alarm, "TN-RG-01", "五里雨量站（测试）", "rain", "rain", WULI, 1L,
        "暴雨 1 小时", AlarmLevel.YELLOW, Instant.now(), 32.0)));
    wait.until(d -> jdbc.sql("select count(*) from warning_warning where alarm_id = ?").param(alarm).query(Long.class).single() == 1);
    long id = jdbc.sql("select id from warning_warning where alarm_id = ?").param(alarm).query(Long.class).single();

    logInAs("duty");
    browser.get(url("/#/warning/warnings/" + id));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "DRAFT"));
    click(By.id("warning-submit"));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "AWAITING_APPROVAL"));
    click(By.id("warning-approve"));
    wait.until(ExpectedConditions.attributeToBe(By.id("warning-page"), "data-status", "ISSUED"));
    click(By.id("warning-board"));
    WebElement board = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#callout-board[data-total]")));
    wait.until(d -> !board.getDomAttribute("data-total").isEmpty());
    int total = Integer.parseInt(board.getDomAttribute("data-total"));
    assertThat(total).isGreaterThan(3);
    assertThat(board.getDomAttribute("data-answered")).isEqualTo("0");
    assertThat(browser.findElements(By.cssSelector(".callout-row[data-status='WAITING'] .countdown"))).isNotEmpty();
    // the board's stream is open: from now on it polls only every 30 s, so what follows within 10 s came by the stream
    wait.until(d -> Long.valueOf(1).equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "return window.__anlanBoardStream ? Math.min(1, window.__anlanBoardStream.hellos) : 0")));
    wait.until(ExpectedConditions.textToBe(By.id("callout-live"), "实时更新"));
    org.openqa.selenium.support.ui.WebDriverWait pushed = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10));

    List<String> links = jdbc.sql("select answer_link from messaging_message where correlation like ? and channel = 'SMS' order by id")
        .param("warning:" + id + ":call:%").query(String.class).list();
    assertThat(links).hasSize(total);
    for (String link : links.subList(0, 2)) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/answers/" + token(link))))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
    }
    pushed.until(ExpectedConditions.attributeToBe(By.id("callout-board"), "data-answered", "2"));
    assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__anlanBoardStream.events"))
        .isPositive();

    String boardWindow = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(url("/a/" + token(links.get(2))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-title")));
    browser.findElement(By.id("fb")).sendKeys("本村无险情，已安排巡查");
    browser.findElement(By.id("confirm")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-done")));
    screenshot("callout-answer-page.png");
    browser.close();
    browser.switchTo().window(boardWindow);
    wait.until(ExpectedConditions.attributeToBe(By.id("callout-board"), "data-answered", "3"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("callout-board"), "本村无险情，已安排巡查"));

    WebElement waiting = browser.findElement(By.cssSelector(".callout-row[data-status='WAITING']"));
    String call = waiting.getDomAttribute("data-call");
    scroll(waiting.findElement(By.cssSelector(".on-behalf"))).click();
    wait.until(ExpectedConditions.alertIsPresent()).sendKeys("电话联系上，已转移 3 人");
    browser.switchTo().alert().accept();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".callout-row[data-call='" + call + "']"), "data-status", "ANSWERED"));
    wait.until(ExpectedConditions.attributeToBe(By.id("callout-board"), "data-answered", "4"));
    assertThat(browser.findElement(By.cssSelector(".callout-row[data-call='" + call + "']")).getText()).contains("电话");
    screenshot("callout-board.png");
  }

  static String token(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private WebElement click(By by) {
    WebElement e = scroll(wait.until(ExpectedConditions.visibilityOfElementLocated(by)));
    wait.until(ExpectedConditions.elementToBeClickable(e)).click();
    return e;
  }

  private WebElement scroll(WebElement e) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    return e;
  }
}
