package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory pages (通讯录) used as a person would: people, assignments, "who answers here?",
 * import, read-only leaders and the phone layout. Mobiles 1770000xxxx are this class's own.
 */
class DirectoryBrowserIT extends BrowserTestSupport {

  private static final String SHUANGJIANG = "500152110000";
  private static final String WULI = "500152110002";
  private static final String JINLONG = "500152110003";
  private static final String BAIZI_PREFIX = "500152113";

  @Autowired
  JdbcClient jdbc;

  @Test
  void townOfficerSearchesCreatesEditsAndDeletesAPerson() throws IOException {
    logInAs("shuangjiang");
    openPeople();
    screenshot("directory-people.png");
    assertThat(areaCells()).isNotEmpty().noneMatch(a -> a.contains("柏梓"));
    assertThat(optionTexts(By.id("people-area"))).noneMatch(a -> a.contains("柏梓"));

    // search by the name of someone listed
    String name = browser.findElement(By.cssSelector("#people-table tbody tr td a")).getText();
    search(name);
    wait.until(d -> rows().stream().allMatch(r -> r.getText().contains(name)));
    assertThat(rows()).isNotEmpty();

    // 柏梓镇 people are not there, not even when searched for by mobile
    String baiziMobile = jdbc.sql("select min(mobile) from directory_person where area_code like :p")
        .param("p", BAIZI_PREFIX + "%").query(String.class).single();
    search(baiziMobile);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#people-table tbody"), "没有人员"));

    // create
    createPerson("测试张三", "17700000101", WULI, "网格员");
    search("17700000101");
    WebElement row = wait.until(d -> rowWith("17700000101"));
    assertThat(row.getText()).contains("测试张三", "网格员", "五里社区");
    screenshot("directory-people-created.png");

    // edit: change the position
    row.findElement(By.xpath(".//button[contains(., '修改')]")).click();
    WebElement position = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-position")));
    assertThat(browser.findElement(By.id("person-name")).getDomProperty("value")).isEqualTo("测试张三");
    position.clear();
    position.sendKeys("灾害信息员");
    screenshot("directory-person-edit.png");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("person-save"))).click(); // enabled: not busy loading
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form")));
    wait.until(d -> rowWith("17700000101").getText().contains("灾害信息员"));
    assertThat(rowWith("17700000101").getText()).doesNotContain("网格员");

    // a bad mobile: the server's problem is shown with the form, which stays open
    browser.findElement(By.id("person-new")).click();
    fillPerson("测试错号", "12345", WULI, null);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("person-save"))).click(); // enabled: not busy loading
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-form .problem")));
    // in the form's words: the field is 手机, the message says what a mobile looks like (no regular expression)
    assertThat(problem.getText()).contains("手机", "手机号格式不对").doesNotContain("mobile", "[3-9]");
    assertThat(browser.findElement(By.id("person-form")).isDisplayed()).isTrue();
    screenshot("directory-person-bad-mobile.png");
    browser.findElement(By.id("person-cancel")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form")));

    // delete (after confirming)
    rowWith("17700000101").findElement(By.xpath(".//button[contains(., '删除')]")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#people-table tbody"), "没有人员"));
    assertThat(jdbc.sql("select count(*) from directory_person where mobile = '17700000101'").query(Long.class).single()).isZero();
  }

  @Test
  void townOfficerCreatesEditsAndDeletesAnOrganisation() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/directory/organisations"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#organisations-table tbody tr td")));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("organisation-new"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation-name"))).sendKeys("测试应急分队");
    selectValue(By.id("organisation-kind"), "OTHER");
    selectValue(By.id("organisation-area"), WULI);
    browser.findElement(By.id("organisation-committees")).sendKeys("区安委会，区减灾委");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("organisation-save"))).click(); // enabled: not busy loading
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("organisation-form")));
    WebElement row = wait.until(d -> organisationRow("测试应急分队"));
    assertThat(row.getText()).contains("其他", "五里社区", "区安委会", "区减灾委");
    screenshot("directory-organisations.png");

    row.findElement(By.xpath(".//button[contains(., '修改')]")).click();
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation-name")));
    // committees are a set: any order, split back on the comma
    assertThat(browser.findElement(By.id("organisation-committees")).getDomProperty("value").split(","))
        .containsExactlyInAnyOrder("区安委会", "区减灾委");
    name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    name.sendKeys("测试应急小分队");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("organisation-save"))).click(); // enabled: not busy loading
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("organisation-form")));
    wait.until(d -> organisationRow("测试应急小分队")).findElement(By.xpath(".//button[contains(., '删除')]")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(d -> organisationRow("测试应急小分队") == null);
    assertThat(jdbc.sql("select count(*) from directory_organisation where name like '测试应急%'").query(Long.class).single()).isZero();
  }

  @Test
  void anAssignmentMadeOnThePageAnswersForItsVillage() throws IOException {
    logInAs("shuangjiang");
    // 金龙社区 has no grid worker, nor has anyone above it
    browser.get(url("/#/directory/responsible?area=" + JINLONG + "&role=GRID_WORKER"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-nobody")));

    openPeople();
    createPerson("测试网格", "17700000201", JINLONG, "网格员");
    search("17700000201");
    wait.until(d -> rowWith("17700000201"));

    browser.get(url("/#/directory/assignments"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("assignment-new"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-form")));
    selectValue(By.id("assignment-area"), JINLONG);
    selectValue(By.id("assignment-role"), "GRID_WORKER");
    WebElement personField = browser.findElement(By.cssSelector("#assignment-person input"));
    personField.sendKeys("测试网");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#assignment-person .picker-hit")));
    screenshot("directory-assignment-picker.png");
    pickPerson(By.cssSelector("#assignment-person input"), "17700000201", "测试网格");
    // the person as their own deputy: the server says no, in the form
    pickPerson(By.cssSelector("#assignment-deputy input"), "17700000201", "测试网格");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("assignment-save"))).click(); // enabled: not busy loading
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#assignment-form .problem")));
    screenshot("directory-assignment-same-deputy.png");
    String deputyMobile = jdbc.sql("select min(mobile) from directory_person where area_code = :a and mobile like '199%'")
        .param("a", JINLONG).query(String.class).single();
    pickPerson(By.cssSelector("#assignment-deputy input"), deputyMobile, deputyMobile);
    screenshot("directory-assignment-form.png");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("assignment-save"))).click(); // enabled: not busy loading
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignment-form")));
    selectValue(By.id("assignments-area"), JINLONG);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#assignments-table tbody"), "测试网格"));
    WebElement row = browser.findElement(By.xpath("//table[@id='assignments-table']//tr[td[contains(., '测试网格')]]"));
    assertThat(row.getText()).contains("网格员", "金龙社区");
    screenshot("directory-assignments.png");

    // the person's page lists the assignment
    openPeople();
    search("17700000201");
    wait.until(d -> rowWith("17700000201")).findElement(By.linkText("测试网格")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".shell-main h3"), "测试网格"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".shell-main .table tbody"), "网格员"));
    assertThat(browser.findElement(By.cssSelector(".shell-main .table tbody")).getText()).contains("金龙社区", "责任人");
    screenshot("directory-person-detail.png");

    // who answers here? now the new grid worker, assigned here
    browser.get(url("/#/directory/responsible"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responsible-area")));
    selectValue(By.id("responsible-area"), JINLONG);
    selectValue(By.id("responsible-role"), "GRID_WORKER");
    browser.findElement(By.id("responsible-ask")).click();
    WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer")));
    assertThat(answer.getText()).contains("测试网格", "17700000201", "本级责任人");
  }

  @Test
  void whoAnswersFallsBackToTheTown() throws IOException {
    logInAs("shuangjiang");
    browser.get(url("/#/directory/responsible"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responsible-area")));
    selectValue(By.id("responsible-area"), WULI);
    selectValue(By.id("responsible-role"), "DISASTER_INFORMANT");
    browser.findElement(By.id("responsible-ask")).click();
    WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer")));
    assertThat(answer.getText()).contains("上级区域", "双江镇");
    assertThat(browser.findElement(By.id("answer-parent")).getText()).contains("五里社区", "灾害信息员", "双江镇");
    screenshot("directory-responsible.png");

    // changing the question drops the old answer
    selectValue(By.id("responsible-role"), "GRID_WORKER");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".answer")));
    selectValue(By.id("responsible-role"), "DISASTER_INFORMANT");
    browser.findElement(By.id("responsible-ask")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer")));

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".answer"), "parent area"));
    screenshot("directory-responsible-en.png");
    browser.findElement(By.id("lang-zh")).click();
  }

  @Test
  void whoAnswersNamesTheDeputyWhenTheSecretaryIsAway() throws IOException {
    logInAs("baizi");
    // a link with the question in it asks at once
    browser.get(url("/#/directory/responsible?area=500152113001&role=VILLAGE_SECRETARY"));
    WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer")));
    assertThat(answer.getText()).contains("AB岗");
    assertThat(browser.findElements(By.id("answer-parent"))).isEmpty();
    assertThat(new Select(browser.findElement(By.id("responsible-role"))).getFirstSelectedOption().getText()).isEqualTo("村社书记");
    screenshot("directory-responsible-deputy.png");
  }

  @Test
  void importShowsTheBadRowsThenTheCounts() throws Exception {
    byte[] template = download("/api/v1/directory/template.xlsx", "shuangjiang");
    Path bad = workbook(template, List.of(
        List.of("测试导入甲", "17700000301", WULI), List.of("测试导入乙", "12345", WULI)), List.of());
    Path good = workbook(template, List.of(List.of("测试导入甲", "17700000301", WULI)),
        List.of(List.of(WULI, "GRID_WORKER", "17700000301")));

    logInAs("shuangjiang");
    browser.get(url("/#/directory/import"));
    WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-file")));
    file.sendKeys(bad.toAbsolutePath().toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("import-submit"))).click();
    WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-rows")));
    List<WebElement> errorRows = errors.findElements(By.cssSelector("tbody tr"));
    assertThat(errorRows).hasSize(1);
    assertThat(errorRows.get(0).getText()).contains("人员", "3", "手机");
    assertThat(browser.findElements(By.id("import-result"))).isEmpty();
    screenshot("directory-import-errors.png");
    assertThat(jdbc.sql("select count(*) from directory_person where mobile = '17700000301'").query(Long.class).single()).isZero();

    file.clear();
    file.sendKeys(good.toAbsolutePath().toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("import-submit"))).click();
    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")));
    assertThat(result.getText()).contains("新增 2");
    assertThat(browser.findElements(By.id("import-rows"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".problem"))).isEmpty();
    screenshot("directory-import-done.png");
  }

  @Test
  void leaderReadsButIsOfferedNoChanges() throws IOException {
    logInAs("leader");
    openPeople();
    assertThat(browser.findElements(By.id("person-new"))).isEmpty();
    assertThat(browser.findElements(By.xpath("//table[@id='people-table']//button"))).isEmpty();
    screenshot("directory-people-leader.png");

    browser.get(url("/#/directory/assignments"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assignments-table tbody tr td")));
    assertThat(browser.findElements(By.id("assignment-new"))).isEmpty();
    assertThat(browser.findElements(By.xpath("//table[@id='assignments-table']//button"))).isEmpty();

    browser.get(url("/#/directory/organisations"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#organisations-table tbody tr td")));
    assertThat(browser.findElements(By.xpath("//table[@id='organisations-table']//button"))).isEmpty();
    assertThat(browser.findElements(By.id("organisation-new"))).isEmpty();

    browser.get(url("/#/directory/import"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-people")));
    assertThat(browser.findElements(By.id("import-file"))).isEmpty();
  }

  @Test
  void peopleListWorksAtPhoneWidth() throws IOException {
    browser.manage().window().setSize(new Dimension(400, 820));
    logInAs("shuangjiang");
    openPeople();
    assertThat(pageOverflow()).as("horizontal overflow of the page, px").isLessThanOrEqualTo(0L);
    WebElement search = browser.findElement(By.id("people-q"));
    assertThat(search.getRect().getX() + search.getRect().getWidth()).isLessThanOrEqualTo(400);
    // a row is readable: the number to call is on screen, the name is not broken into a column of characters
    WebElement first = rows().get(0);
    WebElement tel = first.findElement(By.cssSelector("a[href^='tel:']"));
    assertThat(tel.getRect().getX() + tel.getRect().getWidth()).isLessThanOrEqualTo(400);
    assertThat(first.getRect().getHeight()).as("height of a row, px").isLessThan(110);
    assertThat(first.findElement(By.cssSelector(".phone-only")).getText()).isNotBlank();
    screenshot("directory-people-phone.png");

    browser.findElement(By.id("person-new")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-form")));
    assertThat(pageOverflow()).as("horizontal overflow with the form open, px").isLessThanOrEqualTo(0L);
    screenshot("directory-person-form-phone.png");
  }

  // ---- helpers ------------------------------------------------------------

  private void openPeople() {
    browser.get(url("/#/directory/people"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#people-table tbody tr td a")));
    wait.until(d -> optionTexts(By.id("people-area")).size() > 1);
  }

  private void search(String text) {
    WebElement q = browser.findElement(By.id("people-q"));
    q.clear();
    q.sendKeys(text);
    browser.findElement(By.id("people-search")).click();
  }

  private void createPerson(String name, String mobile, String area, String position) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("person-new"))).click();
    fillPerson(name, mobile, area, position);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("person-save"))).click(); // enabled: not busy loading
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form")));
  }

  private void fillPerson(String name, String mobile, String area, String position) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-name"))).sendKeys(name);
    browser.findElement(By.id("person-mobile")).sendKeys(mobile);
    selectValue(By.id("person-area"), area);
    if (position != null) {
      browser.findElement(By.id("person-position")).sendKeys(position);
    }
  }

  private void pickPerson(By input, String query, String expected) {
    WebElement field = browser.findElement(input);
    // as a person does it (WebElement.clear() changes the value without an input event, which Vue then restores)
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(query);
    By hit = By.xpath("//a[contains(@class, 'picker-hit') and contains(., '" + expected + "')]");
    // the hits re-render as the search answers arrive: click inside the wait, so a stale hit is looked up again; and
    // a form that re-rendered meanwhile may have lost keystrokes, so the query is typed again until the field holds it
    wait.until(d -> {
      WebElement current = d.findElement(input);
      if (!query.equals(current.getDomProperty("value"))) {
        current.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        current.sendKeys(query);
        return false;
      }
      d.findElement(hit).click();
      return true;
    });
    wait.until(ExpectedConditions.invisibilityOfElementLocated(hit));
  }

  /** Chooses an option once the select (often filled by a request) offers it. */
  private void selectValue(By select, String value) {
    By option = By.cssSelector("option[value='" + value + "']");
    wait.until(d -> !d.findElement(select).findElements(option).isEmpty());
    new Select(browser.findElement(select)).selectByValue(value);
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#people-table tbody tr"));
  }

  private WebElement rowWith(String text) {
    List<WebElement> hits = browser.findElements(By.xpath("//table[@id='people-table']//tr[td[contains(., '" + text + "')]]"));
    return hits.isEmpty() ? null : hits.get(0);
  }

  private WebElement organisationRow(String name) {
    List<WebElement> hits = browser.findElements(By.xpath("//table[@id='organisations-table']//tr[td[1][normalize-space(.)='" + name + "']]"));
    return hits.isEmpty() ? null : hits.get(0);
  }

  private List<String> areaCells() {
    return browser.findElements(By.cssSelector("#people-table tbody tr td:nth-child(5)")).stream().map(WebElement::getText).toList();
  }

  private List<String> optionTexts(By select) {
    return browser.findElements(select).stream().flatMap(s -> s.findElements(By.tagName("option")).stream())
        .map(WebElement::getText).toList();
  }

  private Long pageOverflow() {
    return (Long) browser.executeScript(
        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth");
  }

  private byte[] download(String path, String username) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic).GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The downloaded template with rows appended under its 人员 and 责任 headers (cells in header order). */
  private static Path workbook(byte[] template, List<List<String>> people, List<List<String>> assignments) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet peopleSheet = workbook.getSheet("人员");
      Sheet assignmentSheet = workbook.getSheet("责任");
      assertThat(peopleSheet.getRow(0).getCell(1).getStringCellValue()).startsWith("手机");
      assertThat(assignmentSheet.getRow(0).getCell(2).getStringCellValue()).startsWith("角色代码");
      fill(peopleSheet, people, new int[] {0, 1, 2});
      // 责任: 区域代码 (0), 角色代码 (2), 责任人手机 (4)
      fill(assignmentSheet, assignments, new int[] {0, 2, 4});
      workbook.write(out);
      Path file = Files.createTempFile("anlan-import", ".xlsx");
      Files.write(file, out.toByteArray());
      file.toFile().deleteOnExit();
      return file;
    }
  }

  private static void fill(Sheet sheet, List<List<String>> rows, int[] columns) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(columns[c]).setCellValue(rows.get(r).get(c));
      }
    }
  }
}
