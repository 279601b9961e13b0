package io.toolwright.processor.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * OpenAI's {@code o200k_base} encoding (GPT-4o and later), loaded on first use: reading its
 * vocabulary takes a noticeable fraction of a second, which a build that counts nothing should not
 * pay.
 */
public final class O200k {

  private O200k() {}

  private static final class Holder {
    static final Encoding ENCODING =
        Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  }

  /** The encoding itself, for callers that want the tokens and not only their number. */
  public static Encoding encoding() {
    return Holder.ENCODING;
  }

  /**
   * The number of tokens in {@code text}. Text that spells a special token, such as {@code
   * <|endoftext|>}, counts as the ordinary text it is: a tool's description is never a control
   * token.
   */
  public static int count(String text) {
    return text.isEmpty() ? 0 : Holder.ENCODING.countTokensOrdinary(text);
  }
}
