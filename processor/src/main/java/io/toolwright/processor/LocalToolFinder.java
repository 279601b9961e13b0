package io.toolwright.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.diagnostics.Reporter;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @Tool} methods in local and anonymous classes. javac does not hand those to
 * processors at all (they live inside method bodies), so without this they would be silently
 * ignored; the only way to see them is javac's syntax tree, matched by name since method bodies are
 * not attributed yet.
 *
 * <p>Works only under javac with its own processing environment. Gradle and IntelliJ hand
 * processors a wrapper of it, and Gradle's rules for incremental processors forbid reaching through
 * to javac's own; elsewhere (those wrappers, Eclipse's compiler) the finder says once, in a note,
 * that such methods cannot be reported, and otherwise does nothing.
 */
abstract class LocalToolFinder {

  static LocalToolFinder create(ProcessingEnvironment env, Reporter reporter) {
    try {
      return new TreeFinder(Trees.instance(env), reporter);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new Unavailable(env.getClass().getName(), reporter);
    }
  }

  /**
   * Reports {@code @Tool} methods in local and anonymous classes of {@code rootElements}.
   *
   * @param roundHasTools whether the round has other tools, which makes a note about this one worth
   *     a line in the build log
   */
  abstract void scan(Set<? extends Element> rootElements, boolean roundHasTools);

  /** Where the syntax tree cannot be reached: a note, once per compilation that has tools. */
  private static final class Unavailable extends LocalToolFinder {
    private final String environment;
    private final Reporter reporter;
    private boolean noted;

    Unavailable(String environment, Reporter reporter) {
      this.environment = environment;
      this.reporter = reporter;
    }

    @Override
    void scan(Set<? extends Element> rootElements, boolean roundHasTools) {
      if (roundHasTools && !noted) {
        noted = true;
        reporter.printUnattached(Message.LOCAL_CLASSES_UNCHECKED, environment);
      }
    }
  }

  private static final class TreeFinder extends LocalToolFinder {
    private final Trees trees;
    private final Reporter reporter;

    TreeFinder(Trees trees, Reporter reporter) {
      this.trees = trees;
      this.reporter = reporter;
    }

    @Override
    void scan(Set<? extends Element> rootElements, boolean roundHasTools) {
      Set<CompilationUnitTree> scanned = new HashSet<>();
      for (Element element : rootElements) {
        if (!(element instanceof TypeElement)) {
          continue;
        }
        TreePath path = trees.getPath(element);
        if (path != null
            && scanned.add(path.getCompilationUnit())
            && mentionsTool(path.getCompilationUnit())) {
          new Scanner(path.getCompilationUnit()).scan(path.getCompilationUnit(), false);
        }
      }
    }

    /** A cheap filter: most files never mention tools, and need no walk through every body. */
    private static boolean mentionsTool(CompilationUnitTree unit) {
      try {
        return unit.getSourceFile().getCharContent(true).toString().contains("Tool");
      } catch (IOException e) {
        return true;
      }
    }

    /** Visits classes, knowing whether the current one is local, anonymous or inside such. */
    private final class Scanner extends TreePathScanner<Void, Boolean> {
      private final CompilationUnitTree unit;
      private final boolean importsTool;

      Scanner(CompilationUnitTree unit) {
        this.unit = unit;
        boolean imports =
            unit.getPackageName() != null
                && unit.getPackageName().toString().equals("io.toolwright.annotation");
        for (ImportTree importTree : unit.getImports()) {
          String imported = importTree.getQualifiedIdentifier().toString();
          imports |=
              !importTree.isStatic()
                  && (imported.equals(ToolProcessor.TOOL)
                      || imported.equals("io.toolwright.annotation.*"));
        }
        this.importsTool = imports;
      }

      @Override
      public Void visitClass(ClassTree tree, Boolean insideLocal) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        boolean local =
            insideLocal || !(parent instanceof ClassTree || parent instanceof CompilationUnitTree);
        return super.visitClass(tree, local);
      }

      @Override
      public Void visitMethod(MethodTree tree, Boolean insideLocal) {
        if (insideLocal && isTool(tree)) {
          ClassTree owner = (ClassTree) getCurrentPath().getParentPath().getLeaf();
          String className =
              owner.getSimpleName().length() == 0
                  ? "an anonymous class"
                  : "local class " + owner.getSimpleName();
          reporter.printWith(
              Message.UNREACHABLE_LOCAL_CLASS,
              (kind, text) -> trees.printMessage(kind, text, tree, unit),
              tree.getName(),
              className);
        }
        return super.visitMethod(tree, insideLocal);
      }

      private boolean isTool(MethodTree method) {
        for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
          String name = annotation.getAnnotationType().toString();
          if (name.equals(ToolProcessor.TOOL) || name.equals("Tool") && importsTool) {
            return true;
          }
        }
        return false;
      }
    }
  }
}
