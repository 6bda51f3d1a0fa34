package org.akuttsim.embedding;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.scenarios.DefaultRegion;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * A project that depends on sim-scenarios gets a library: not the command line's library (picocli),
 * not the report's chart library (the Chart.js WebJar), and not the runnable jar that contains both.
 * This module's test class path is sim-scenarios' as Maven hands it to an embedder, so each of these
 * fails if sim-scenarios' POM makes either library transitive again or the runnable jar replaces
 * the plain one.
 */
class EmbedderClassPathTest {

    private static final ClassLoader LOADER = EmbedderClassPathTest.class.getClassLoader();

    @Test
    void picocliIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine", false, LOADER));
    }

    @Test
    void chartJsIsNotOnTheClassPath() {
        assertNull(LOADER.getResource("META-INF/resources/webjars/chart.js/"), "the Chart.js WebJar's files");
        assertNull(LOADER.getResource("META-INF/maven/org.webjars.npm/chart.js/pom.properties"),
                "the Chart.js WebJar's Maven descriptor");
    }

    @Test
    void simScenariosIsThePlainJarNotTheRunnableOne() {
        // The runnable jar holds sim-core and commons-csv too; the plain one leaves them to their own jars.
        URL scenarios = origin(DefaultRegion.class);
        assertNotEquals(scenarios, origin(Experiment.class), "sim-core inside sim-scenarios' jar");
        assertNotEquals(scenarios, origin(CSVFormat.class), "commons-csv inside sim-scenarios' jar");
    }

    private static URL origin(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }
}
