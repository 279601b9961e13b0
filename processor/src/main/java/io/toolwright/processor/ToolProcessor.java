package io.toolwright.processor;

import com.google.auto.service.AutoService;
import io.toolwright.annotation.RetiredTool;
import io.toolwright.annotation.RetiredTools;
import io.toolwright.annotation.Tool;
import io.toolwright.annotation.ToolExample;
import io.toolwright.annotation.ToolExamples;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.diagnostics.Reporter;
import io.toolwright.processor.model.SourceTypes;
import io.toolwright.processor.model.ToolClassReader;
import io.toolwright.processor.model.TypeNames;
import io.toolwright.processor.model.UnresolvedTypes.Unresolved;
import io.toolwright.processor.model.UnresolvedTypes;
import io.toolwright.processor.options.Options;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Generates, for every class declaring {@code @Tool} methods, a {@code <Class>Tools} source and a
 * {@code META-INF/toolwright/<class>.json} resource.
 *
 * <p>Each class goes through read (model, validated) → derive (schemas) → write; a class with an
 * error is abandoned, with nothing written, while the other classes of the round go on. A class
 * whose parameter types javac cannot resolve yet is kept by name and retried in the next round,
 * since another processor may be about to generate those types.
 *
 * <p>Options ({@code -Atoolwright.*}) are parsed once, in {@link #init}; see {@link
 * io.toolwright.processor.options.Option}.
 */
@AutoService(Processor.class)
public final class ToolProcessor extends AbstractProcessor {

  static final String TOOL = Tool.class.getCanonicalName();
  static final String EXAMPLE = ToolExample.class.getCanonicalName();
  static final String EXAMPLES = ToolExamples.class.getCanonicalName();
  static final String RETIRED = RetiredTool.class.getCanonicalName();
  static final String RETIRED_LIST = RetiredTools.class.getCanonicalName();

  /**
   * Classes waiting for types to be generated, by qualified name; elements do not outlive a round.
   */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** The types compiled from source, whose Javadoc is available; gathered round by round. */
  private final SourceTypes sources = new SourceTypes();

  private Reporter reporter;
  private ToolClassPipeline pipeline;
  private LocalToolFinder localTools;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Options options = Options.parse(env.getOptions());
    reporter = new Reporter(RepeatedAnnotationMessager.wrap(env), options.severities());
    for (Options.Problem problem : options.problems()) {
      reporter.printUnattached(problem.message(), problem.args());
    }
    pipeline = new ToolClassPipeline(env, options, reporter, sources);
    localTools = LocalToolFinder.create(env, reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TOOL, EXAMPLE, EXAMPLES, RETIRED, RETIRED_LIST);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.supported();
  }

  /**
   * The latest version: the processor reads only the language model, which javac keeps compatible.
   */
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      reportUnresolved();
      return false;
    }
    sources.addRoots(round.getRootElements());
    Set<String> classes = new LinkedHashSet<>(deferred);
    deferred.clear();
    TypeElement tool = processingEnv.getElementUtils().getTypeElement(TOOL);
    if (tool != null) {
      for (Element method : round.getElementsAnnotatedWith(tool)) {
        if (method.getEnclosingElement() instanceof TypeElement type) {
          classes.add(type.getQualifiedName().toString());
        }
      }
    }
    reportExamplesWithoutTool(round);
    reportRetiredWithoutTools(round);
    localTools.scan(round.getRootElements(), !classes.isEmpty());
    List<TypeElement> ready = new ArrayList<>();
    for (String name : classes) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        continue;
      }
      if (pipeline.waitsForTypes(type)) {
        deferred.add(name);
      } else {
        ready.add(type);
      }
    }
    pipeline.process(ready);
    // Other processors may handle @Tool too (a framework integration); never claim it.
    return false;
  }

  /** An example on a method without {@code @Tool} would be silently ignored. */
  private void reportExamplesWithoutTool(RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics();
    for (String name : List.of(EXAMPLE, EXAMPLES)) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element method : round.getElementsAnnotatedWith(annotation)) {
        boolean tool =
            method.getAnnotationMirrors().stream()
                .anyMatch(m -> m.getAnnotationType().toString().equals(TOOL));
        if (!tool) {
          String label =
              method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
          diagnostics.report(Message.EXAMPLE_WITHOUT_TOOL, method, label);
        }
      }
    }
    reporter.print(diagnostics.toReport());
  }

  /**
   * {@code @RetiredTool} is read with the class's tools: on a class without any, nothing would
   * answer calls to the retired name, so that is an error rather than silence.
   */
  private void reportRetiredWithoutTools(RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics();
    Set<Element> seen = new LinkedHashSet<>();
    for (String name : List.of(RETIRED, RETIRED_LIST)) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element type : round.getElementsAnnotatedWith(annotation)) {
        if (type instanceof TypeElement typeElement
            && seen.add(type)
            && ToolClassReader.toolMethods(typeElement).isEmpty()) {
          diagnostics.report(
              Message.RETIRED_TOOL_DECLARATION,
              type,
              "...",
              typeElement.getQualifiedName(),
              "the class has no @Tool method, so nothing would answer calls to the retired names",
              "Declare @RetiredTool on the class that has the replacement tools.");
        }
      }
    }
    reporter.print(diagnostics.toReport());
  }

  /** The last round: whatever is still unresolved will never be, so say where. */
  private void reportUnresolved() {
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        continue;
      }
      Optional<Unresolved> unresolved = UnresolvedTypes.find(type);
      if (unresolved.isPresent()) {
        Element element = unresolved.get().element();
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.report(
            Message.UNRESOLVED_TYPE,
            element,
            describe(element),
            TypeNames.key(unresolved.get().type()),
            name);
        reporter.print(diagnostics.toReport());
      }
    }
    deferred.clear();
  }

  /**
   * {@code Parameter 'query' of Search.find}, {@code Component 'lines' of p.Order}, {@code The
   * result of Search.find}.
   */
  private static String describe(Element element) {
    Element owner = element.getEnclosingElement();
    if (element.getKind() == ElementKind.METHOD) {
      return "The result of " + owner.getSimpleName() + "." + element.getSimpleName();
    }
    if (element.getKind() == ElementKind.PARAMETER) {
      return "Parameter '"
          + element.getSimpleName()
          + "' of "
          + owner.getEnclosingElement().getSimpleName()
          + "."
          + owner.getSimpleName();
    }
    return "Component '"
        + element.getSimpleName()
        + "' of "
        + ((TypeElement) owner).getQualifiedName();
  }
}
