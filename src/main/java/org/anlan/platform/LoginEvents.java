package org.anlan.platform;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds login outcomes into the {@link LoginThrottle}. */
@Component
class LoginEvents {

  private final LoginThrottle throttle;

  LoginEvents(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Object details = event.getAuthentication().getDetails();
    String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    throttle.failed(event.getAuthentication().getName(), address);
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    throttle.succeeded(event.getAuthentication().getName());
  }
}
