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
}
