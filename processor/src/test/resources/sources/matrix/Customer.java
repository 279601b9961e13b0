package matrix;

import java.util.List;

/** A customer, as a bean. */
public class Customer {
  /** The customer's full name. */
  private String name;

  private int age;

  private @Nullable String nickname;

  private List<String> tags;

  private Status status = Status.OPEN;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Age in whole years. */
  public int getAge() {
    return age;
  }

  public void setAge(int age) {
    this.age = age;
  }

  public @Nullable String getNickname() {
    return nickname;
  }

  public void setNickname(@Nullable String nickname) {
    this.nickname = nickname;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  /**
   * Sets the status.
   */
  public void setStatus(Status status) {
    this.status = status;
  }

  /** A setter without a field. */
  public void setVip(boolean vip) {
    if (vip) {
      tags = List.of("vip");
    }
  }

  @Override
  public String toString() {
    return "Customer[" + name + ", " + age + ", " + nickname + ", " + tags + ", " + status + "]";
  }
}
