package org.anlan.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC writes identifiers unquoted, so the same lower-case schema works on PostgreSQL
 * and on H2 ({@code DATABASE_TO_LOWER=TRUE}); quoted, H2's dialect would upper-case them.
 */
@Configuration
class JdbcMappingConfiguration {

  @Bean
  static BeanPostProcessor unquotedIdentifiers() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
          context.setForceQuote(false);
        }
        return bean;
      }
    };
  }
}
