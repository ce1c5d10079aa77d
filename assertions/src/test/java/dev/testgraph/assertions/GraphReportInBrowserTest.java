package dev.testgraph.assertions;

import static dev.testgraph.assertions.GraphReportTest.report;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.ReportSettings.failureMessageWithReportsIn;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * A report rendered by headless Chromium (harness backend for the graph): the screenshot is not blank and shows the
 * colours of missing and unexpected entities, and the DOM Chromium builds has the coloured SVG elements. Without a
 * Chromium on the PATH the test is skipped, or fails when {@value #REQUIRED} is {@code true} (as on CI).
 * Chromium runs with networking features off and its own profile directory; the page loads nothing.
 */
@ExtendWith(HarnessExtension.class)
class GraphReportInBrowserTest {

    static final String REQUIRED = "TESTGRAPH_BROWSER_REQUIRED";

    /** Where a run with -Dtestgraph.screenshot=path keeps the screenshot (docs/images/graph-diff.png was made so). */
    private static final String KEEP_SCREENSHOT = "testgraph.screenshot";

    private static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(directory, name);
                if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Path requireChromium() {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            assertThat(System.getenv(REQUIRED))
                    .as("no chromium on the PATH while %s=true; install it (Debian: apt-get install -y chromium)", REQUIRED)
                    .isNotEqualToIgnoringCase("true");
            Assumptions.abort("no chromium, chromium-browser or google-chrome on the PATH; install one (Debian:"
                    + " apt-get install -y chromium) or set " + REQUIRED + "=true to make this a failure");
        }
        return chromium.get();
    }

    /** Runs Chromium headless with the arguments, returns its standard output. */
    private static String runChromium(Path chromium, Path profile, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("chromium finished within 120 s: %s", command).isTrue();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Test
    void should_render_a_report_with_the_colours_of_the_difference(Driver driver, @TempDir Path directory)
            throws Exception {
        Path chromium = requireChromium();
        driver.executableQuery("CREATE (a:Person {name: 'Alice', age: 42})-[:KNOWS]->(b:Person {name: 'Bob'}),"
                + " (b)-[:KNOWS]->(:Person {name: 'Dave'}), (a)-[:WORKS_AT]->(:Company {name: 'Acme'}),"
                + " (:`<script>` {name: 'R2'})").execute();
        String message = failureMessageWithReportsIn(directory.resolve("reports"), () -> assertThatGraph(driver)
                .isEqualTo("""
                        CREATE (a:Person {name: 'Alice', age: 41})-[:KNOWS]->(b:Person {name: 'Bob'}),
                               (b)-[:KNOWS]->(:Person {name: 'Carol'}), (a)-[:WORKS_AT]->(:Company {name: 'Acme'})
                        """));
        report(message);
        Matcher matcher = Pattern.compile("Report: (.+\\.html)$").matcher(message);
        assertThat(matcher.find()).isTrue();
        String url = Path.of(matcher.group(1)).toUri().toString();
        Path profile = Files.createDirectory(directory.resolve("profile"));
        Path screenshot = directory.resolve("report.png");

        runChromium(chromium, profile, "--window-size=1400,800", "--screenshot=" + screenshot, url);
        String dom = runChromium(chromium, profile, "--dump-dom", url);

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("the screenshot %s", screenshot).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1400);
        long notWhite = 0;
        long missingRed = 0;
        long unexpectedOrange = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                notWhite += rgb == 0xffffff ? 0 : 1;
                missingRed += near(rgb, 0xd62728) ? 1 : 0;
                unexpectedOrange += near(rgb, 0xff7f0e) ? 1 : 0;
            }
        }
        assertThat(notWhite).as("pixels that are not white").isGreaterThan(image.getWidth() * image.getHeight() / 50L);
        assertThat(missingRed).as("pixels of the missing colour").isGreaterThan(200);
        assertThat(unexpectedOrange).as("pixels of the unexpected colour").isGreaterThan(200);
        assertThat(dom).contains("<svg class=\"expected\"", "<svg class=\"actual\"", "&lt;script&gt;")
                .doesNotContain("<script");
        assertThat(Pattern.compile("<g class=\"node missing\"><title>\\(:Person \\{name: \"Carol\"}\\)</title>"
                        + "<circle [^>]*fill=\"#d62728\"").matcher(dom).find())
                .as("a red circle for the missing Carol in the DOM").isTrue();
        assertThat(Pattern.compile("<g class=\"node unexpected\"><title>\\(:Person \\{name: \"Dave\"}\\)</title>"
                        + "<circle [^>]*fill=\"#ff7f0e\"").matcher(dom).find())
                .as("an orange circle for the unexpected Dave in the DOM").isTrue();
        String keep = System.getProperty(KEEP_SCREENSHOT);
        if (keep != null && !keep.isBlank()) {
            Files.copy(screenshot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> files = Files.list(directory.resolve("reports"))) {
            assertThat(files).hasSize(1);
        }
    }

    private static boolean near(int rgb, int colour) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((colour >> shift) & 0xff)) > 12) {
                return false;
            }
        }
        return true;
    }
}
