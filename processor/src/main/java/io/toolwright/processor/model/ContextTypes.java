package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Message;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Checks that generated code can name a {@code @Context} parameter's type: it declares a local of
 * that type and passes its class to {@code ToolContext.require}. A type it cannot name would
 * otherwise surface as a javac error inside the generated file.
 */
final class ContextTypes {

  private ContextTypes() {}

  /** Whether {@code parameter}'s type can be named in generated code; reports if not. */
  static boolean check(ModelEnv env, VariableElement parameter, String where) {
    TypeMirror whole = parameter.asType();
    return check(env, parameter, where, whole, whole);
  }

  private static boolean check(
      ModelEnv env, VariableElement at, String where, TypeMirror whole, TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        env.diagnostics()
            .report(
                Message.UNSUPPORTED_CONTEXT_TYPE_VARIABLE,
                at,
                where,
                TypeNames.key(whole),
                TypeNames.key(type));
        return false;
      case ARRAY:
        return check(env, at, where, whole, ((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound =
            wildcard.getExtendsBound() != null
                ? wildcard.getExtendsBound()
                : wildcard.getSuperBound();
        return bound == null || check(env, at, where, whole, bound);
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String problem = TypeNames.accessProblem(env.elements(), element, env.targetPackage());
        if (problem != null) {
          env.diagnostics()
              .report(
                  Message.INACCESSIBLE_CONTEXT_TYPE,
                  at,
                  where,
                  TypeNames.key(whole),
                  env.targetPackage(),
                  problem,
                  element.getQualifiedName());
          return false;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (!check(env, at, where, whole, argument)) {
            return false;
          }
        }
        return true;
      default:
        return true;
    }
  }
}
