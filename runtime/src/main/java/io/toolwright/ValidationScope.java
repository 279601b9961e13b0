package io.toolwright;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.hibernate.validator.PredefinedScopeHibernateValidator;

/**
 * The classes a registry's default validator checks: what each generated tool set named ({@link
 * ToolSet#validating}). Hibernate Validator's predefined scope bootstraps only the metadata of the
 * classes it is told of and the built-in constraints they use, which costs a cold JVM less than its
 * regular bootstrap (every built-in validator); but it validates nothing, silently, for an object
 * of a class it was not told of. So the scope is used only when every set named its classes, and
 * {@link ConstraintViolations} refuses an object of a class no set named.
 *
 * <p>One predefined-scope validator per tool set, built on the first call that needs it: the first
 * call of a registry then pays for its own set's classes and constraints, not for every set's (in
 * the sample app, a {@code get_balance} call would otherwise also start the validators of the
 * number bounds {@code list_invoices} and {@code issue_refund} use).
 */
final class ValidationScope {

  /** Each set's classes, in registration order; {@code null}: some set did not say. */
  private final List<Set<Class<?>>> perSet;

  private ValidationScope(List<Set<Class<?>>> perSet) {
    this.perSet = perSet;
  }

  /** The sets' classes, or an unbounded scope when one set does not name them. */
  static ValidationScope of(List<ToolSet> sets) {
    List<Set<Class<?>>> perSet = new ArrayList<>();
    for (ToolSet set : sets) {
      Set<Class<?>> named = set.validatedClasses().orElse(null);
      if (named == null) {
        return new ValidationScope(null);
      }
      perSet.add(named);
    }
    return new ValidationScope(List.copyOf(perSet));
  }

  /**
   * The constraint checker of a registry without a validator of the application's: the shared
   * regular validator for an unbounded scope; else, for each class a set named, that set's
   * predefined-scope validator, built when first needed. When no set names a class (no tool has a
   * constraint), Hibernate Validator is never started.
   */
  ConstraintViolations defaultConstraintViolations() {
    if (perSet == null) {
      return new ConstraintViolations(ConstraintViolations.defaultValidator());
    }
    Map<Class<?>, Supplier<Validator>> validators = new HashMap<>();
    for (Set<Class<?>> classes : perSet) {
      if (classes.isEmpty()) {
        continue;
      }
      Lazy<Validator> validator = new Lazy<>(new PredefinedStart(classes));
      for (Class<?> type : classes) {
        // A record held by two sets' arguments is validated through either set's validator.
        validators.putIfAbsent(type, validator);
      }
    }
    return ConstraintViolations.within(validators);
  }

  /**
   * Starts one set's validator. A class, not a lambda: the executor is built on the first call,
   * and a lambda's class would be spun then, in every registry with a constrained tool.
   */
  private static final class PredefinedStart implements Supplier<Validator> {
    private final Set<Class<?>> classes;

    PredefinedStart(Set<Class<?>> classes) {
      this.classes = classes;
    }

    @Override
    public Validator get() {
      return Predefined.validator(classes);
    }
  }

  /**
   * Apart from {@link ValidationScope}, so that verifying it does not load Hibernate Validator's
   * classes in a registry that never starts it.
   */
  private static final class Predefined {
    static Validator validator(Set<Class<?>> classes) {
      return ToolwrightValidation.addTo(
              Validation.byProvider(PredefinedScopeHibernateValidator.class)
                  .configure()
                  .builtinConstraints(annotationNames(classes))
                  .initializeBeanMetaData(classes))
          .messageInterpolator(new ModelMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
    }
  }

  /**
   * The qualified names of every annotation type on the classes (their own, their fields' and
   * methods', and on the type arguments of those), of their supertypes, and of the annotations
   * those annotations are composed of: a superset of the built-in constraints Hibernate Validator
   * must enable for them (it ignores names that are not built-in constraints). Read from the
   * compiled classes rather than told by the processor, so that it cannot disagree with the
   * annotations the classes carry; a constraint left out would be an error in Hibernate Validator
   * (no validator for it), never a silent pass.
   */
  static Set<String> annotationNames(Set<Class<?>> classes) {
    Set<String> names = new TreeSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(classes);
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (type == null || type == Object.class || !seen.add(type)) {
        continue;
      }
      addAll(type.getDeclaredAnnotations(), names);
      for (Field field : type.getDeclaredFields()) {
        addAll(field.getDeclaredAnnotations(), names);
        addType(field.getAnnotatedType(), names);
      }
      for (Method method : type.getDeclaredMethods()) {
        addAll(method.getDeclaredAnnotations(), names);
        addType(method.getAnnotatedReturnType(), names);
      }
      pending.push(type.getSuperclass());
      for (Class<?> implemented : type.getInterfaces()) {
        pending.push(implemented);
      }
    }
    return names;
  }

  private static void addType(AnnotatedType type, Set<String> names) {
    addAll(type.getDeclaredAnnotations(), names);
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        addType(argument, names);
      }
    } else if (type instanceof AnnotatedArrayType array) {
      addType(array.getAnnotatedGenericComponentType(), names);
    } else if (type instanceof AnnotatedWildcardType wildcard) {
      for (AnnotatedType bound : wildcard.getAnnotatedUpperBounds()) {
        addType(bound, names);
      }
    }
  }

  private static void addAll(Annotation[] annotations, Set<String> names) {
    for (Annotation annotation : annotations) {
      add(annotation, names);
    }
  }

  /** The annotation, what it is composed of, and what a repeatable container holds. */
  private static void add(Annotation annotation, Set<String> names) {
    Class<? extends Annotation> type = annotation.annotationType();
    if (!names.add(type.getName()) || type.getName().startsWith("java.lang.annotation.")) {
      return;
    }
    addAll(type.getDeclaredAnnotations(), names);
    for (Annotation held : containedAnnotations(annotation)) {
      add(held, names);
    }
  }

  /** The elements of {@code @Pattern.List({...})} and other repeatable containers. */
  private static Annotation[] containedAnnotations(Annotation annotation) {
    try {
      Method value = annotation.annotationType().getDeclaredMethod("value");
      if (value.getReturnType().isArray()
          && Annotation.class.isAssignableFrom(value.getReturnType().getComponentType())) {
        value.setAccessible(true);
        return (Annotation[]) value.invoke(annotation);
      }
    } catch (NoSuchMethodException e) {
      // Not a container.
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      // An annotation whose value cannot be read holds no constraint Hibernate Validator reads
      // either; leave it out.
    }
    return new Annotation[0];
  }
}
