package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The households import of a danger zone in the browser: a 10,000-row workbook shows the upload,
 * then the server's phases with row counts, then "导入完成：10000 行" and the counts; a workbook with a
 * bad row shows "未导入" and the row.
 */
class HouseholdImportBrowserIT extends BrowserTestSupport {

  static final String HEAD = "浏览器进度户主";
  static final By PROGRESS = By.id("zone-import-progress");

  @Autowired JdbcClient jdbc;
  Path file;

  @AfterEach
  void removeImported() throws IOException {
    jdbc.sql("delete from risk_household_vulnerable where household_id in (select id from risk_household where head_name like :h)")
        .param("h", HEAD + "%").update();
    jdbc.sql("delete from risk_household where head_name like :h").param("h", HEAD + "%").update();
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aTenThousandRowImportShowsTheServersPhasesThenDoneWithTheRowCount() throws IOException {
    Map<String, Object> zone = zoneOfShuangjiang();
    file = workbook((String) zone.get("code"), 10_000, -1);
    logInAs("shuangjiang");
    browser.get(url("/#/risk/zones/" + zone.get("id")));
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("zone-import")));
    long started = System.nanoTime();
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement progress = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-import-progress[data-phase='DONE']")));
    System.out.printf("10,000-row households import in the browser: done after %.1f s, phases %s%n", (System.nanoTime() - started) / 1e9,
        phases());
    assertThat(progress.getText()).contains("导入完成", "10000 行");
    assertThat(progress.findElement(By.tagName("progress")).getDomAttribute("value")).isEqualTo("100");
    List<String> phases = phases();
    assertThat(phases.get(0)).isEqualTo("UPLOADING");
    assertThat(phases.get(phases.size() - 1)).isEqualTo("DONE");
    assertThat(phases).as("polled while the server worked").containsAnyOf("RECEIVED", "READING", "CHECKING", "WRITING");
    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zone-import-result")));
    assertThat(result.getText()).contains("新增 10000");
    screenshot("zone-import-progress-done.png");
  }

  @Test
  void aWorkbookWithABadRowShowsRefusedAndTheRowInEnglish() throws IOException {
    Map<String, Object> zone = zoneOfShuangjiang();
    file = workbook((String) zone.get("code"), 5, 3);
    logInAs("shuangjiang");
    browser.get(url("/#/risk/zones/" + zone.get("id")));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))).click();
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("zone-import")));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement progress = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-import-progress[data-phase='REFUSED']")));
    assertThat(progress.getText()).contains("Not imported");
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
    assertThat(problem.getText()).contains("risk.import-rows");
    assertThat(problem.findElements(By.cssSelector("tbody tr"))).hasSize(1);
    assertThat(browser.findElements(By.id("zone-import-result"))).isEmpty();
    assertThat(jdbc.sql("select count(*) from risk_household where head_name like :h").param("h", HEAD + "%").query(Long.class).single()).isZero();
    screenshot("zone-import-progress-refused.png");
  }

  private Map<String, Object> zoneOfShuangjiang() {
    return jdbc.sql("select id, code from risk_zone where area_code like '500152110%' order by id").query().listOfRows().get(0);
  }

  @SuppressWarnings("unchecked")
  private List<String> phases() {
    return (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__anlanImport.phases.slice()");
  }

  /** A households workbook of {@code rows} rows in one zone; row index {@code bad} (if ≥ 0) has 0 members. */
  private static Path workbook(String zoneCode, int rows, int bad) throws IOException {
    Path path = Files.createTempFile("households-", ".xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(path)) {
      Sheet sheet = workbook.createSheet("住户");
      String[] header = {"隐患点编号", "户主", "人数", "电话", "地址", "备注", "重点人员", "重点人员类别"};
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int i = 0; i < rows; i++) {
        String[] values = {zoneCode, HEAD + i, i == bad ? "0" : "3", String.format("1990004%04d", i), "浏览器测试地址（虚构）", "（测试）",
            i % 20 == 0 ? "浏览器测试老人" + i : "", i % 20 == 0 ? "独居老人" : ""};
        Row row = sheet.createRow(i + 1);
        for (int c = 0; c < values.length; c++) {
          if (!values[c].isEmpty()) {
            row.createCell(c).setCellValue(values[c]);
          }
        }
      }
      workbook.write(out);
    }
    return path;
  }
}
