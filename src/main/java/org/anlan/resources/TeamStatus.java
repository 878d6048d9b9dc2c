package org.anlan.resources;

/** Whether a rescue team can be sent now (队伍状态). */
public enum TeamStatus {
  /** 待命: on standby, available. */
  STANDBY,
  /** 已出动: deployed on a task. */
  DEPLOYED,
  /** 不可用: unavailable (training, rest, short of people…). */
  UNAVAILABLE
}
