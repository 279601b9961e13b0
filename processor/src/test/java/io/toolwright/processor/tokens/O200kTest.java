package io.toolwright.processor.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.api.IntArrayList;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoding the counts rest on is OpenAI's {@code o200k_base}, checked against figures that do
 * not come from jtokkit: the vocabulary file's SHA-256 as openai/harmony pins it ({@code
 * src/tiktoken_ext/public_encodings.rs}, the file both {@code o200k_base} and harmony's {@code
 * o200k_harmony} load), and token ids from harmony's own test ({@code test_encode_allowed_special}:
 * "hello world" is [24912, 2375]).
 */
class O200kTest {

  @Test
  void theVocabularyIsOpenAisFile() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (InputStream vocabulary =
        O200k.class
            .getClassLoader()
            .getResourceAsStream("com/knuddels/jtokkit/o200k_base.tiktoken")) {
      assertThat(vocabulary).isNotNull();
      sha256.update(vocabulary.readAllBytes());
    }
    assertThat(HexFormat.of().formatHex(sha256.digest()))
        .isEqualTo("446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d");
  }

  @Test
  void encodesAsHarmonysTestSays() {
    IntArrayList tokens = O200k.encoding().encode("hello world");
    assertThat(tokens.boxed()).containsExactly(24912, 2375);
    assertThat(O200k.count("hello world")).isEqualTo(2);
  }

  @Test
  void countsTheTokensThatDecodeBackToTheText() {
    String text =
        HarmonyToolsText.namespace(
            List.of(
                Json.parse(
                    """
                    {"name":"get_invoice","description":"Returns one invoice, with its lines.",
                     "parameters":{"type":"object","properties":{
                       "invoiceId":{"type":"string","pattern":"^INV-[0-9]{6}$","description":"such as INV-004711"}},
                     "required":["invoiceId"]}}\
                    """)));
    IntArrayList tokens = O200k.encoding().encodeOrdinary(text);

    // Every token decodes to a non-empty piece, and the pieces make the text again: the count is
    // the number of pieces the text is cut into, not an estimate.
    StringBuilder pieces = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      IntArrayList one = new IntArrayList();
      one.add(tokens.get(i));
      byte[] piece = O200k.encoding().decodeBytes(one);
      assertThat(piece).isNotEmpty();
      pieces.append(new String(piece, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(pieces.toString()).isEqualTo(text);
    assertThat(O200k.count(text)).isEqualTo(tokens.size()).isLessThan(text.length() / 2);
  }

  @Test
  void aSpecialTokensSpellingIsOrdinaryText() {
    assertThat(O200k.count("<|endoftext|>")).isGreaterThan(1);
    assertThat(O200k.count("")).isZero();
  }
}
