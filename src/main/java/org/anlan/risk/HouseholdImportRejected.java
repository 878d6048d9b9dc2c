package org.anlan.risk;

import java.util.Map;

/** A households import refused as a whole (nothing imported): a problem code, arguments and extra properties such as {@code rows}. */
class HouseholdImportRejected extends RuntimeException {

  private final String code;
  private final transient Object[] args;
  private final transient Map<String, Object> properties;

  HouseholdImportRejected(String code, Map<String, Object> properties, Object... args) {
    super(code);
    this.code = code;
    this.args = args.clone();
    this.properties = Map.copyOf(properties);
  }

  String code() {
    return code;
  }

  Object[] args() {
    return args.clone();
  }

  Map<String, Object> properties() {
    return properties;
  }
}
