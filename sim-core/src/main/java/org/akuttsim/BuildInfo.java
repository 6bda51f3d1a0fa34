package org.akuttsim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and git commit this akuttsim was built from, as the build wrote them into
 * {@code org/akuttsim/akuttsim-build.properties} (Maven resource filtering of {@code ${project.version}};
 * the commit from git-commit-id-maven-plugin). A build outside a git work tree (a source tarball) has no
 * commit: {@link #commit()} is then {@code "unknown"}. Recorded in every run's provenance and printed by
 * {@code akuttsim --version}.
 */
public final class BuildInfo {

    /** Said for what the build could not fill in. */
    public static final String UNKNOWN = "unknown";

    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    /**
     * The Maven project version the build wrote.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT}; {@value #UNKNOWN} if the build left it unfilled
     */
    public static String version() {
        return value("version");
    }

    /**
     * The full git commit id of the build, with {@code -dirty} appended when the work tree had
     * uncommitted changes; {@value #UNKNOWN} when built without git.
     *
     * @return the 40-hex-digit commit id, possibly with {@code -dirty}, or {@value #UNKNOWN}
     */
    public static String commit() {
        String c = value("commit");
        return UNKNOWN.equals(c) || !"true".equals(value("dirty")) ? c : c + "-dirty";
    }

    /**
     * One line for {@code --version} and provenance.
     *
     * @return {@code akuttsim <version> (commit <commit>)}
     */
    public static String describe() {
        return "akuttsim " + version() + " (commit " + commit() + ")";
    }

    private static String value(String key) {
        String v = PROPS.getProperty(key);
        // An unfilled placeholder (no git, or the file not filtered) is not a value.
        return v == null || v.isBlank() || v.contains("${") ? UNKNOWN : v.trim();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("akuttsim-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read akuttsim-build.properties from the jar", e);
        }
        return p;
    }
}
