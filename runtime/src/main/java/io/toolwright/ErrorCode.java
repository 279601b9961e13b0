package io.toolwright;

/** The closed set of reasons a tool call can fail. Stable: models and dashboards key on them. */
public enum ErrorCode {
  /** No tool has the name the model used; the error lists the closest names. */
  UNKNOWN_TOOL,
  /** The arguments are not one well-formed JSON object within the parsing limits. */
  INVALID_JSON,
  /** The arguments are JSON but break the tool's schema or constraints; nothing was called. */
  INVALID_ARGUMENTS,
  /** The tool was called and threw, or the application could not run it. */
  TOOL_FAILED
}
