package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 一张图 with the danger zones and shelters layers: toggle shelters, click a zone, see its households and nearest shelters. */
class DangerZoneBrowserIT extends BrowserTestSupport {

  /** Shelters are grid-clustered below zoom 12: single markers and count bubbles. */
  private static final By SHELTERS = By.cssSelector("#map path.shelter-marker, #map .shelter-cluster");
  private static final By ZONE_POINTS = By.cssSelector("#map path.danger-zone-point");

  @Test
  void theDutyOfficerTogglesTheSheltersAndOpensADangerZoneWithItsHouseholdsAndNearestShelters() throws IOException {
    logInAs("duty");
    browser.get(url("/#/map"));
    wait.until(d -> d.findElements(SHELTERS).size() > 10 && !d.findElements(ZONE_POINTS).isEmpty());
    screenshot("zones-map.png");

    WebElement sheltersToggle = layerToggle("避难场所");
    sheltersToggle.click();
    wait.until(d -> d.findElements(SHELTERS).isEmpty());
    assertThat(browser.findElements(ZONE_POINTS)).isNotEmpty();
    screenshot("zones-map-shelters-off.png");
    layerToggle("避难场所").click();
    wait.until(d -> d.findElements(SHELTERS).size() > 10);

    browser.findElements(ZONE_POINTS).get(0).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-households tbody tr")));
    wait.until(d -> d.findElements(By.cssSelector("#zone-shelters tbody tr")).size() == 5);
    assertThat(browser.findElement(By.cssSelector("#zone-households tbody tr td:nth-child(3)")).getText()).startsWith("1990001");
    assertThat(browser.findElement(By.cssSelector("#zone-shelters tbody tr td:nth-child(2)")).getText()).endsWith("km");
    screenshot("zones-map-panel.png");

    browser.findElement(By.cssSelector("#zone-panel a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-households-table tbody tr")));
    assertThat(browser.findElement(By.id("zone-title")).getText()).contains("（演示）");
    screenshot("zones-detail.png");
  }

  /** The checkbox of an overlay in the Leaflet layer control (expanded at this window width). */
  private WebElement layerToggle(String name) {
    return browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
        .filter(l -> l.getText().trim().equals(name)).findFirst().orElseThrow()
        .findElement(By.cssSelector("input"));
  }
}
