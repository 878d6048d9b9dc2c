package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 监测预警 in the browser: a rainstorm posted over HTTP turns the station red on the open map and comes into the
 * open alarm list without a reload; the station page draws the series and names the rule that applies.
 * Uses only demo rain gauges TN-RG-01 to TN-RG-03, closes the alarms it raises and deletes the rules it adds.
 */
class MonitoringBrowserIT extends BrowserTestSupport {

  private static final String STORM_STATION = "TN-RG-01";
  private static final String CHART_STATION = "TN-RG-02";
  private static final String PREVIEW_STATION = "TN-RG-03";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Long> rulesAdded = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    closeOpenAlarms(STORM_STATION);
    for (long id : rulesAdded) {
      call("DELETE", "/api/v1/rules/" + id, null);
    }
  }

  @Test
  void aRainstormTurnsTheStationRedOnTheMapAndComesIntoTheAlarmListWithoutReloading() throws Exception {
    closeOpenAlarms(STORM_STATION);
    logInAs("duty");
    browser.get(url("/#/map"));
    wait.until(d -> (Boolean) browser.executeScript(
        "return !!(window.__anlanMap && window.__anlanMap.layersLoaded && window.__anlanMap.overlays.stations)"));
    enableStationsLayer();
    By stormMarker = By.cssSelector(".station-marker[data-station='" + STORM_STATION + "']");
    wait.until(ExpectedConditions.attributeToBe(stormMarker, "data-level", "NORMAL"));
    waitForStream();
    browser.executeScript("window.__notReloaded = true;");
    screenshot("monitoring-0-map.png");

    // 40 + 30 + 35 mm in the last three hours: 3 h ≥ 100 mm is 暴雨 红
    OffsetDateTime last = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
    postRain(STORM_STATION, Map.of(last.minusHours(2), 40.0, last.minusHours(1), 30.0, last, 35.0));

    wait.until(ExpectedConditions.attributeToBe(stormMarker, "data-level", "RED"));
    assertThat((Boolean) browser.executeScript("return window.__notReloaded === true")).as("no reload").isTrue();
    browser.findElement(stormMarker).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".station-popup[data-station='" + STORM_STATION + "'] a")));
    assertThat(browser.findElement(By.cssSelector(".station-popup")).getText()).contains("红色");
    screenshot("monitoring-1-map-red.png");

    // closing it (false alarm) recolours the marker live too
    closeOpenAlarms(STORM_STATION);
    wait.until(ExpectedConditions.attributeToBe(stormMarker, "data-level", "NORMAL"));

    // the alarm list, opened by its link in the same page: the next reading raises a new alarm (the rule still holds)
    browser.executeScript("location.hash = '#/monitoring/alarms'");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alarm-status")));
    wait.until(ExpectedConditions.attributeToBe(By.id("alarm-live"), "data-open", "true"));
    long beepsBefore = (Long) browser.executeScript("return window.__anlanAlarmStream.beeps");
    assertThat(browser.findElements(By.cssSelector(".alarm-row[data-station='" + STORM_STATION + "']"))).isEmpty();
    postRain(STORM_STATION, Map.of(OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS), 5.0));

    By row = By.cssSelector(".alarm-row[data-station='" + STORM_STATION + "']");
    wait.until(ExpectedConditions.attributeToBe(row, "data-level", "RED"));
    WebElement first = browser.findElement(By.cssSelector("#alarm-table tbody tr"));
    assertThat(first.getAttribute("data-station")).as("a new alarm comes in at the top").isEqualTo(STORM_STATION);
    assertThat(first.getAttribute("data-status")).isEqualTo("RAISED");
    assertThat(first.getText()).contains("暴雨");
    assertThat((Long) browser.executeScript("return window.__anlanAlarmStream.beeps")).as("a red alarm beeps").isGreaterThan(beepsBefore);
    assertThat((Boolean) browser.executeScript("return window.__notReloaded === true")).as("no reload").isTrue();
    screenshot("monitoring-2-alarm-list.png");

    // 签收 from the list: the row changes where it is
    wait.until(ExpectedConditions.elementToBeClickable(first.findElement(By.cssSelector(".alarm-ack")))).click();
    wait.until(ExpectedConditions.attributeToBe(row, "data-status", "ACKNOWLEDGED"));

    // the alarm page: history and the readings chart
    browser.findElement(By.cssSelector(".alarm-row[data-station='" + STORM_STATION + "'] .alarm-open")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alarm-chart canvas")));
    wait.until(d -> d.findElements(By.cssSelector("#alarm-history tr[data-kind=ACKNOWLEDGED]")).size() == 1);
    assertThat(browser.findElements(By.cssSelector("#alarm-history tr[data-kind=RAISED]"))).hasSize(1);
    screenshot("monitoring-3-alarm-detail.png");
  }

  @Test
  void theStationPageDrawsTheSeriesAndNamesTheRuleThatApplies() throws Exception {
    // a rule for this one station beats the district-wide 暴雨 rule of the same topic
    JsonNode rule = call("POST", "/api/v1/rules", Map.of("name", "IT 专用雨量规则 " + System.nanoTime() % 100000, "topic", "rainfall",
        "sensorKind", "rain", "stationCode", CHART_STATION, "combine", "ALL", "enabled", true,
        "conditions", List.of(Map.of("aggregate", "SUM", "windowMinutes", 60, "comparison", "AT_LEAST",
            "steps", List.of(Map.of("level", "YELLOW", "threshold", 30), Map.of("level", "RED", "threshold", 60))))));
    rulesAdded.add(rule.get("id").asLong());
    String ruleName = rule.get("name").asString();
    OffsetDateTime last = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
    postRain(CHART_STATION, Map.of(last.minusHours(2), 3.0, last.minusHours(1), 5.0, last, 4.0));

    logInAs("duty");
    browser.get(url("/#/monitoring/stations/" + CHART_STATION));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#station-chart canvas")));
    // the readings and the 1-hour rolling sum the station's rule compares (the 暴雨 rule's 3/6/12 h sums are not drawn: it does not apply)
    wait.until(ExpectedConditions.attributeToBe(By.id("station-chart"), "data-series", "2"));

    WebElement winner = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#station-rules tr[data-topic=rainfall][data-applies=true]")));
    assertThat(winner.getText()).contains(ruleName).contains("本站专用规则");
    assertThat(browser.findElements(By.cssSelector("#station-rules tr[data-topic=rainfall][data-applies=true]"))).hasSize(1);
    WebElement beaten = browser.findElement(By.cssSelector("#station-rules tr[data-topic=rainfall][data-applies=false]"));
    assertThat(beaten.getText()).contains("暴雨").contains("被更具体的规则取代");
    screenshot("monitoring-4-station.png");

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBePresentInElement(winner, "a rule for this station"));
    browser.findElement(By.id("lang-zh")).click();
  }

  @Test
  void aRuleIsPreviewedOnLastWeeksReadingsThenSavedAndTheDeadLettersAreListed() throws Exception {
    // on whole hours: a retry within the hour posts the same readings again (duplicates), so the preview is the same
    OffsetDateTime last = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS);
    postRain(PREVIEW_STATION, Map.of(last.minusHours(3), 2.0, last.minusHours(2), 20.0, last.minusHours(1), 25.0, last, 1.0));

    logInAs("duty");
    browser.get(url("/#/monitoring/rules/new"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rule-name"))).sendKeys("IT 预演规则 " + System.nanoTime() % 100000);
    browser.findElement(By.id("rule-topic")).sendKeys("it-preview");
    browser.findElement(By.id("rule-station")).sendKeys(PREVIEW_STATION);
    WebElement condition = browser.findElement(By.cssSelector(".rule-condition"));
    new Select(condition.findElement(By.cssSelector(".cond-aggregate"))).selectByValue("SUM");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".rule-condition .cond-window"))).sendKeys("60");
    List<WebElement> thresholds = condition.findElements(By.cssSelector(".step-threshold"));
    thresholds.get(0).sendKeys("15"); // 黄 ≥ 15 mm/h
    thresholds.get(1).sendKeys("22"); // 红 ≥ 22 mm/h

    browser.findElement(By.id("preview-station")).sendKeys(PREVIEW_STATION);
    browser.findElement(By.id("rule-preview-run")).click();
    // 2 → 20 (黄) → 25 (红) → 1 (解除)
    wait.until(d -> d.findElements(By.cssSelector("#preview-table .preview-row")).size() == 3);
    assertThat(browser.findElements(By.cssSelector("#preview-table .preview-row")))
        .extracting(r -> r.getAttribute("data-to")).containsExactly("YELLOW", "RED", "NORMAL");
    screenshot("monitoring-5-rule-preview.png");

    // a threshold left blank: the server's problem, in the form
    thresholds.get(1).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rule-save"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rule-form .problem")));
    assertThat(browser.findElement(By.cssSelector("#rule-form .problem")).getText()).contains("阈值");
    thresholds.get(1).sendKeys("22");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rule-save"))).click();
    wait.until(d -> ((String) browser.executeScript("return location.hash")).matches("#/monitoring/rules/\\d+\\?saved=1"));
    rulesAdded.add(Long.parseLong(((String) browser.executeScript("return location.hash")).replaceAll("\\?.*|\\D", "")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-saved")));

    browser.get(url("/#/monitoring/dead-letters"));
    wait.until(d -> !d.findElements(By.id("dead-empty")).isEmpty() || !d.findElements(By.id("dead-table")).isEmpty());
    assertThat(browser.findElements(By.cssSelector(".problem"))).isEmpty();
  }

  private void enableStationsLayer() {
    // module layers start on; if someone switched it off, the layer control switches it on again
    if (browser.findElements(By.cssSelector(".station-marker")).isEmpty()) {
      browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
          .filter(l -> l.getText().contains("监测站")).findFirst().orElseThrow()
          .findElement(By.tagName("input")).click();
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".station-marker")));
  }

  private void waitForStream() {
    wait.until(d -> (Boolean) browser.executeScript("return !!(window.__anlanAlarmStream && window.__anlanAlarmStream.open)"));
  }

  private void postRain(String station, Map<OffsetDateTime, Double> values) throws Exception {
    List<Map<String, Object>> readings = new ArrayList<>();
    values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("station", station);
      item.put("sensor", "rain");
      item.put("time", e.getKey().toString());
      item.put("value", e.getValue());
      readings.add(item);
    });
    JsonNode answer = call("POST", "/api/v1/readings", Map.of("readings", readings));
    assertThat(answer.get("accepted").asInt()).as(answer.toString()).isEqualTo(readings.size());
  }

  private void closeOpenAlarms(String station) throws Exception {
    for (JsonNode alarm : call("GET", "/api/v1/alarms?status=open&station=" + station, null)) {
      call("POST", "/api/v1/alarms/" + alarm.get("id").asLong() + "/close", Map.of("text", "MonitoringBrowserIT: test alarm"));
    }
  }

  /** A call as admin (Basic auth, which has the ingest right); fails the test on a non-2xx answer. */
  private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
    String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + auth).header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
