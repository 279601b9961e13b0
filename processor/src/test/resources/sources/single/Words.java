package single;

import io.toolwright.annotation.Tool;

/** A class of one static tool whose one parameter is an array, passed as one value. */
public final class Words {

  /**
   * Joins words with spaces.
   *
   * @param words the words, in order
   * @return the words joined
   */
  @Tool
  public static String join(String... words) {
    return String.join(" ", words);
  }
}
