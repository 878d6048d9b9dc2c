package org.anlan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** Anlan (安澜): the digital emergency-management platform of a district emergency management bureau. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(sharedModules = "shared", systemName = "Anlan")
public class AnlanApplication {

  public static void main(String[] args) {
    SpringApplication.run(AnlanApplication.class, args);
  }
}
