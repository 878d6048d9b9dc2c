package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The station list's Excel bar: export and template links, an import with its progress, and a refused file's bad rows. */
class StationExcelBrowserIT extends BrowserTestSupport {

  static final List<String> HEADER = List.of("站码", "站名", "类型", "经度", "纬度", "行政区划代码", "权属单位", "行业", "关联对象类型",
      "关联对象编号", "报送间隔(秒)", "状态", "备注");

  @Autowired JdbcClient jdbc;
  Path file;

  /** Deletes the imported stations through the API, so the ingest catalogue forgets them too. */
  @AfterEach
  void removeImported() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    for (String code : jdbc.sql("select code from monitoring_station where code like 'XL-UI-%'").query(String.class).list()) {
      HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/stations/" + code))).DELETE()
          .header("Authorization", basic).build(), HttpResponse.BodyHandlers.discarding());
      assertThat(answer.statusCode()).isEqualTo(204);
    }
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aTownOfficerImportsAStationFromTheListAndABadFileShowsItsRows() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/monitoring/stations"));
    WebElement export = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("station-export")));
    assertThat(export.getDomAttribute("href")).startsWith("/api/v1/stations/export.xlsx");
    assertThat(browser.findElement(By.id("station-template")).getDomAttribute("href")).isEqualTo("/api/v1/stations/template.xlsx");

    file = workbook(List.of("XL-UI-1", "浏览器导入站", "雨量站", "105.7434", "30.219", "500152110001", "", "", "", "", "3600", "运行", ""));
    browser.findElement(By.id("station-import-file")).sendKeys(file.toAbsolutePath().toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("station-import"))).click();
    WebElement progress = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#station-import-progress[data-phase='DONE']")));
    assertThat(progress.getText()).contains("导入完成", "1 行");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("station-import-result"))).getText()).contains("新增 1", "重置接入凭据");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#station-table tr[data-station='XL-UI-1']")));
    screenshot("station-import-done.png");

    Files.deleteIfExists(file);
    file = workbook(List.of("XL-UI-2", "浏览器坏站", "火山站", "105.7434", "30.219", "500152110001", "", "", "", "", "3600", "运行", ""));
    browser.findElement(By.id("station-import-file")).sendKeys(file.toAbsolutePath().toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("station-import"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#station-import-progress[data-phase='REFUSED']")));
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#station-excel .problem")));
    assertThat(problem.getText()).contains("monitoring.import-rows", "火山站");
    assertThat(browser.findElements(By.cssSelector("#station-table tr[data-station='XL-UI-2']"))).isEmpty();
    screenshot("station-import-refused.png");
  }

  private static Path workbook(List<String> row) throws IOException {
    Path path = Files.createTempFile("stations-", ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
      Sheet sheet = workbook.createSheet("监测站");
      List<List<String>> rows = List.of(HEADER, row);
      for (int r = 0; r < rows.size(); r++) {
        Row cells = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          cells.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    }
    return path;
  }
}
