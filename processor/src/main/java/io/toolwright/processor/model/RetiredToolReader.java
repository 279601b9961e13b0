package io.toolwright.processor.model;

import io.toolwright.RetiredTool;
import io.toolwright.annotation.RetiredTools;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @RetiredTool} declarations of a tool class. Each broken one is an error at the
 * attribute that is wrong: a name that is not a valid tool name, one the class still has as a tool
 * or retires twice, a replacement that is empty or the name itself, a date that is not {@code
 * YYYY-MM-DD}, an {@code until} before {@code since}.
 */
public final class RetiredToolReader {
  static final String RETIRED = io.toolwright.annotation.RetiredTool.class.getCanonicalName();
  static final String CONTAINER = RetiredTools.class.getCanonicalName();

  private RetiredToolReader() {}

  /** The valid declarations; the others are reported to {@code diagnostics}. */
  public static List<RetiredToolDeclaration> read(
      Elements elements, ToolClass toolClass, Diagnostics diagnostics) {
    TypeElement type = toolClass.element();
    Set<String> live = new HashSet<>();
    toolClass.tools().forEach(tool -> live.add(tool.name()));
    Set<String> seen = new HashSet<>();
    List<RetiredToolDeclaration> read = new ArrayList<>();
    for (AnnotationMirror annotation : annotations(type)) {
      String name = Annotations.string(elements, annotation, "name");
      String replacement = Annotations.string(elements, annotation, "replacement");
      Problem problem = null;
      if (!ToolNames.isValid(name)) {
        problem = new Problem("name", "is not a valid tool name", "Write the name as models called it.");
      } else if (live.contains(name)) {
        problem = new Problem("name", "is still a tool of this class",
            "Remove the tool " + name + ", or this @RetiredTool.");
      } else if (!seen.add(name)) {
        problem = new Problem("name", "is declared retired twice", "Keep one @RetiredTool(name = \"" + name + "\").");
      } else if (replacement.isBlank() || replacement.equals(name)) {
        problem = new Problem("replacement", "names no other tool",
            "Name the tool to call instead, e.g. replacement = \"find_order\".");
      }
      LocalDate since = null;
      LocalDate until = null;
      if (problem == null) {
        try {
          since = date(elements, annotation, "since");
          until = date(elements, annotation, "until");
        } catch (DateTimeParseException e) {
          problem = new Problem(e.getParsedString().equals(Annotations.string(elements, annotation, "since"))
              ? "since" : "until", "has the date \"" + e.getParsedString() + "\", not YYYY-MM-DD",
              "Write the date as 2027-03-01, or leave it out.");
        }
      }
      if (problem == null && since != null && until != null && until.isBefore(since)) {
        problem = new Problem("until", "ends on " + until + ", before it was retired on " + since,
            "Give an until date after since.");
      }
      if (problem != null) {
        AnnotationValue value = Annotations.explicitValue(annotation, problem.attribute());
        diagnostics.reportAt(Message.RETIRED_TOOL_DECLARATION, type, annotation, value,
            name, type.getQualifiedName(), problem.attribute() + " " + problem.what(), problem.fix());
        continue;
      }
      read.add(new RetiredToolDeclaration(
          RetiredTool.of(name, replacement, Annotations.string(elements, annotation, "since"),
              Annotations.string(elements, annotation, "until")),
          until,
          annotation));
    }
    return read;
  }

  private record Problem(String attribute, String what, String fix) {}

  private static LocalDate date(Elements elements, AnnotationMirror annotation, String attribute) {
    String text = Annotations.string(elements, annotation, attribute);
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /** {@code @RetiredTool}s in the order written, whether javac wrapped them in their container. */
  private static List<AnnotationMirror> annotations(TypeElement type) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = Annotations.qualifiedName(mirror);
      if (name.equals(RETIRED)) {
        found.add(mirror);
      } else if (name.equals(CONTAINER)) {
        for (Object item : (List<?>) Annotations.explicitValue(mirror, "value").getValue()) {
          found.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return found;
  }
}
