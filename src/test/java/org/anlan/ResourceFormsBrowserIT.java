package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The resources create/edit forms (应急资源) used as a bureau officer would: a town officer files a
 * shelter of the town (a bad capacity first), edits it, meets a stale version, switches a team's
 * status, files a team with members and a village warehouse; the district admin adds an expert; a
 * read-only leader sees no button that changes.
 */
class ResourceFormsBrowserIT extends BrowserTestSupport {

  private static final String SHUANGJIANG = "500152110000";

  @Autowired
  JdbcClient jdbc;

  @Test
  void aTownOfficerCreatesAShelterAfterACapacityErrorAndEditsItsCapacity() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/resources/shelters"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shelters-table tbody tr td")));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shelter-new"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shelter-form")));

    type("shelter-name", "浏览器测试避灾点");
    new Select(browser.findElement(By.id("shelter-type"))).selectByValue("TEMPORARY_SHELTER");
    type("shelter-capacity", "0");
    // the town officer's own town is filled in, and only areas of the town are offered
    wait.until(d -> SHUANGJIANG.equals(d.findElement(By.id("shelter-area")).getDomProperty("value")));
    assertThat(new Select(browser.findElement(By.id("shelter-area"))).getOptions()).extracting(WebElement::getText)
        .anyMatch(t -> t.contains("五里社区")).noneMatch(t -> t.contains("柏梓"));
    // a click on the map sets the point; then it is typed exactly
    WebElement map = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shelter-map")));
    map.click();
    wait.until(d -> !d.findElement(By.id("shelter-lon")).getDomProperty("value").isEmpty());
    assertThat(Double.parseDouble(browser.findElement(By.id("shelter-lat")).getDomProperty("value"))).isBetween(29.5, 31.0);
    type("shelter-lon", "105.7452");
    type("shelter-lat", "30.2201");
    browser.findElement(By.cssSelector("#shelter-facilities input[value='WATER']")).click();
    save("shelter-save");

    // 400 from Bean Validation: the field is named by the form's label, the form stays open
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#shelter-form .problem")));
    assertThat(problem.getText()).contains("400").contains("容纳人数");
    screenshot("resource-forms-shelter-invalid.png");

    type("shelter-capacity", "120");
    save("shelter-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shelter-form")));
    WebElement row = wait.until(d -> shelterRow("浏览器测试避灾点"));
    assertThat(row.getText()).contains("临时避灾点", "120 / 120", "双江镇");
    long id = Long.parseLong(row.getDomAttribute("data-id"));
    assertThat(jdbc.sql("select area_code from resources_shelter where id = ?").param(id).query(String.class).single())
        .isEqualTo(SHUANGJIANG);

    // edit the capacity
    clickInView(row.findElement(By.cssSelector(".shelter-edit")));
    wait.until(d -> "120".equals(d.findElement(By.id("shelter-capacity")).getDomProperty("value")));
    type("shelter-capacity", "150");
    save("shelter-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shelter-form")));
    wait.until(d -> shelterRow("浏览器测试避灾点").getText().contains("150 / 150"));
    assertThat(jdbc.sql("select capacity from resources_shelter where id = ?").param(id).query(Integer.class).single()).isEqualTo(150);

    // someone else changes it while the form is open: 409, reload, then the change goes through
    clickInView(shelterRow("浏览器测试避灾点").findElement(By.cssSelector(".shelter-edit")));
    wait.until(d -> "150".equals(d.findElement(By.id("shelter-capacity")).getDomProperty("value")));
    jdbc.sql("update resources_shelter set capacity = 170, version = version + 1 where id = ?").param(id).update();
    type("shelter-capacity", "160");
    save("shelter-save");
    WebElement stale = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#shelter-form .problem")));
    assertThat(stale.getText()).contains("409").contains("重新加载");
    screenshot("resource-forms-shelter-stale.png");
    stale.findElement(By.cssSelector(".problem-reload")).click();
    wait.until(d -> "170".equals(d.findElement(By.id("shelter-capacity")).getDomProperty("value")));
    type("shelter-capacity", "160");
    save("shelter-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shelter-form")));
    wait.until(d -> shelterRow("浏览器测试避灾点").getText().contains("160 / 160"));

    // the browser suites share one database: leave the demo shelters as they were (through the API, so the index follows)
    assertThat(inBrowser("return Anlan.api.del('/api/v1/shelters/" + id + "')")).isEqualTo("ok");
  }

  @Test
  void aTownOfficerSwitchesATeamsStatusInOneClick() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/resources/teams"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("双江镇综合应急队（演示）"))).click();
    WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-status")));
    long id = jdbc.sql("select id from resources_team where name = ?").param("双江镇综合应急队（演示）").query(Long.class).single();
    String before = jdbc.sql("select status from resources_team where id = ?").param(id).query(String.class).single();
    String beforeReason = jdbc.sql("select coalesce(status_reason, '') from resources_team where id = ?").param(id).query(String.class).single();
    String next = before.equals("DEPLOYED") ? "UNAVAILABLE" : "DEPLOYED";

    // deployed without a reason: 422 shown, nothing changed
    wait.until(ExpectedConditions.elementToBeClickable(By.id("team-status-" + next))).click();
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
    assertThat(problem.getText()).contains("422").contains("resources.status-reason-required");

    type("team-reason", "浏览器测试出动");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("team-status-" + next))).click();
    wait.until(ExpectedConditions.textToBePresentInElement(status, next.equals("DEPLOYED") ? "已出动" : "不可用"));
    assertThat(browser.findElement(By.id("team-detail")).getText()).contains("浏览器测试出动");
    assertThat(browser.findElement(By.id("team-status-" + next)).isEnabled()).isFalse();
    assertThat(jdbc.sql("select status from resources_team where id = ?").param(id).query(String.class).single()).isEqualTo(next);
    screenshot("resource-forms-team-status.png");

    // and back to standby in one click (no reason needed)
    wait.until(ExpectedConditions.elementToBeClickable(By.id("team-status-STANDBY"))).click();
    wait.until(ExpectedConditions.textToBePresentInElement(status, "待命"));
    assertThat(jdbc.sql("select status from resources_team where id = ?").param(id).query(String.class).single()).isEqualTo("STANDBY");

    if (!before.equals("STANDBY")) { // the browser suites share one database: as the demo seeded it
      assertThat(inBrowser("return Anlan.api.post('/api/v1/teams/" + id + "/status', {status: '" + before + "', reason: '"
          + beforeReason + "'})")).isEqualTo("ok");
    }
  }

  @Test
  void aTownOfficerCreatesATeamWithMembersEditsItAndCreatesAVillageWarehouse() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/resources/teams"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teams-table"), "双江镇综合应急队（演示）"));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-new"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-form")));
    type("team-name", "浏览器测试救援队");
    new Select(browser.findElement(By.id("team-type"))).selectByValue("PROFESSIONAL");
    wait.until(d -> SHUANGJIANG.equals(d.findElement(By.id("team-area")).getDomProperty("value")));
    type("team-lon", "105.7441");
    type("team-lat", "30.2183");
    member(1, "测试队员甲", "水域救援、破拆");
    browser.findElement(By.id("team-member-add")).click();
    member(2, "测试队员乙", "医疗急救");
    screenshot("resource-forms-team-new.png");
    save("team-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("team-form")));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("浏览器测试救援队"))));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("team-members"), "测试队员乙"));
    long id = jdbc.sql("select id from resources_team where name = ?").param("浏览器测试救援队").query(Long.class).single();
    assertThat(jdbc.sql("select skills from resources_team_member where team = ? and name = ?").param(id).param("测试队员甲")
        .query(String.class).single()).contains("水域救援", "破拆");

    // edit: the second member leaves the team
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-edit"))));
    WebElement second = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#team-members-edit tbody tr:nth-child(2)")));
    clickInView(second.findElement(By.tagName("button")));
    save("team-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("team-form")));
    wait.until(d -> d.findElements(By.cssSelector("#team-members tbody tr")).size() == 1);
    assertThat(jdbc.sql("select name from resources_team_member where team = ?").param(id).query(String.class).list())
        .containsExactly("测试队员甲");

    // a warehouse of a village: the level follows the area
    browser.get(url("/#/resources/warehouses"));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warehouse-new"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warehouse-form")));
    type("warehouse-name", "浏览器测试储备点");
    wait.until(d -> d.findElements(By.cssSelector("#warehouse-area option[value='500152110002']")).size() == 1);
    new Select(browser.findElement(By.id("warehouse-area"))).selectByValue("500152110002");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("warehouse-level"), "村社"));
    type("warehouse-lon", "105.7461");
    type("warehouse-lat", "30.2171");
    save("warehouse-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("warehouse-form")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("warehouses-table"), "浏览器测试储备点"));
    long warehouse = jdbc.sql("select id from resources_warehouse where name = ?").param("浏览器测试储备点").query(Long.class).single();
    assertThat(jdbc.sql("select level from resources_warehouse where id = ?").param(warehouse).query(String.class).single()).isEqualTo("VILLAGE");

    // the browser suites share one database: as the demo seeded it
    assertThat(inBrowser("await Anlan.api.del('/api/v1/teams/" + id + "'); return Anlan.api.del('/api/v1/warehouses/" + warehouse + "')"))
        .isEqualTo("ok");
  }

  @Test
  void theDistrictAdminAddsAnExpert() throws IOException {
    logInAs("admin");
    browser.get(url("/#/resources/experts"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#experts-table tbody tr td")));
    clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("expert-new"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("expert-form")));
    type("expert-name", "浏览器测试专家");
    type("expert-field", "防汛");
    type("expert-organisation", "测试单位（虚构）");
    type("expert-phone", "17700009901");
    wait.until(d -> "500152000000".equals(d.findElement(By.id("expert-area")).getDomProperty("value")));
    save("expert-save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("expert-form")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("experts-table"), "浏览器测试专家"));
    assertThat(jdbc.sql("select field from resources_expert where phone = ?").param("17700009901").query(String.class).list())
        .containsExactly("防汛");
    screenshot("resource-forms-expert.png");
  }

  @Test
  void aReadOnlyLeaderSeesNoButtonThatChangesResources() {
    logInAs("leader");
    browser.get(url("/#/resources/shelters"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shelters-table tbody tr td")));
    assertThat(browser.findElements(By.id("shelter-new"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".shelter-edit"))).isEmpty();
    browser.get(url("/#/resources/experts"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#experts-table tbody tr td")));
    assertThat(browser.findElements(By.id("expert-new"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".expert-edit"))).isEmpty();
  }

  /** Fills in the n-th member row of the team form. */
  private void member(int n, String name, String skills) {
    WebElement row = browser.findElement(By.cssSelector("#team-members-edit tbody tr:nth-child(" + n + ")"));
    row.findElement(By.cssSelector(".member-name")).sendKeys(name);
    row.findElement(By.cssSelector(".member-skills")).sendKeys(skills);
  }

  /** Runs a promise-returning script in the logged-in page: "ok", or the error's message. */
  private Object inBrowser(String script) {
    return browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "(async () => { " + script + "; })().then(() => done('ok'), (e) => done(String(e && e.message || e)));");
  }

  /** A button far down a long list: scrolled to the middle first (the shell's header is sticky). */
  private void clickInView(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private void save(String id) {
    WebElement button = browser.findElement(By.id(id));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click(); // enabled: not busy
  }

  private WebElement shelterRow(String name) {
    List<WebElement> rows = browser.findElements(By.cssSelector("#shelters-table tbody tr"));
    return rows.stream().filter(r -> r.getText().contains(name)).findFirst().orElse(null);
  }
}
