package io.toolwright.processor;

import io.toolwright.Dialect;
import io.toolwright.ToolSet;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.diagnostics.Reporter;
import io.toolwright.processor.diagnostics.Severity;
import io.toolwright.processor.diagnostics.ValidationReport;
import io.toolwright.processor.lint.Lint;
import io.toolwright.processor.lint.LintSettings;
import io.toolwright.processor.lint.RetiredToolRule;
import io.toolwright.processor.model.RetiredToolReader;
import io.toolwright.processor.model.SourceTypes;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolClassReader;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.UnresolvedTypes;
import io.toolwright.processor.options.Option;
import io.toolwright.processor.options.Options;
import io.toolwright.processor.schema.ExampleCheck;
import io.toolwright.processor.schema.ProviderRenderings;
import io.toolwright.processor.schema.ToolSchema;
import io.toolwright.processor.tokens.ClassTokens;
import io.toolwright.processor.tokens.TokenBudget;
import io.toolwright.processor.writing.GeneratedAnnotation;
import io.toolwright.processor.writing.ReportWriter;
import io.toolwright.processor.writing.ResourceWriter;
import io.toolwright.processor.writing.ToolsFileWriter;
import io.toolwright.schema.dialect.Rendering;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Takes one class through read → derive → write. The readers collect what is wrong into the class's
 * report; once printed, the report decides: a class with an error is abandoned, with nothing
 * written. An unexpected exception becomes an error on the class rather than a javac crash that
 * would hide every other diagnostic.
 */
final class ToolClassPipeline {

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final ToolClassReader reader;
  private final ToolsFileWriter writer;
  private final SourceTypes sources;

  /** The dialects whose rejections fail the build ({@code -Atoolwright.dialects}). */
  private final Set<Dialect> dialects;

  /** Whether prompt tokens are counted ({@code -Atoolwright.tokens}), and the budgets. */
  private final boolean countTokens;

  /** The figures of the lint rules that take one (tools-alike, mcp-name). */
  private final LintSettings lintSettings;

  private final TokenBudget budget;

  /** The build's date, for {@code retired-tool} ({@code -Atoolwright.today}). */
  private final LocalDate today;

  /**
   * The generated classes written so far, each with the class it was generated for: the Filer
   * forbids writing a file twice, and two classes may map to one generated name.
   */
  private final Map<String, String> generatedFor = new HashMap<>();

  /**
   * Whether the runtime is on the compile classpath. The annotations may be there alone (the
   * toolwright-annotations artifact), and then generated code could not compile.
   */
  private final boolean runtimeAvailable;

  /**
   * @param options this compilation's options, for the readers and writers they configure
   */
  ToolClassPipeline(
      ProcessingEnvironment env, Options options, Reporter reporter, SourceTypes sources) {
    this.env = env;
    this.reporter = reporter;
    this.sources = sources;
    this.reader = new ToolClassReader(env.getElementUtils(), env.getTypeUtils(), sources);
    this.dialects = options.dialects();
    this.countTokens = options.flag(Option.TOKENS);
    this.lintSettings = LintSettings.of(options);
    this.today = options.today();
    this.budget =
        new TokenBudget(
            options.number(Option.TOKEN_BUDGET_TOOL), options.number(Option.TOKEN_BUDGET_CLASS));
    this.runtimeAvailable =
        env.getElementUtils().getTypeElement(ToolSet.class.getCanonicalName()) != null;
    this.writer =
        new ToolsFileWriter(
            env.getTypeUtils(),
            ToolProcessor.class.getCanonicalName(),
            new GeneratedAnnotation(
                env.getElementUtils(), options.flag(Option.GENERATED_ANNOTATION)));
  }

  /**
   * Whether a type the class's tools use is not resolved yet, and may be generated in a later
   * round. Reading the class now would report errors that are not real.
   */
  boolean waitsForTypes(TypeElement type) {
    try {
      return UnresolvedTypes.find(type).isPresent();
    } catch (RuntimeException e) {
      // Let process() read the class and report whatever is wrong with it.
      return false;
    }
  }

  /**
   * Processes the classes of one round, except those whose generated class would have the name of
   * another's ({@code a.Outer.Inner} and {@code a.Outer_Inner} both give {@code
   * a.Outer_InnerTools}): those are reported, naming each other, rather than left to fail in the
   * Filer with a message that blames another processor.
   */
  void process(List<TypeElement> types) {
    Map<String, List<TypeElement>> byGeneratedName = new LinkedHashMap<>();
    for (TypeElement type : types) {
      byGeneratedName.computeIfAbsent(generatedName(type), k -> new ArrayList<>()).add(type);
    }
    for (TypeElement type : types) {
      String name = type.getQualifiedName().toString();
      String generated = generatedName(type);
      String other = generatedFor.get(generated);
      if (other == null) {
        other =
            byGeneratedName.get(generated).stream()
                .map(t -> t.getQualifiedName().toString())
                .filter(n -> !n.equals(name))
                .findFirst()
                .orElse(null);
      }
      if (other == null || other.equals(name)) {
        process(type, name, generated);
      } else {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.report(Message.GENERATED_NAME_CLASH, type, name, other, generated);
        reporter.print(diagnostics.toReport());
      }
    }
  }

