package org.anlan.monitoring.rules;

/** How a rule's conditions combine: ALL (AND, the lowest level all reach) or ANY (OR, the highest any reaches). */
public enum Combine {
  ALL, ANY
}
