package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 一张图: "what is near here" at any point, and the area filter that reloads the module layers. */
class MapNearBrowserIT extends BrowserTestSupport {

  static final String BAIZI = "500152113000";

  @Test
  void theDutyOfficerAsksWhatIsNearShuangjiangAndFiltersTheMapToBaizi() throws IOException {
    logInAs("duty");
    browser.get(url("/#/map"));
    wait.until(d -> (Boolean) browser.executeScript(
        "return !!(window.__anlanMap && window.__anlanMap.outlineLoaded && window.__anlanMap.layersLoaded)"));
    screenshot("map-near-0-district.png");

    // the button, then a click at the pixel of 双江镇 (105.7434, 30.2190)
    browser.findElement(By.id("near-mode")).click();
    @SuppressWarnings("unchecked")
    Map<String, Number> point = (Map<String, Number>) browser.executeScript(
        "const p = window.__anlanLeafletMap.latLngToContainerPoint([30.2190, 105.7434]);"
            + "const r = document.getElementById('map').getBoundingClientRect();"
            + "return {x: Math.round(p.x - r.width / 2), y: Math.round(p.y - r.height / 2)};");
    new Actions(browser).moveToElement(browser.findElement(By.id("map")), point.get("x").intValue(), point.get("y").intValue())
        .click().perform();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#near-panel .near-item")));
    wait.until(d -> d.findElements(By.cssSelector("#near-panel .near-group")).size() == 3
        && d.findElements(By.cssSelector("#near-panel .near-group[data-kind=shelter] .near-item")).size() == 5);
    for (String kind : List.of("shelter", "team", "warehouse")) {
      List<WebElement> items = browser.findElements(By.cssSelector("#near-panel .near-group[data-kind=" + kind + "] .near-item"));
      assertThat(items).as(kind).isNotEmpty();
      assertThat(items).extracting(e -> e.findElement(By.className("near-distance")).getText())
          .allMatch(d -> d.matches("\\d+(\\.\\d+)? k?m"), kind + " distances");
    }
    assertThat(browser.findElement(By.cssSelector("#near-panel .near-group[data-kind=team] .near-item a")).getAttribute("href"))
        .contains("#/resources/teams/");
    assertThat(browser.findElements(By.cssSelector("#map path.near-line"))).isNotEmpty();
    screenshot("map-near-1-shuangjiang.png");

    // the area filter: 柏梓镇 only
    new Select(browser.findElement(By.id("map-area"))).selectByValue(BAIZI);
    wait.until(d -> (Boolean) browser.executeScript(
        "const m = window.__anlanMap; return m.area === arguments[0] && m.layersLoaded && !!m.overlays.shelters", BAIZI));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> shelters = (List<Map<String, Object>>) browser.executeScript(
        "return window.__anlanMap.overlays.shelters");
    assertThat(shelters).isNotEmpty().allSatisfy(s -> assertThat((String) s.get("areaCode")).startsWith("500152113"));
    screenshot("map-near-2-baizi.png");
  }
}
