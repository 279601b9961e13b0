package io.toolwright.processor;

import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolClassReader;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.UnresolvedTypes;
import io.toolwright.processor.schema.ToolSchema;
import io.toolwright.processor.writing.ResourceWriter;
import io.toolwright.processor.writing.ToolsFileWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Takes one class through read → derive → write. Nothing is written for a class once an error was
 * reported for it, and an unexpected exception becomes an error on the class rather than a javac
 * crash that would hide every other diagnostic.
 */
final class ToolClassPipeline {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final ToolClassReader reader;
  private final ToolsFileWriter writer;

  /** Guards against writing a file twice, which the Filer forbids. */
  private final Set<String> written = new HashSet<>();

  ToolClassPipeline(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.reader = new ToolClassReader(env.getElementUtils(), env.getTypeUtils(), diagnostics);
    this.writer = new ToolsFileWriter(env.getTypeUtils(), ToolProcessor.class.getCanonicalName());
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

  void process(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (written.contains(name)) {
      return;
    }
    try {
      Optional<ToolClass> toolClass = reader.read(type);
      if (toolClass.isEmpty()) {
        return;
      }
      List<ToolSchema> schemas = new ArrayList<>();
      for (ToolMethod tool : toolClass.get().tools()) {
        schemas.add(ToolSchema.of(tool, toolClass.get().types()));
      }
      written.add(name);
      write(toolClass.get(), schemas);
    } catch (RuntimeException e) {
      StackTraceElement[] trace = e.getStackTrace();
      String where = trace.length == 0 ? "" : " at " + trace[0];
      diagnostics.report(Message.INTERNAL_ERROR, type, name, e + where);
    }
  }

  private void write(ToolClass toolClass, List<ToolSchema> schemas) {
    Filer filer = env.getFiler();
    try {
      writer.writeTo(filer, toolClass, schemas);
    } catch (IOException e) {
      diagnostics.report(
          Message.WRITE_FAILED,
          toolClass.element(),
          toolClass.toolsClassName(),
          toolClass.qualifiedName(),
          e.getMessage());
      return;
    }
    String path = ResourceWriter.path(toolClass);
    try {
      FileObject resource =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, toolClass.element());
      try (Writer out = resource.openWriter()) {
        out.write(ResourceWriter.json(toolClass, schemas));
      }
    } catch (IOException e) {
      diagnostics.report(
          Message.WRITE_FAILED,
          toolClass.element(),
          path,
          toolClass.qualifiedName(),
          e.getMessage());
    }
  }
}
