/** Internals of the Testgraph JUnit extension. Not API: anything here may change in any release. */
package dev.testgraph.junit.internal;
