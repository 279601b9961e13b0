package io.toolwright.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Points at a repeated annotation. Two {@code @ToolExample}s on a method are one implicit
 * {@code @ToolExamples} container to javac, which finds no source for an annotation inside it and
 * reports at the method instead (JDK 17 to 25 alike). This finds the annotation's source by its
 * position among the repeated ones in javac's syntax tree, and its value there. Elsewhere (Gradle
 * and IntelliJ wrap javac's environment) the plain messager reports at the method, and the message
 * says which annotation it means.
 */
final class RepeatedAnnotationMessager implements Messager {

  private final Messager delegate;
  private final Trees trees;

  private RepeatedAnnotationMessager(Messager delegate, Trees trees) {
    this.delegate = delegate;
    this.trees = trees;
  }

  static Messager wrap(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotationMessager(env.getMessager(), Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return env.getMessager();
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
    delegate.printMessage(kind, msg);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
    delegate.printMessage(kind, msg, e);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
    printMessage(kind, msg, e, a, null);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
    TreePath path = e == null || a == null ? null : trees.getPath(e);
    Tree tree = path == null ? null : repeatedTree(e, path.getLeaf(), a, v);
    if (tree != null) {
      trees.printMessage(kind, msg, tree, path.getCompilationUnit());
    } else if (v != null) {
      delegate.printMessage(kind, msg, e, a, v);
    } else {
      delegate.printMessage(kind, msg, e, a);
    }
  }

  /** The source of {@code a} (its value {@code v}, if given) when it sits in a container. */
  private static Tree repeatedTree(
      Element e, Tree declaration, AnnotationMirror a, AnnotationValue v) {
    if (e.getAnnotationMirrors().contains(a)) {
      return null; // javac finds it
    }
    ModifiersTree modifiers = modifiers(declaration);
    if (modifiers == null) {
      return null;
    }
    for (AnnotationMirror container : e.getAnnotationMirrors()) {
      int index = indexIn(container, a);
      if (index < 0) {
        continue;
      }
      TypeElement type = (TypeElement) a.getAnnotationType().asElement();
      List<? extends AnnotationTree> repeated =
          modifiers.getAnnotations().stream().filter(tree -> names(tree, type)).toList();
      if (index >= repeated.size()) {
        return null;
      }
      AnnotationTree annotation = repeated.get(index);
      Tree value = v == null ? null : argument(annotation, a, v);
      return value == null ? annotation : value;
    }
    return null;
  }

  private static ModifiersTree modifiers(Tree declaration) {
    if (declaration instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (declaration instanceof VariableTree variable) {
      return variable.getModifiers();
    }
    if (declaration instanceof ClassTree type) {
      return type.getModifiers();
    }
    return null;
  }

  /** Where {@code a} is in {@code container}'s array of annotations, or -1. */
  private static int indexIn(AnnotationMirror container, AnnotationMirror a) {
    for (AnnotationValue value : container.getElementValues().values()) {
      if (value.getValue() instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          if (((AnnotationValue) items.get(i)).getValue() == a) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /** Whether the annotation as written ({@code ToolExample}, or qualified) is of {@code type}. */
  private static boolean names(AnnotationTree tree, TypeElement type) {
    String written = tree.getAnnotationType().toString();
    String qualified = type.getQualifiedName().toString();
    return written.equals(qualified) || qualified.endsWith("." + written);
  }

  /**
   * The expression written for {@code v}: {@code "..."} in {@code @X("...")} or {@code @X(name =
   * "...")}.
   */
  private static Tree argument(AnnotationTree annotation, AnnotationMirror a, AnnotationValue v) {
    String name = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        a.getElementValues().entrySet()) {
      if (entry.getValue() == v) {
        name = entry.getKey().getSimpleName().toString();
      }
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable().toString().equals(name)) {
          return assignment.getExpression();
        }
      } else if ("value".equals(name)) {
        return argument;
      }
    }
    return null;
  }
}
