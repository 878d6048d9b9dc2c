package org.anlan.resources;

/** 状态: whether a shelter can take people now. */
public enum ShelterStatus {
  /** 已启用: open and receiving people. */
  OPEN,
  /** 待用: ready to open at short notice. */
  READY,
  /** 已关闭: closed (e.g. out of season). */
  CLOSED,
  /** 不可用: cannot be used (damaged, in a danger zone, under repair). */
  UNAVAILABLE;

  /** OPEN or READY: may be offered to people who must move. */
  public boolean usable() {
    return this == OPEN || this == READY;
  }
}
