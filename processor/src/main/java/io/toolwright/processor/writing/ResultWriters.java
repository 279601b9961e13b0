package io.toolwright.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.toolwright.dispatch.JsonWriters;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.Container;
import io.toolwright.processor.model.Shape.EnumShape;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.TypeCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import tools.jackson.core.JsonGenerator;

/**
 * Result writers: for a tool whose result the registry's default Jackson 3 mapper writes in a way
 * the declaration tells exactly, a {@code write<Record>(json, value)} method per record it
 * reaches, built on {@link JsonWriters}, so that a call writes its result without an {@code
 * ObjectMapper}. Jackson's default output is the contract, member order included: records write
 * their components in declaration order.
 *
 * <p>Only results with an output schema are considered (their shapes were read as Jackson writes
 * them, Jackson annotations refused), and of those only the ones whose every record is plain: no
 * bean (Jackson finds a bean's properties by rules kept apart from ours), no record with a getter
 * beside its components (Jackson would write it, in an order of its own). Everything else is
 * written by the mapper, as before.
 */
final class ResultWriters {

  private final GeneratedNames names;

  /** Every record some tool's writer writes, by key, in the order first met. */
  private final Map<String, ObjectType> written = new LinkedHashMap<>();

  private final Set<String> writable = new HashSet<>();

  ResultWriters(GeneratedNames names, ToolClass toolClass) {
    this.names = names;
    for (ToolMethod tool : toolClass.tools()) {
      if (tool.result() != null) {
        TypeCatalog types = tool.result().types();
        Map<String, ObjectType> reached = new LinkedHashMap<>();
        if (writable(tool.result().shape(), types, reached, 0)) {
          writable.add(tool.name());
          reached.forEach(written::putIfAbsent);
        }
      }
    }
  }

  /** Whether the tool's result has a generated writer (else the mapper writes it). */
  boolean writes(ToolMethod tool) {
    return writable.contains(tool.name());
  }

  /**
   * The statements writing the tool's result held in {@code value} (an expression of the result's
   * type) to {@code json}, or {@code null} when the mapper writes it. {@code locals} names the
   * containers' locals of the method the statements go in.
   */
  CodeBlock writeResult(ToolMethod tool, CodeBlock value, Locals locals) {
    if (!writes(tool)) {
      return null;
    }
    CodeBlock.Builder code = CodeBlock.builder();
    write(code, tool.result().shape(), value, locals);
    return code.build();
  }

  /** The write methods of every record a result writer reaches. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (ObjectType type : written.values()) {
      methods.add(method(type));
    }
    return methods;
  }

  private MethodSpec method(ObjectType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.writeMethod(type.key()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(JsonGenerator.class, "json")
            .addParameter(TypeName.get(type.type()), "value")
            .beginControlFlow("if (value == null)")
            .addStatement("json.writeNull()")
            .addStatement("return")
            .endControlFlow()
            .addStatement("json.writeStartObject(value)");
    Locals locals = new Locals();
    CodeBlock.Builder code = CodeBlock.builder();
    for (Property property : type.properties()) {
      code.addStatement("json.writeName($S)", property.name());
      write(code, property.shape(), CodeBlock.of("value.$L()", property.name()), locals);
    }
    return method.addCode(code.build()).addStatement("json.writeEndObject()").build();
  }

  /**
   * Statements writing {@code value} of {@code shape} to {@code json}. A container is a local and
   * a loop, with {@code JsonWriters}' non-generic helpers for its null and its start: no lambda or
   * method reference per container, each of which would be a class spun on a cold JVM's first
   * call, and no megamorphic {@code Writer} call per item.
   */
  private void write(CodeBlock.Builder code, Shape shape, CodeBlock value, Locals locals) {
    if (shape instanceof ScalarShape scalar && scalar.primitive()) {
      code.addStatement(
          switch (scalar.scalar()) {
            case BOOLEAN -> CodeBlock.of("json.writeBoolean($L)", value);
            case CHAR -> CodeBlock.of("$T.character(json, $L)", JsonWriters.class, value);
            // A byte is written as the int it holds, like Jackson's; the rest by their own overload.
            default -> CodeBlock.of("json.writeNumber($L)", value);
          });
      return;
    }
    if (shape instanceof ArrayShape array
        && array.isJavaArray()
        && array.items() instanceof ScalarShape items
        && items.primitive()) {
      code.addStatement("$T.array(json, $L)", JsonWriters.class, value);
      return;
    }
    if (shape instanceof ArrayShape array) {
      String items = locals.next("items");
      String item = locals.next("item");
      code.addStatement("var $L = $L", items, value)
          .beginControlFlow("if ($T.startArray(json, $L))", JsonWriters.class, items)
          .beginControlFlow("for (var $L : $L)", item, items);
      write(code, array.items(), CodeBlock.of("$L", item), locals);
      code.endControlFlow().addStatement("json.writeEndArray()").endControlFlow();
      return;
    }
    if (shape instanceof MapShape map) {
      String entries = locals.next("map");
      String entry = locals.next("entry");
      code.addStatement("var $L = $L", entries, value)
          .beginControlFlow("if ($T.startObject(json, $L))", JsonWriters.class, entries)
          .beginControlFlow("for (var $L : $L.entrySet())", entry, entries)
          .addStatement("$T.name(json, $L.getKey())", JsonWriters.class, entry);
      write(code, map.values(), CodeBlock.of("$L.getValue()", entry), locals);
      code.endControlFlow().addStatement("json.writeEndObject()").endControlFlow();
      return;
    }
    if (shape instanceof OptionalShape optional) {
      String held = locals.next("optional");
      code.addStatement("var $L = $L", held, value)
          .beginControlFlow("if ($T.present(json, $L))", JsonWriters.class, held);
      write(code, optional.value(), CodeBlock.of("$L.get()", held), locals);
      code.endControlFlow();
      return;
    }
    code.addStatement("$L(json, $L)", leaf(shape), value);
  }

