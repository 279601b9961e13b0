package conversion;

/** A profile, as a bean whose setter looks the handle up. */
public class Profile {
  private String handle;

  /** The handle, as shown to others. */
  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    if (handle.startsWith("@")) {
      throw new IllegalArgumentException("SELECT * FROM users WHERE secret='hunter2'");
    }
    if (handle.isBlank()) {
      throw new io.toolwright.ToolException("a handle must not be blank");
    }
    this.handle = handle;
  }
}
