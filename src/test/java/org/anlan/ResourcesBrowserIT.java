package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The resources pages (应急资源) as a town officer sees them: shelters with coverage, and nearest available. */
class ResourcesBrowserIT extends BrowserTestSupport {

  @Test
  void aTownOfficerSeesTheShelterGapsOfTheTownAndTheNearestShelters() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/resources/shelters"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shelters-table tbody tr td")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shelters-coverage"), "金龙社区"));
    assertThat(browser.findElement(By.id("shelters-coverage")).getText()).contains("五里社区").doesNotContain("金盆社区");
    assertThat(browser.findElements(By.cssSelector("#shelters-table tbody tr"))).extracting(WebElement::getText)
        .allMatch(t -> t.contains("（演示）"));
    screenshot("resources-shelters.png");

    browser.get(url("/#/resources/nearest"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nearest-search"))).click();
    wait.until(d -> d.findElements(By.cssSelector("#nearest-table tbody tr")).size() == 5);
    assertThat(browser.findElement(By.cssSelector("#nearest-table tbody tr td:nth-child(2)")).getText()).endsWith("km");
    screenshot("resources-nearest.png");
  }
}
