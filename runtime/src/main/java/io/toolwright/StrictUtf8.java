package io.toolwright;

/**
 * Checks that argument bytes meant as UTF-8 are well-formed (RFC 3629; the Unicode Standard's table
 * 3-7) before Jackson reads them. Jackson's UTF-8 reader refuses most malformed bytes, but decodes
 * overlong forms ({@code C0 AE} as {@code .}, {@code C0 80} as NUL, {@code E0 80 AF} as {@code /})
 * and sequences beyond U+10FFFF (into unpaired surrogates): text that a byte-level filter or a log
 * upstream reads differently from the tool.
 *
 * <p>Written out rather than done by the JDK's {@code CharsetDecoder}, which agrees on every input
 * (a test compares them) but costs a decoder and a buffer per call; here bytes that are all ASCII,
 * as most arguments are, are only scanned, and nothing is allocated.
 */
final class StrictUtf8 {

  private StrictUtf8() {}

  /**
   * The offset of the first byte of the first sequence that is not well-formed UTF-8; {@code -1}
   * when there is none, or when the bytes are not meant as UTF-8: JSON's encoding detection, which
   * Jackson applies, takes bytes with a UTF-16 byte-order mark or a zero byte among the first four
   * for UTF-16 or UTF-32.
   */
  static int firstMalformed(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && bytes[i] >= 0) {
      i++;
    }
    if (i == bytes.length || !meantAsUtf8(bytes)) {
      return -1;
    }
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int length;
      int secondMin = 0x80;
      int secondMax = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
          secondMin = 0xA0; // shorter forms are overlong
        } else if (lead == 0xED) {
          secondMax = 0x9F; // beyond are surrogates
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
          secondMin = 0x90; // shorter forms are overlong
        } else if (lead == 0xF4) {
          secondMax = 0x8F; // beyond is above U+10FFFF
        }
      } else {
        return i; // a continuation byte, C0 and C1 (always overlong), F5 to FF
      }
      if (i + length > bytes.length) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < secondMin || second > secondMax) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /**
   * Whether JSON's encoding detection takes the bytes for UTF-8: no UTF-16 byte-order mark, no zero
   * byte among the first four.
   */
  static boolean meantAsUtf8(byte[] bytes) {
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
