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
 * 一张图 with the danger zones and shelters layers: toggle shelters, click a zone, see its households and
 * nearest shelters; the zone page's 六落实 table, assigning and removing a person.
 */
class DangerZoneBrowserIT extends BrowserTestSupport {

  /** Shelters are grid-clustered below zoom 12: single markers and count bubbles. */
  private static final By SHELTERS = By.cssSelector("#map path.shelter-marker, #map .shelter-cluster");
  private static final By ZONE_POINTS = By.cssSelector("#map path.danger-zone-point");
  private static final By OWN_DUTIES = By.cssSelector("#zone-duties-table tbody tr.zone-duty-own");

  @Autowired JdbcClient jdbc;

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
    // the panel re-renders while the zone's details arrive: wait for the phone cell rather than read it once
    wait.until(d -> d.findElement(By.cssSelector("#zone-households tbody tr td:nth-child(3)")).getText().startsWith("1990001"));
    assertThat(browser.findElement(By.cssSelector("#zone-shelters tbody tr td:nth-child(2)")).getText()).endsWith("km");
    assertThat(browser.findElements(By.cssSelector("#zone-responsible tbody tr"))).isNotEmpty();
    screenshot("zones-map-panel.png");

    browser.findElement(By.cssSelector("#zone-panel a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-households-table tbody tr")));
    assertThat(browser.findElement(By.id("zone-title")).getText()).contains("（演示）");
    screenshot("zones-detail.png");
  }

  @Test
  void theTownOfficerSeesTheSixDutiesTableOfAZoneAndAssignsAndRemovesAPerson() throws IOException {
    long zone = jdbc.sql("""
        select min(z.id) from risk_zone z join directory_assignment a on a.target_type = 'DANGER_ZONE'
        and a.target_id = cast(z.id as varchar) where z.area_code like '500152110%'""").query(Long.class).single();
    // the town's leader: a town cadre, not among the demo zone's own people (those are the village's)
    var leader = jdbc.sql("""
        select p.id, p.mobile from directory_person p join directory_assignment a on a.person_id = p.id
        where a.target_type = 'AREA' and a.target_id = '500152110000' and a.role_code = 'TOWN_LEADER'""")
        .query((rs, n) -> new String[] {rs.getString("id"), rs.getString("mobile")}).list().get(0);
    logInAs("shuangjiang");
    browser.get(url("/#/risk/zones/" + zone));
    wait.until(ExpectedConditions.presenceOfElementLocated(OWN_DUTIES));
    List<WebElement> rows = browser.findElements(By.cssSelector("#zone-duties-table tbody tr"));
    int own = browser.findElements(OWN_DUTIES).size();
    assertThat(own).isGreaterThanOrEqualTo(4);
    assertThat(rows.get(0).getAttribute("class")).contains("zone-duty-own");
    assertThat(rows.get(0).findElement(By.cssSelector("td")).getText()).isEqualTo("包保责任人");
    assertThat(rows.get(rows.size() - 1).getAttribute("class")).contains("zone-duty-fallback");
    assertThat(rows.get(rows.size() - 1).getText()).contains("兜底");
    screenshot("zones-duties.png");

    selectValue(By.id("zone-duty-role"), "ZONE_GUARANTOR");
    selectValue(By.id("zone-duty-person"), leader[0]);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("zone-duty-save"))).click();
    wait.until(d -> d.findElements(OWN_DUTIES).size() == own + 1);
    WebElement added = browser.findElements(OWN_DUTIES).stream().filter(r -> r.getText().contains(leader[1])).findFirst().orElseThrow();
    assertThat(added.getText()).contains("包保责任人");
    assertThat(jdbc.sql("select count(*) from directory_assignment where target_type = 'DANGER_ZONE' and target_id = :z and person_id = :p")
        .param("z", String.valueOf(zone)).param("p", Long.parseLong(leader[0])).query(Long.class).single()).isOne();
    screenshot("zones-duties-assigned.png");

    added.findElement(By.cssSelector(".zone-duty-remove")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(d -> d.findElements(OWN_DUTIES).size() == own);
    assertThat(jdbc.sql("select count(*) from directory_assignment where target_type = 'DANGER_ZONE' and target_id = :z and person_id = :p")
        .param("z", String.valueOf(zone)).param("p", Long.parseLong(leader[0])).query(Long.class).single()).isZero();
  }

  @Test
  void theReadOnlyLeaderSeesTheSixDutiesTableWithoutTheForm() {
    long zone = jdbc.sql("select min(target_id) from directory_assignment where target_type = 'DANGER_ZONE'").query(Long.class).single();
    logInAs("leader");
    browser.get(url("/#/risk/zones/" + zone));
    wait.until(ExpectedConditions.presenceOfElementLocated(OWN_DUTIES));
    assertThat(browser.findElements(By.id("zone-duty-form"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".zone-duty-remove"))).isEmpty();
  }

  private void selectValue(By select, String value) {
    By option = By.cssSelector("option[value='" + value + "']");
    wait.until(d -> !d.findElement(select).findElements(option).isEmpty());
    new Select(browser.findElement(select)).selectByValue(value);
  }

  /** The checkbox of an overlay in the Leaflet layer control (expanded at this window width). */
  private WebElement layerToggle(String name) {
    return browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
        .filter(l -> l.getText().trim().equals(name)).findFirst().orElseThrow()
        .findElement(By.cssSelector("input"));
  }
}
