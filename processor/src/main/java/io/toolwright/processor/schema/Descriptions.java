package io.toolwright.processor.schema;

import io.toolwright.processor.model.Shape.EnumConstant;
import io.toolwright.processor.model.Shape.EnumShape;

/** Descriptions assembled from several pieces of Javadoc, each a sentence. */
final class Descriptions {

  private Descriptions() {}

  /**
   * An enum's description: its Javadoc, then each documented constant, e.g. {@code "Invoice status.
   * OPEN: not yet paid. PAID: settled in full."}; {@code null} when nothing is documented.
   */
  static String ofEnum(EnumShape shape) {
    return join(shape.typeDoc(), values(shape));
  }

  /** Just the documented constants, {@code NAME: doc.} each. */
  static String values(EnumShape shape) {
    String values = null;
    for (EnumConstant constant : shape.constants()) {
      if (constant.doc() != null) {
        values = join(values, constant.name() + ": " + constant.doc());
      }
    }
    return values;
  }

  /** {@code first} and {@code second} as consecutive sentences; either may be {@code null}. */
  static String join(String first, String second) {
    if (first == null) {
      return second == null ? null : sentence(second);
    }
    if (second == null) {
      return sentence(first);
    }
    return sentence(first) + " " + sentence(second);
  }

  private static String sentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' ? text : text + ".";
  }
}
