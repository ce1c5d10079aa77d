package dev.testgraph.junit.spi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The qualified names of the procedures and functions of a class, read from Neo4j's annotations by name, so that
 * Testgraph needs no Neo4j jar to read them: {@code name}, else {@code value}, else the class's package and the
 * method's name, as Neo4j names them.
 */
public final class ProcedureNames {

    /** The annotations that make a method callable from Cypher. */
    public static final Set<String> ANNOTATIONS = Set.of("org.neo4j.procedure.Procedure",
            "org.neo4j.procedure.UserFunction", "org.neo4j.procedure.UserAggregationFunction");

    private ProcedureNames() {}

    /** @return the names of the class's procedures, functions and aggregation functions */
    public static List<String> of(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            callable(method).ifPresent(annotation -> names.add(name(type, method, annotation)));
        }
        return names;
    }

    /** @return the method's {@code @Procedure}, {@code @UserFunction} or {@code @UserAggregationFunction} */
    public static Optional<Annotation> callable(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (ANNOTATIONS.contains(annotation.annotationType().getName())) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /** @return the name Cypher calls the method by */
    public static String name(Class<?> type, Method method, Annotation annotation) {
        for (String attribute : List.of("name", "value")) {
            try {
                Object value = annotation.annotationType().getMethod(attribute).invoke(annotation);
                if (value instanceof String name && !name.isBlank()) {
                    return name;
                }
            } catch (ReflectiveOperationException e) {
                // this version of the annotation has no such attribute
            }
        }
        return type.getPackageName() + "." + method.getName();
    }
}
