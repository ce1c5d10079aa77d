/** Not API: the Spring test context customizer and its JUnit integration behind {@code testgraph-spring}. */
package dev.testgraph.spring.internal;
