package org.anlan.directory;

/** How a responsible person was found by {@link DirectoryDesk#responsibleFor}. */
public enum FoundBy {
  /** Assigned at the area itself, available and within the assignment's validity. */
  PRIMARY,
  /** The deputy (AB岗) of an assignment at the area whose person is unavailable or whose validity has ended. */
  DEPUTY,
  /** Nobody answers at the area: found at the nearest ancestor area that has someone. */
  PARENT_AREA
}
