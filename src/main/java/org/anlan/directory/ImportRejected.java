package org.anlan.directory;

import java.util.Map;

/**
 * An import refused as a whole (nothing was imported): a problem {@code code} with message
 * arguments and extra problem properties, e.g. the per-row errors under {@code rows}.
 */
class ImportRejected extends RuntimeException {

  private final String code;
  private final transient Object[] args;
  private final transient Map<String, Object> properties;

  ImportRejected(String code, Map<String, Object> properties, Object... args) {
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