  private String generatedName(TypeElement type) {
    String pkg = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    return (pkg.isEmpty() ? "" : pkg + ".") + ToolClass.toolsClassName(type);
  }

  private void process(TypeElement type, String name, String generated) {
    if (name.equals(generatedFor.get(generated))) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    if (!runtimeAvailable) {
      diagnostics.report(Message.RUNTIME_MISSING, type, name, ToolClass.toolsClassName(type));
      generatedFor.put(generated, name);
      reporter.print(diagnostics.toReport());
      return;
    }
    try {
      Optional<ToolClass> toolClass = reader.read(type, diagnostics);
      if (toolClass.isPresent()) {
        toolClass =
            Optional.of(
                toolClass
                    .get()
                    .withRetired(
                        RetiredToolReader.read(env.getElementUtils(), toolClass.get(), diagnostics)));
      }
      List<ReportWriter.Finding> findings = new ArrayList<>();
      if (print(diagnostics.toReport(), findings) || toolClass.isEmpty()) {
        return;
      }
      diagnostics = new Diagnostics();
      Lint.check(toolClass.get(), sources, lintSettings, diagnostics);
      RetiredToolRule.check(toolClass.get(), today, diagnostics);
      List<ToolSchema> schemas = new ArrayList<>();
      Map<String, List<Rendering>> renderings = new LinkedHashMap<>();
      for (ToolMethod tool : toolClass.get().tools()) {
        ToolSchema schema = ToolSchema.of(tool, toolClass.get().types());
        ExampleCheck.check(schema, toolClass.get().types(), name, diagnostics);
        schemas.add(schema);
        renderings.put(tool.name(), ProviderRenderings.render(schema));
        ProviderRenderings.report(schema, renderings.get(tool.name()), dialects, diagnostics);
      }
      ClassTokens tokens = null;
      if (countTokens) {
        tokens = ClassTokens.count(renderings);
        budget.check(toolClass.get(), tokens, dialects, diagnostics);
      }
      // Whether an example breaks its schema, a targeted provider would refuse a tool, or a tool
      // is over its token budget, is known only now that the schemas are derived.
      if (print(diagnostics.toReport(), findings)) {
        return;
      }
      diagnostics = new Diagnostics();
      generatedFor.put(generated, name);
      write(toolClass.get(), schemas, renderings, tokens, findings, diagnostics);
    } catch (RuntimeException e) {
      diagnostics.report(Message.INTERNAL_ERROR, type, name, e.toString(), StackTraces.bounded(e));
    }
    reporter.print(diagnostics.toReport());
  }

  /**
   * Prints {@code report} and adds what was printed to {@code findings}; returns whether an error
   * was printed.
   */
  private boolean print(ValidationReport report, List<ReportWriter.Finding> findings) {
    for (ValidationReport.Item item : report.items()) {
      Severity severity = reporter.severityAt(item);
      if (severity != Severity.IGNORE) {
        findings.add(
            new ReportWriter.Finding(
                item.message().rule(), severity, item.element(), item.text()));
      }
    }
    return reporter.print(report);
  }

  /**
   * Writes the generated source, then the class's resource (with its build report when tokens
   * were counted, and the report's summary as one NOTE line), then the renderings the runtime
   * reads.
   *
   * @param tokens the class's tokens, or {@code null} when the build counts none
   * @param findings what was printed for the class, for the report
   */
  private void write(
      ToolClass toolClass,
      List<ToolSchema> schemas,
      Map<String, List<Rendering>> renderings,
      ClassTokens tokens,
      List<ReportWriter.Finding> findings,
      Diagnostics diagnostics) {
    try {
      writer.writeTo(env.getFiler(), toolClass, schemas);
    } catch (IOException e) {
      diagnostics.report(
          Message.WRITE_FAILED,
          toolClass.element(),
          toolClass.toolsClassName(),
          toolClass.qualifiedName(),
          e.getMessage());
      return;
    }
    String json =
        ResourceWriter.json(
            toolClass,
            schemas,
            renderings,
            tokens == null ? null : ReportWriter.json(toolClass, tokens, dialects, findings));
    if (!writeResource(toolClass, ResourceWriter.path(toolClass), json, diagnostics)) {
      return;
    }
    if (tokens != null) {
      diagnostics.report(
          Message.BUILD_REPORT,
          toolClass.element(),
          toolClass.element().getSimpleName(),
          ReportWriter.summary(toolClass, tokens, dialects),
          ReportWriter.location(toolClass));
    }
    writeResource(
        toolClass,
        ResourceWriter.renderingsPath(toolClass),
        ResourceWriter.renderingsText(schemas, renderings),
        diagnostics);
  }

  /**
   * Writes {@code text} to {@code path} in the class output, originating from the tool class;
   * returns whether it was written, after reporting why not.
   */
  private boolean writeResource(
      ToolClass toolClass, String path, String text, Diagnostics diagnostics) {
    try {
      FileObject resource =
          env.getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", path, toolClass.element());
      try (Writer out = resource.openWriter()) {
        out.write(text);
      }
      return true;
    } catch (IOException e) {
      diagnostics.report(
          Message.WRITE_FAILED,
          toolClass.element(),
          path,
          toolClass.qualifiedName(),
          e.getMessage());
      return false;
    }
  }
}
