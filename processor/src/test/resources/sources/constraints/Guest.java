package constraints;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A guest, as a bean. */
public class Guest {
  /** The guest's email address. */
  @Email private String email;

  private String name;

  public void setEmail(String email) {
    this.email = email;
  }

  /** The guest's name, as on the passport. */
  @Size(min = 1, max = 100)
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
