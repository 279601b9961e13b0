package io.toolwright.processor.model;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The types compiled from source in this compilation, gathered from each round's root elements.
 * Only these have doc comments: a class file keeps no Javadoc, so a type from a library, another
 * module or an earlier (incremental) compilation has no descriptions to give the schema.
 */
public final class SourceTypes {

  private final Set<String> topLevel = new HashSet<>();

  /** Adds a round's root elements (top-level types, packages, modules). */
  public void addRoots(Set<? extends Element> roots) {
    for (Element root : roots) {
      if (root instanceof TypeElement type) {
        topLevel.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Whether {@code type}, or the top-level type enclosing it, was compiled from source. */
  public boolean contains(TypeElement type) {
    TypeElement outermost = type;
    while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
      outermost = enclosing;
    }
    return topLevel.contains(outermost.getQualifiedName().toString());
  }
}
