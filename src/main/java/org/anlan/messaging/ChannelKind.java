package org.anlan.messaging;

/** The channels a message can go by: the in-app inbox, SMS, e-mail, a voice call or broadcast. */
public enum ChannelKind {
  IN_APP, SMS, EMAIL, VOICE
}
