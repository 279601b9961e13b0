package io.toolwright;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that argument bytes meant as UTF-8 are well-formed (RFC 3629) before Jackson reads them.
 * Jackson's UTF-8 reader refuses most malformed bytes, but decodes overlong forms ({@code C0 AE} as
 * {@code .}, {@code C0 80} as NUL, {@code E0 80 AF} as {@code /}) and sequences beyond U+10FFFF
 * (into unpaired surrogates): text a byte-level filter or log upstream reads differently from the
 * tool. The JDK's decoder, reporting errors, refuses all of them.
 *
 * <p>Cheap on the common path: bytes that are all ASCII, as most arguments are, are only scanned;
 * only text with a byte of {@code 0x80} or above is decoded, into a small reused buffer.
 */
final class StrictUtf8 {

  private static final int BUFFER = 1024;

  private StrictUtf8() {}

  /**
   * The offset of the first byte that is not well-formed UTF-8; {@code -1} when there is none, or
   * when the bytes are not meant as UTF-8: JSON's encoding detection, which Jackson applies, takes
   * bytes with a UTF-16 byte-order mark or a zero byte among the first four for UTF-16 or UTF-32.
   */
  static int firstMalformed(byte[] bytes) {
    if (isAscii(bytes) || !meantAsUtf8(bytes)) {
      return -1;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.min(BUFFER, bytes.length));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean meantAsUtf8(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
