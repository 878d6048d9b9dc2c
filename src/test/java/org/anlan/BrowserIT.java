package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in a real (headless) Chromium: login, the shell, the map of 潼南区 and area scoping.
 * Skipped where Chromium and chromedriver are not installed (see {@link BrowserTestSupport}).
 */
class BrowserIT extends BrowserTestSupport {

  @Test
  void adminSeesTheWholeDistrictOnTheMap() throws IOException {
    browser.get(url("/login"));
    screenshot("login.png");
    logIn("admin", "test-password-1");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "admin"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    screenshot("dashboard.png");

    browser.get(url("/#/map"));
    waitForMap();
    assertThat(mapState("towns")).isEqualTo(23L);
    assertThat((Long) mapState("villages")).isGreaterThan(300L);
    assertThat(browser.findElements(By.cssSelector("#map .leaflet-marker-pane .town-marker"))).hasSize(23);
    assertThat(browser.findElements(By.cssSelector("#map .leaflet-overlay-pane path.district-outline"))).isNotEmpty();
    screenshot("map.png");

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".map-legend"), "schematic"));
    screenshot("map-en.png");
    browser.findElement(By.id("lang-zh")).click();
  }

  @Test
  void adminPagesWork() throws IOException {
    browser.get(url("/login"));
    logIn("admin", "test-password-1");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));

    browser.get(url("/#/area"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tree li a")));
    screenshot("areas.png");

    browser.get(url("/#/area/500152110000"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "双江镇"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".map-small .leaflet-overlay-pane svg path")));
    assertThat(browser.findElements(By.cssSelector(".table tbody tr"))).hasSizeGreaterThan(5);
    screenshot("area-detail.png");

    browser.get(url("/#/admin/users"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".table tbody"), "shuangjiang"));
    screenshot("users.png");
    browser.findElement(By.cssSelector(".toolbar .btn-primary")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("u-username"))).sendKeys("tester");
    browser.findElement(By.id("u-password")).sendKeys("a-long-password-1");
    browser.findElement(By.id("u-display")).sendKeys("测试用户");
    browser.findElement(By.cssSelector("input[type=checkbox][value=DUTY_OFFICER]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#u-scope option[value='500152000000']")));
    browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".table tbody"), "tester"));

    browser.get(url("/#/me/tokens"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form.toolbar input"))).sendKeys("browser-test");
    browser.findElement(By.cssSelector("form.toolbar button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")));
    assertThat(browser.findElement(By.id("new-token")).getText()).isNotBlank();
    screenshot("tokens.png");

    browser.get(url("/#/admin/audit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".table tbody"), "api-token"));
    browser.findElement(By.cssSelector(".table tbody .btn-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".table .table")));
    screenshot("audit.png");

    browser.get(url("/#/no/such/page"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "404"));
  }

  @Test
  void townOfficerSeesOnlyTheirTown() throws IOException {
    browser.get(url("/login"));
    logIn("shuangjiang", "test-password-1");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "shuangjiang"));
    browser.get(url("/#/map"));
    waitForMap();
    assertThat(mapState("towns")).isEqualTo(1L);
    List<String> labels = browser.findElements(By.cssSelector("#map .town-marker .label")).stream().map(e -> e.getText()).toList();
    assertThat(labels).hasSize(1);
    assertThat(labels.get(0)).contains("双江");
    screenshot("map-town.png");

    browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 820));
    browser.get(url("/#/"));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.cssSelector(".shell-nav")).getRect().getX()).isNegative();
    screenshot("phone.png");
    browser.findElement(By.cssSelector(".nav-toggle")).click();
    wait.until(d -> d.findElement(By.cssSelector(".shell-nav")).getRect().getX() == 0);
    screenshot("phone-nav.png");

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
    assertThat(browser.getCurrentUrl()).contains("/login?logout");
  }

  @Test
  void wrongPasswordShowsTheError() {
    browser.get(url("/login"));
    logIn("admin", "not-the-password");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    assertThat(browser.getCurrentUrl()).contains("/login?error");
    assertThat(browser.findElement(By.id("login-error")).getText()).isNotBlank();
  }

  private void waitForMap() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-overlay-pane svg path")));
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
        .executeScript("return !!(window.__anlanMap && window.__anlanMap.outlineLoaded)")));
  }

  private Object mapState(String key) {
    return browser.executeScript("return window.__anlanMap[arguments[0]]", key);
  }
}
