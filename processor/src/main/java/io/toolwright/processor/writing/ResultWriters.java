package io.toolwright.processor.writing;

import com.palantir.javapoet.ClassName;
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

  private final ClassName toolsClass;
  private final GeneratedNames names;

  /** Every record some tool's writer writes, by key, in the order first met. */
  private final Map<String, ObjectType> written = new LinkedHashMap<>();

  private final Set<String> writable = new HashSet<>();

  ResultWriters(ClassName toolsClass, GeneratedNames names, ToolClass toolClass) {
    this.toolsClass = toolsClass;
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

  /**
   * A statement, less its semicolon, writing the tool's result held in {@code value} (an
   * expression of the result's type) to {@code json}, or {@code null} when the mapper writes it.
   */
  CodeBlock writeResult(ToolMethod tool, CodeBlock value) {
    return writable.contains(tool.name())
        ? write(tool.result().shape(), CodeBlock.of("json"), value, 1)
        : null;
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
    for (Property property : type.properties()) {
      method.addStatement("json.writeName($S)", property.name());
      CodeBlock component = CodeBlock.of("value.$L()", property.name());
      method.addStatement("$L", write(property.shape(), CodeBlock.of("json"), component, 1));
    }
    return method.addStatement("json.writeEndObject()").build();
  }

  /** A statement, less its semicolon, writing {@code value} of {@code shape} to {@code json}. */
  private CodeBlock write(Shape shape, CodeBlock json, CodeBlock value, int depth) {
    if (shape instanceof ScalarShape scalar && scalar.primitive()) {
      return switch (scalar.scalar()) {
        case BOOLEAN -> CodeBlock.of("$L.writeBoolean($L)", json, value);
        case CHAR -> CodeBlock.of("$T.character($L, $L)", JsonWriters.class, json, value);
        // A byte is written as the int it holds, like Jackson's; the rest by their own overload.
        default -> CodeBlock.of("$L.writeNumber($L)", json, value);
      };
    }
    if (shape instanceof ArrayShape array
        && array.isJavaArray()
        && array.items() instanceof ScalarShape items
        && items.primitive()) {
      return CodeBlock.of("$T.array($L, $L)", JsonWriters.class, json, value);
    }
    if (shape instanceof ArrayShape array) {
      return CodeBlock.of(
          "$T.$L($L, $L, $L)",
          JsonWriters.class,
          array.container() == Container.ARRAY ? "array" : "items",
          json,
          value,
          writerOf(array.items(), depth));
    }
    if (shape instanceof MapShape map) {
      return CodeBlock.of(
          "$T.map($L, $L, $L)", JsonWriters.class, json, value, writerOf(map.values(), depth));
    }
    if (shape instanceof OptionalShape optional) {
      return CodeBlock.of(
          "$T.optional($L, $L, $L)",
          JsonWriters.class,
          json,
          value,
          writerOf(optional.value(), depth));
    }
    return CodeBlock.of("$L($L, $L)", leaf(shape, "."), json, value);
  }

  /**
   * A {@code JsonWriters.Writer} of {@code shape}: a method reference for a scalar, enum or record,
   * otherwise a lambda whose parameters are numbered by depth, since a lambda's may not shadow the
   * enclosing ones.
   */
  private CodeBlock writerOf(Shape shape, int depth) {
    CodeBlock leaf = leaf(shape, "::");
    if (leaf != null) {
      return leaf;
    }
    String json = jsonName(depth);
    String item = itemName(depth);
    return CodeBlock.of(
        "($L, $L) -> $L",
        json,
        item,
        write(shape, CodeBlock.of("$L", json), CodeBlock.of("$L", item), depth + 1));
  }

  /**
   * The method writing a boxed scalar, enum or record, joined by {@code separator} ({@code .} to
   * call it, {@code ::} to refer to it); {@code null} for a container.
   */
  private CodeBlock leaf(Shape shape, String separator) {
    if (shape instanceof ScalarShape scalar && !scalar.primitive()) {
      return CodeBlock.of("$T$L$L", JsonWriters.class, separator, scalar.scalar().readerMethod());
    }
    if (shape instanceof AllowedStringShape) {
      return CodeBlock.of("$T$Lstring", JsonWriters.class, separator);
    }
    if (shape instanceof EnumShape) {
      return CodeBlock.of("$T$LenumValue", JsonWriters.class, separator);
    }
    if (shape instanceof ObjectRef object) {
      String method = names.writeMethod(object.key());
      return separator.equals(".")
          ? CodeBlock.of("$L", method)
          : CodeBlock.of("$T::$L", toolsClass, method);
    }
    return null;
  }

  /**
   * The generator parameter of a writer lambda at {@code depth}; {@link InvokerWriter} keeps the
   * prepare method's locals off these names, since a root writer is a lambda there.
   */
  static String jsonName(int depth) {
    return "json" + depth;
  }

  /** The value parameter of a writer lambda at {@code depth}, see {@link #jsonName}. */
  static String itemName(int depth) {
    return "item" + depth;
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
        // A record's writer is a method of its own: its lambdas start again at the top.
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
