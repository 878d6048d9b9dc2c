package org.anlan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Keeps docs/problems.md and the two languages true to the codes the modules use. */
class ProblemCatalogueTests {

  @Test
  void everyProblemCodeIsDocumentedAndHasAnEnglishMessage() throws IOException {
    String doc = Files.readString(Path.of("docs/problems.md"));
    Set<String> missingInDoc = new TreeSet<>();
    Set<String> missingInEnglish = new TreeSet<>();
    Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
    assertThat(bundles).isNotEmpty();
    for (Resource zh : bundles) {
      String name = zh.getFilename();
      if (name == null || name.contains("_")) {
        continue;
      }
      Properties zhMessages = load(zh);
      Properties enMessages = load(zh.createRelative(name.replace(".properties", "_en.properties")));
      for (String key : zhMessages.stringPropertyNames()) {
        if (key.startsWith("problem.") && !key.startsWith("problem.title.")) {
          String code = key.substring("problem.".length());
          if (!doc.contains("`" + code + "`")) {
            missingInDoc.add(code);
          }
          if (!enMessages.containsKey(key)) {
            missingInEnglish.add(code);
          }
        }
      }
    }
    assertThat(missingInDoc).as("codes missing in docs/problems.md").isEmpty();
    assertThat(missingInEnglish).as("codes without an English message").isEmpty();
  }

  private static Properties load(Resource resource) throws IOException {
    Properties p = new Properties();
    try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
