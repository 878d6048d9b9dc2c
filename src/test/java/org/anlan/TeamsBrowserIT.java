package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Teams and warehouses pages (应急资源) as a town officer uses them: a stock OUT through the ledger form. */
class TeamsBrowserIT extends BrowserTestSupport {

  @Test
  void aTownOfficerSeesTheTeamsAndRecordsAStockOutThatUpdatesTheStockTable() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/resources/teams"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teams-table"), "双江镇综合应急队（演示）"));
    screenshot("resources-teams.png");

    browser.get(url("/#/resources/warehouses"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("below-minimum"), "救生衣"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("双江镇应急物资仓库（演示）"))).click();
    By tent = By.cssSelector("#stock-table tr[data-item='TENT'] td.qty");
    wait.until(ExpectedConditions.presenceOfElementLocated(tent));
    int before = quantity(browser.findElement(tent));
    new Select(browser.findElement(By.id("ledger-kind"))).selectByValue("OUT");
    new Select(browser.findElement(By.id("ledger-item"))).selectByValue("TENT");
    browser.findElement(By.id("ledger-quantity")).clear();
    browser.findElement(By.id("ledger-quantity")).sendKeys("2");
    browser.findElement(By.id("ledger-reason")).sendKeys("浏览器测试出库");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("ledger-save"))).click(); // enabled: not busy loading
    wait.until(d -> quantity(d.findElement(tent)) == before - 2);
    assertThat(browser.findElement(By.id("ledger-table")).getText()).contains("浏览器测试出库");
    screenshot("resources-warehouse.png");
  }

  private static int quantity(WebElement cell) {
    return Integer.parseInt(cell.getText().replaceAll("[^0-9]", ""));
  }
}
