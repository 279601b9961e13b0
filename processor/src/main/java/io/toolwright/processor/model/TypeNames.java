package io.toolwright.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/** Names derived from types: catalog keys, {@code $defs} names, accessibility. */
public final class TypeNames {

  private TypeNames() {}

  /**
   * A key identifying a type with its type arguments and without type annotations, which {@code
   * TypeMirror.toString()} would include; also how messages name types.
   */
  public static String key(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.isEmpty()
            ? name
            : name
                + arguments.stream().map(TypeNames::key).collect(Collectors.joining(",", "<", ">"));
      case ARRAY:
        return key(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + key(wildcard.getExtendsBound());
        }
        return wildcard.getSuperBound() != null ? "? super " + key(wildcard.getSuperBound()) : "?";
      case TYPEVAR:
        return ((TypeVariable) type).asElement().getSimpleName().toString();
      default:
        return type.getKind().isPrimitive()
            ? type.getKind().name().toLowerCase(Locale.ROOT)
            : type.toString();
    }
  }

  /**
   * {@code Invoice}; {@code Page<Invoice>} → {@code PageOfInvoice}; {@code Pair<A, B>} → {@code
   * PairOfAAndB}.
   */
  static String defName(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        String simple = declared.asElement().getSimpleName().toString();
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.isEmpty()
            ? simple
            : simple
                + "Of"
                + arguments.stream().map(TypeNames::defName).collect(Collectors.joining("And"));
      case ARRAY:
        return defName(((ArrayType) type).getComponentType()) + "Array";
      default:
        String kind = type.getKind().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
  }

  /** Why code in {@code targetPackage} cannot name {@code type}, or {@code null} when it can. */
  static String accessProblem(Elements elements, TypeElement type, String targetPackage) {
    for (TypeElement current = type; current != null; current = enclosingType(current)) {
      if (current.getNestingKind() == NestingKind.LOCAL
          || current.getNestingKind() == NestingKind.ANONYMOUS) {
        return current.getSimpleName() + " is a local class";
      }
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return current.getQualifiedName() + " is private";
      }
      PackageElement pkg = elements.getPackageOf(current);
      if (!current.getModifiers().contains(Modifier.PUBLIC)
          && !pkg.getQualifiedName().contentEquals(targetPackage)) {
        return current.getQualifiedName() + " is not public";
      }
    }
    return null;
  }

  private static TypeElement enclosingType(TypeElement type) {
    return type.getEnclosingElement() instanceof TypeElement enclosing ? enclosing : null;
  }
}
