package org.akuttsim.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.scenarios.DefaultRegion;
import org.junit.jupiter.api.Test;

/**
 * The installed jars carry stable module names, so a modular application can write
 * {@code requires org.akuttsim.core;} and {@code requires org.akuttsim.scenarios;}. Without an
 * Automatic-Module-Name the JVM would derive the names from the file names (sim.core, sim.scenarios)
 * and they would change with a renamed jar.
 */
class ModuleNamesTest {

    @Test
    void simCoreIsTheModuleOrgAkuttsimCore() throws Exception {
        assertModuleName("org.akuttsim.core", Experiment.class);
    }

    @Test
    void simScenariosIsTheModuleOrgAkuttsimScenarios() throws Exception {
        assertModuleName("org.akuttsim.scenarios", DefaultRegion.class);
    }

    /** Asks the module system itself what it would call the jar that holds {@code type}. */
    private static void assertModuleName(String expected, Class<?> type) throws URISyntaxException {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(jar), type.getName() + " not loaded from a jar but from " + jar);
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        assertEquals(1, found.size(), "modules in " + jar);
        ModuleDescriptor module = found.iterator().next().descriptor();
        assertTrue(module.isAutomatic(), jar + " should be an automatic module");
        assertEquals(expected, module.name(), "module name of " + jar);
    }
}
