package org.anlan.warning;

/**
 * The channels a 叫应 step can use, in the order of the "next channel" rule: in-app (inbox and live
 * notice), SMS through the gateway, e-mail, voice call or broadcast through its webhook.
 */
public enum CalloutChannel {
  IN_APP, SMS, EMAIL, VOICE
}
