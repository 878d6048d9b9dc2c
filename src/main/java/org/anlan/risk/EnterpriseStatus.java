package org.anlan.risk;

/** 经营状态: 在营 operating, 停产 suspended, 关闭 closed. */
public enum EnterpriseStatus {
  OPERATING, SUSPENDED, CLOSED
}
