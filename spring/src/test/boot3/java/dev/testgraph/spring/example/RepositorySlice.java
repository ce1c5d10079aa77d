package dev.testgraph.spring.example;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.data.neo4j.DataNeo4jTest;

/**
 * Boot 3.5's {@code @DataNeo4jTest}, under one name for both Boot lines: Boot 4 moved the annotation to another package
 * (spring-boot-data-neo4j-test), and the slice tests are the same on both. The build compiles this directory for the
 * Boot line it tests ({@code src/test/boot3} by default, {@code src/test/boot4} with {@code -Pboot4}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataNeo4jTest
public @interface RepositorySlice {}