  /** The method writing a boxed scalar, enum or record. */
  private CodeBlock leaf(Shape shape) {
    if (shape instanceof ScalarShape scalar && !scalar.primitive()) {
      return CodeBlock.of("$T.$L", JsonWriters.class, scalar.scalar().readerMethod());
    }
    if (shape instanceof AllowedStringShape) {
      return CodeBlock.of("$T.string", JsonWriters.class);
    }
    if (shape instanceof EnumShape) {
      return CodeBlock.of("$T.enumValue", JsonWriters.class);
    }
    return CodeBlock.of("$L", names.writeMethod(((ObjectRef) shape).key()));
  }

  /**
   * The locals of one generated method's containers, numbered in order of use ({@code items1},
   * {@code item2}): unique within the method, so that the cases of the invoker's {@code switch},
   * which share one scope, never declare a name twice, and never {@code json} or {@code value}.
   */
  static final class Locals {
    private int count;

    String next(String kind) {
      return kind + ++count;
    }
  }

  /**
   * Whether the generated code writes {@code shape} as the default mapper does; collects the
   * records it reaches. Containers nested deeper than the names reserved for lambdas are refused.
   */
  private static boolean writable(
      Shape shape, TypeCatalog types, Map<String, ObjectType> reached, int depth) {
    if (depth > ReadExpressions.MAX_DEPTH) {
      return false;
    }
    if (shape instanceof ObjectRef object) {
      if (reached.containsKey(object.key())) {
        return true; // being checked further up, or done: a tree node refers to itself
      }
      ObjectType type = types.get(object.key());
      if (!plainRecord(type)) {
        return false;
      }
      reached.put(object.key(), type);
      for (Property property : type.properties()) {
        // A record's writer is a method of its own: its depth starts again at the top.
        if (!writable(property.shape(), types, reached, 0)) {
          return false;
        }
      }
      return true;
    }
    Shape held = shape.held();
    return held == null || writable(held, types, reached, depth + 1);
  }

  /**
   * A record whose written properties are its components, in order, and which has no other method
   * Jackson might take for a property: a public {@code getX()} or {@code isX()}, declared or a
   * default of an interface. Jackson takes more than our output schema does ({@code getfoo()} is
   * property {@code foo}), so any such name refuses the record.
   */
  private static boolean plainRecord(ObjectType type) {
    TypeElement element = (TypeElement) type.type().asElement();
    if (type.kind() != ObjectType.Kind.RECORD || element.getKind() != ElementKind.RECORD) {
      return false;
    }
    List<? extends RecordComponentElement> components = element.getRecordComponents();
    List<Property> properties = type.properties();
    if (components.size() != properties.size()) {
      return false;
    }
    Set<String> accessors = new HashSet<>();
    for (int i = 0; i < components.size(); i++) {
      String name = components.get(i).getSimpleName().toString();
      if (!name.equals(properties.get(i).name())) {
        return false;
      }
      accessors.add(name);
    }
    return !hasGetterLike(element, accessors);
  }

  private static boolean hasGetterLike(TypeElement type, Set<String> accessors) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      if (method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.ABSTRACT)
          && method.getParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID
          && (name.startsWith("get") || name.startsWith("is"))
          && !accessors.contains(name)) {
        return true;
      }
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      if (supertype.getKind() == TypeKind.DECLARED
          && hasGetterLike((TypeElement) ((DeclaredType) supertype).asElement(), accessors)) {
        return true;
      }
    }
    return false;
  }
}
