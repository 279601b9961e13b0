package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StrictUtf8} against the JDK's strict UTF-8 decoder, on every short sequence and more. */
class StrictUtf8Test {

  /** What the JDK's decoder, reporting errors, says: where malformed input starts, or -1. */
  private static int jdk(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static byte[] withPrefix(int... bytes) {
    byte[] out = new byte[bytes.length + 1];
    out[0] = '"'; // no zero byte and no byte-order mark up front: meant as UTF-8
    for (int i = 0; i < bytes.length; i++) {
      out[i + 1] = (byte) bytes[i];
    }
    return out;
  }

  @Test
  void agreesWithTheJdkOnEveryLeadByteAndSecondByte() {
    for (int lead = 0x01; lead <= 0xFF; lead++) {
      for (int second = 0; second <= 0xFF; second++) {
        for (int[] rest : new int[][] {{}, {0x80}, {0x80, 0x80}, {0xBF, 0xBF}, {0x41, 0x80}}) {
          int[] sequence = new int[2 + rest.length];
          sequence[0] = lead;
          sequence[1] = second;
          System.arraycopy(rest, 0, sequence, 2, rest.length);
          byte[] bytes = withPrefix(sequence);
          if (bytes[1] == 0 || bytes[2] == 0) {
            continue; // a zero byte up front means UTF-16 or UTF-32
          }
          assertThat(StrictUtf8.firstMalformed(bytes))
              .as("%02X %02X %s", lead, second, java.util.Arrays.toString(rest))
              .isEqualTo(jdk(bytes));
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkOnRandomText() {
    Random random = new Random(42);
    for (int run = 0; run < 100_000; run++) {
      byte[] bytes = new byte[1 + random.nextInt(12)];
      random.nextBytes(bytes);
      bytes[0] = '{';
      for (int i = 1; i < Math.min(4, bytes.length); i++) {
        bytes[i] = bytes[i] == 0 ? (byte) ' ' : bytes[i];
      }
      assertThat(StrictUtf8.firstMalformed(bytes))
          .as("%s", java.util.HexFormat.of().formatHex(bytes))
          .isEqualTo(jdk(bytes));
    }
  }

  @Test
  void bytesMeantAsUtf16OrUtf32AreLeftToJackson() {
    assertThat(StrictUtf8.firstMalformed(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}))
        .isEqualTo(-1);
    assertThat(StrictUtf8.firstMalformed(new byte[] {'{', 0, (byte) 0xC0, (byte) 0xAE}))
        .isEqualTo(-1);
  }
}
