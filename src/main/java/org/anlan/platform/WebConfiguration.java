package org.anlan.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Language, time, the API description and the two HTML entry points (login and the shell). */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

  /** zh-CN unless the request asks for English. */
  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
    return resolver;
  }

  /** The one clock, in the bureau's time zone ({@code anlan.platform.zone}, default Asia/Shanghai); tests pin it. */
  @Bean
  Clock clock(PlatformProperties properties) {
    return Clock.system(properties.zone());
  }

  @Bean
  OpenAPI anlanOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Anlan 安澜 API").version("v1")
            .description("区县应急管理数字化平台 — digital emergency-management platform. Errors are RFC 9457 problem details (see docs/problems.md).")
            .license(new License().name("Apache-2.0")))
        .components(new Components()
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/login").setViewName("forward:/login.html");
    registry.addViewController("/").setViewName("forward:/index.html");
  }
}
