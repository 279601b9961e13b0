package io.toolwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Types;

/**
 * The classes Bean Validation may be asked to check for a class's tools, named by the generated
 * invoker's {@code validatedClasses()} and handed to the runtime as {@code .validating(new
 * Invoker(...))} after its {@code ToolSet} ({@code .validating(List.of())} when there are none):
 * the class literals run when the registry first needs them, not in {@code bind}, where each
 * loaded its class in an application that only asked for definitions. They are the arguments class of each tool that
 * {@link ToolMethod#beanValidated()} says is validated (the same decision that passes the
 * arguments, not {@code null}, to {@code PreparedCall}), and every record or bean its fields
 * ({@link ToolMethod#validatedParameters()}) can hold, which a {@code @Valid} may cascade into.
 * The runtime builds its default validator for exactly these (Hibernate Validator's predefined
 * scope) and refuses any other class, so a class left out here is a refused call, never an
 * unchecked one.
 */
final class ValidatedClassLiterals {

  private ValidatedClassLiterals() {}

  /** {@code A.class, ...}; empty for a class without validated tools. */
  static List<CodeBlock> literals(
      ToolClass toolClass, ClassName toolsClass, GeneratedNames names, Types types) {
    Map<String, TypeName> classes = new LinkedHashMap<>();
    for (ToolMethod tool : toolClass.tools()) {
      if (!tool.beanValidated()) {
        continue;
      }
      TypeName arguments = toolsClass.nestedClass(names.argumentsClass(tool));
      classes.put(arguments.toString(), arguments);
      for (ModelParameter parameter : tool.validatedParameters()) {
        addHeldObjects(parameter.property().shape(), toolClass, types, classes);
      }
    }
    List<CodeBlock> literals = new ArrayList<>();
    for (TypeName type : classes.values()) {
      literals.add(CodeBlock.of("$T.class", type));
    }
    return literals;
  }

  /** The records and beans a shape holds, at any depth, with theirs. */
  private static void addHeldObjects(
      Shape shape, ToolClass toolClass, Types types, Map<String, TypeName> classes) {
    for (Shape level = shape; level != null; level = level.held()) {
      if (level instanceof ObjectRef ref) {
        TypeName erased = TypeName.get(types.erasure(ref.type()));
        if (classes.put(erased.toString(), erased) == null) {
          ObjectType object = toolClass.types().get(ref.key());
          for (Property property : object.properties()) {
            addHeldObjects(property.shape(), toolClass, types, classes);
          }
        }
      }
    }
  }
}
