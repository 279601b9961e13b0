package io.toolwright.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {

  @Test
  void mainTextIsPlainOneLineText() {
    Javadoc doc =
        Javadoc.parse(
            " Finds <em>open</em> invoices, see {@link Billing#find(String) find} and\n"
                + " {@code List<Invoice>}.\n"
                + "\n"
                + " <p>Second&nbsp;paragraph &amp; more.\n"
                + "\n"
                + " @param query what to\n"
                + "     look for\n"
                + " @param <T> ignored\n"
                + " @return the invoices\n");
    assertThat(doc.mainText())
        .isEqualTo("Finds open invoices, see find and List<Invoice>. Second paragraph & more.");
    assertThat(doc.param("query")).isEqualTo("what to look for");
    assertThat(doc.param("T")).isNull();
    assertThat(doc.param("<T>")).isNull();
  }

  @Test
  void linksWithoutLabelBecomeTheirTarget() {
    assertThat(Javadoc.plain("Like {@link #other()} or {@linkplain java.util.List}."))
        .isEqualTo("Like other or java.util.List.");
  }

  @Test
  void emptyCommentHasNoText() {
    Javadoc doc = Javadoc.parse("\n @param x the x\n");
    assertThat(doc.mainText()).isNull();
    assertThat(doc.param("x")).isEqualTo("the x");
  }

  /** Real tool docs write {@code &#64;} for an at sign that would otherwise start a tag. */
  @Test
  void characterReferencesAreDecoded() {
    Javadoc doc =
        Javadoc.parse(
            " Mails support&#64;example.com or ops&#x40;example.com &#X2014; &lt;b&gt; stays"
                + " text, &quot;quoted&quot; &apos;too&apos;.\n"
                + "\n"
                + " @param to the address, as in a&#64;b\n");
    assertThat(doc.mainText())
        .isEqualTo(
            "Mails support@example.com or ops@example.com \u2014 <b> stays text, \"quoted\""
                + " 'too'.");
    assertThat(doc.param("to")).isEqualTo("the address, as in a@b");
  }

  @Test
  void referencesAreDecodedOnceAndInvalidOnesKept() {
    assertThat(Javadoc.plain("&amp;lt; is written &amp;amp;lt;"))
        .isEqualTo("&lt; is written &amp;lt;");
    assertThat(Javadoc.plain("&#128512; &#x1F600;")).isEqualTo("\uD83D\uDE00 \uD83D\uDE00");
    assertThat(Javadoc.plain("&#xD800; &#0; &#99999999; &copy; & alone &;"))
        .isEqualTo("&#xD800; &#0; &#99999999; &copy; & alone &;");
    assertThat(Javadoc.plain("one&#10;line&#9;tab&#x1B;")).isEqualTo("one line tab");
  }

  /** Inside {@code {@code}} text is literal, as the javadoc tool renders it. */
  @Test
  void codeTagsKeepReferencesAsWritten() {
    assertThat(Javadoc.plain("Use {@code a &lt; b}.")).isEqualTo("Use a &lt; b.");
  }
}
