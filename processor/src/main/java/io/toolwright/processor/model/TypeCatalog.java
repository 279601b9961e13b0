package io.toolwright.processor.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The record and bean types used by the tools of one class, by key, in the order first met. Shapes
 * refer to them by key rather than holding them, which is what lets a tree node hold a list of tree
 * nodes.
 */
public final class TypeCatalog {

  private final Map<String, ObjectType> types;

  TypeCatalog(Map<String, ObjectType> types) {
    this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  public ObjectType get(String key) {
    ObjectType type = types.get(key);
    if (type == null) {
      throw new NoSuchElementException("no object type " + key);
    }
    return type;
  }

  /** Every type, in the order first met. */
  public Collection<ObjectType> all() {
    return types.values();
  }
}
