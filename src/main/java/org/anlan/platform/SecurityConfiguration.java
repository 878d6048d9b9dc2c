package org.anlan.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Everything needs a login except the login page and its assets, the health
 * probe and the API description. Browsers log in with a form and a session; API clients send HTTP
 * Basic or a personal API token. Unauthenticated API calls get a 401 problem, not a redirect.
 * Area scoping is enforced by each module against {@link CurrentActor}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String[] PUBLIC = {
    "/login", "/login.html", "/platform/login.js", "/platform/i18n.js", "/platform/anlan.css", "/favicon.ico",
    "/webjars/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
    "/swagger-ui.html", "/swagger-ui/**", "/error",
    // devices: the owning module checks their own credentials (X-Station-Token) or the logged-in user's right
    "/api/v1/readings", "/feeds/**",
    // 叫应 one-click answer links: the unguessable, expiring token in the address is the credential
    "/a/*", "/answer.html", "/warning/answer.js", "/api/v1/answers/*",
    // the SMS gateway's and the voice provider's webhooks: messaging checks each one's shared secret header
    "/api/v1/messaging/sms/status", "/api/v1/messaging/sms/inbound", "/api/v1/messaging/voice/status"
  };

  /** bcrypt (cost {@code anlan.platform.bcrypt-cost}, default 10) for new hashes; older {id} formats still verify. */
  @Bean
  PasswordEncoder passwordEncoder(PlatformProperties properties) {
    var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
    var encoders = new java.util.HashMap<String, PasswordEncoder>();
    encoders.put("bcrypt", new BCryptPasswordEncoder(properties.bcryptCost()));
    var delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
    delegating.setDefaultPasswordEncoderForMatches(encoder);
    return delegating;
  }

  /**
   * CSRF protects the session cookie. A request that names no session (a device with its token, an API
   * client with Basic or a bearer token) carries no ambient credential to abuse, so it needs no CSRF token.
   */
  static boolean carriesNoSessionCookie(HttpServletRequest req) {
    return req.getHeader("Authorization") != null || req.getRequestedSessionId() == null;
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, LoginThrottle throttle,
      List<ApiTokenResolver> tokenResolvers, PlatformProperties properties) throws Exception {
    RequestMatcher api = SecurityConfiguration::isApiCall;
    AuthenticationEntryPoint apiEntryPoint = (req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED, "auth.required");
    AccessDeniedHandler denied = (req, res, e) -> {
      if (e instanceof ScopeDeniedException s) {
        problems.write(req, res, HttpStatus.FORBIDDEN, s.code(), s.args());
      } else {
        problems.write(req, res, HttpStatus.FORBIDDEN, "access.denied");
      }
    };
    http
        .authorizeHttpRequests(a -> a
            .requestMatchers(PUBLIC).permitAll()
            .requestMatchers("/actuator/**").hasRole(Role.DISTRICT_ADMIN.name())
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").permitAll().defaultSuccessUrl("/", false)
            .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath() + "/login?error")))
        .httpBasic(b -> b.authenticationEntryPoint(apiEntryPoint))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(c -> c.spa().ignoringRequestMatchers(SecurityConfiguration::carriesNoSessionCookie)
            .ignoringRequestMatchers("/api/v1/answers/*"))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), req -> true)
            .accessDeniedHandler(denied))
        .addFilterBefore(new RequestSizeFilter(properties.maxJsonBody().toBytes(), problems), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new ApiTokenFilter(tokenResolvers, problems), BasicAuthenticationFilter.class)
        .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
    return http.build();
  }

  private static boolean isApiCall(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = String.valueOf(request.getHeader("Accept"));
    return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/feeds/")
        || request.getHeader("Authorization") != null || (accept.contains("json") && !accept.contains("text/html"));
  }
}
