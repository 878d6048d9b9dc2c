package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The risk pages (风险): the enterprises layer on 一张图 and an enterprise with its four-colour badge. */
class RiskBrowserIT extends BrowserTestSupport {

  @Test
  void theEnterprisesLayerDrawsColouredMarkersAndLeadsToAnEnterprise() throws IOException {
    logInAs("admin");
    browser.get(url("/#/map"));
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
        .executeScript("return !!(window.__anlanMap && window.__anlanMap.outlineLoaded)")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.risk-enterprise")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".leaflet-control-layers"), "企业（四色）"));
    assertThat(browser.findElements(By.cssSelector("#map path.risk-enterprise")).size()).isGreaterThanOrEqualTo(40);
    assertThat(browser.findElements(By.cssSelector("#map path.risk-body")).size()).isGreaterThanOrEqualTo(60);
    screenshot("risk-map.png");

    browser.get(url("/#/risk/enterprises"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#enterprises-table tbody tr td a")));
    assertThat(browser.findElements(By.cssSelector("#enterprises-table .risk-colour[data-colour='RED']"))).isNotEmpty();
    screenshot("risk-enterprises.png");
    browser.findElement(By.cssSelector("#enterprises-table tbody tr td a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#enterprise-detail h2")));
    assertThat(browser.findElement(By.cssSelector("#enterprise-detail h2")).getText()).contains("（演示）");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessments-table tbody tr")));
    screenshot("risk-enterprise.png");
  }
}
