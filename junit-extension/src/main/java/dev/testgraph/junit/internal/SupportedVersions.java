package dev.testgraph.junit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The oldest JUnit Jupiter and Neo4j Java driver Testgraph runs on, checked when the launcher session opens, before
 * any test starts, with what to change in the build. Without it, JUnit 5.10 and 5.11 (Spring Boot 3.2 to 3.4) fail
 * on {@code @Neo4jTest}'s {@code @ResourceLock(providers = ...)} with an {@code IncompleteAnnotationException} before
 * Testgraph's own code runs, 5.12 never closes what Testgraph keeps in JUnit's stores, and a driver older than 5.26
 * fails in the middle of a test ({@code NoClassDefFoundError} before 5.22, other GQL status codes up to 5.25).
 * Registered through {@code META-INF/services}; a launcher older than 1.8 has no sessions, and the extension checks
 * again ({@link Neo4jExtension}).
 */
public final class SupportedVersions implements LauncherSessionListener {

    /**
     * The oldest neo4j-java-driver Testgraph runs on: it reads GQL status objects, a preview in 5.22 to 5.25 whose
     * codes differ from the server's (the summary assertions fail there); 5.26 passes the suite.
     */
    static final String MINIMUM_DRIVER = "5.26";

    /** Called by {@link java.util.ServiceLoader}. */
    public SupportedVersions() {}

    /**
     * @throws IllegalStateException when JUnit Jupiter or the Neo4j Java driver on the class path is too old
     */
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        List<String> problems = problems(SupportedVersions.class.getClassLoader());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(" ", problems));
        }
    }

    /** @return what is too old on the loader's class path, each with its fix; empty when all is new enough */
    static List<String> problems(ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        junitTooOld(loader).map(SupportedVersions::junitMessage).ifPresent(problems::add);
        driverTooOld(loader).map(SupportedVersions::driverMessage).ifPresent(problems::add);
        return problems;
    }

    /**
     * @return the JUnit Jupiter version the loader sees when it is older than 5.13 ("older than 5.13" when its jar
     *         does not say); empty when it is new enough or not there
     */
    static Optional<String> junitTooOld(ClassLoader loader) {
        return tooOld(loader, "org.junit.jupiter.api.extension.ExtensionContext", "org.junit.jupiter.api.ClassTemplate",
                "older than 5.13");
    }

    /**
     * @return the driver version the loader sees when it is older than {@link #MINIMUM_DRIVER}; empty when it is new
     *         enough or not there
     */
    static Optional<String> driverTooOld(ClassLoader loader) {
        Optional<String> withoutGqlStatus = tooOld(loader, "org.neo4j.driver.Driver",
                "org.neo4j.driver.summary.GqlStatusObject", "older than " + MINIMUM_DRIVER);
        if (withoutGqlStatus.isPresent()) {
            return withoutGqlStatus.map(SupportedVersions::plainVersion);
        }
        // 5.22 to 5.25 have GQL status objects as a preview, with other status codes than the server's
        return implementationVersion(loader, "org.neo4j.driver.Driver").map(SupportedVersions::plainVersion)
                .filter(version -> olderThan(version, MINIMUM_DRIVER));
    }

    private static String plainVersion(String version) {
        return version.replaceFirst("-[0-9a-f]{40}$", "");
    }

    static boolean olderThan(String version, String minimum) {
        String[] have = version.split("[.-]");
        String[] want = minimum.split("\\.");
        for (int i = 0; i < want.length; i++) {
            int part;
            try {
                part = i < have.length ? Integer.parseInt(have[i]) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            int wanted = Integer.parseInt(want[i]);
            if (part != wanted) {
                return part < wanted;
            }
        }
        return false;
    }

    /**
     * @return the {@code Implementation-Version} of the jar that holds {@code type} for the loader, read without
     *     initialising the class; empty when the type is absent or its jar does not say
     */
    static Optional<String> implementationVersion(ClassLoader loader, String type) {
        try {
            return Optional.ofNullable(Class.forName(type, false, loader).getPackage().getImplementationVersion());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Optional<String> tooOld(ClassLoader loader, String present, String newerOnly, String unknown) {
        Class<?> type;
        try {
            type = Class.forName(present, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        try {
            Class.forName(newerOnly, false, loader);
            return Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of(Optional.ofNullable(type.getPackage().getImplementationVersion()).orElse(unknown));
        }
    }

    /** What is wrong and how to fix it, for a run on JUnit Jupiter {@code version}. */
    static String junitMessage(String version) {
        return "Testgraph (@Neo4jTest) needs JUnit Jupiter 5.13 or newer; this run has " + version
                + " (Spring Boot 3.5 manages 5.12, 3.2 to 3.4 manage 5.10 and 5.11). Set the JUnit version in your"
                + " build: with Spring Boot's parent or BOM, the property"
                + " <junit-jupiter.version>5.14.4</junit-jupiter.version> (Gradle: ext['junit-jupiter.version'] ="
                + " '5.14.4'); otherwise import org.junit:junit-bom:5.14.4 before other BOMs.";
    }

    /** What is wrong and how to fix it, for a run on driver {@code version}. */
    static String driverMessage(String version) {
        return "Testgraph needs neo4j-java-driver " + MINIMUM_DRIVER + " or newer; this run has " + version
                + " (Spring Boot 3.2 and 3.3 manage older ones). Set the driver version in your build: with Spring Boot's parent"
                + " or BOM, the property <neo4j-java-driver.version>5.28.15</neo4j-java-driver.version> (Gradle:"
                + " ext['neo4j-java-driver.version'] = '5.28.15'); otherwise declare"
                + " org.neo4j.driver:neo4j-java-driver:5.28.15.";
    }
}
