package org.akuttsim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.akuttsim.scenarios.DefaultRegion;

/**
 * A SHA-256 digest of the files a scenario set was built from, recorded in
 * {@code experiment.properties} so that {@code --resume} refuses a directory whose results came from
 * other inputs (an edited {@code parameters.csv} keeps every scenario name but changes the scenarios).
 * A scenario directory is digested file by file (name and bytes, sorted by name) together with the
 * embedded default parameters it is laid over; an embedded region by its resource files (and, for a
 * region whose parameters are laid over the St. Olavs defaults, those defaults).
 */
final class InputDigest {

    /** The embedded region's input files (its {@code sources/} are raw copies, not read by the loader). */
    static final List<String> EMBEDDED = List.of("zones.csv", "stations.csv", "units.csv", "hospitals.csv",
            "parameters.csv", "population_growth.csv");

    private InputDigest() {
    }

    /** Digest of the embedded St. Olavs region. */
    static String embedded() {
        return embedded(EmbeddedRegion.STOLAV);
    }

    /** Digest of an embedded region's files. */
    static String embedded(EmbeddedRegion region) {
        MessageDigest md = sha256();
        for (String f : EMBEDDED) {
            addResource(md, region.resources + f, "embedded/" + f);
        }
        for (String f : region.extraInputs) {
            addResource(md, f, "embedded" + f);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Digest of every CSV file in {@code dir} and of the embedded default parameters under them. */
    static String directory(Path dir) {
        MessageDigest md = sha256();
        addResource(md, DefaultRegion.STOLAV + "parameters.csv", "embedded/parameters.csv");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                add(md, f.getFileName().toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + " to digest its inputs", e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void addResource(MessageDigest md, String resource, String name) {
        try (InputStream in = DefaultRegion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("embedded region file missing from the jar: " + resource);
            }
            add(md, name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded " + resource, e);
        }
    }

    private static void add(MessageDigest md, String name, byte[] content) {
        // Name and length first, so that moving bytes between files changes the digest.
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Long.toString(content.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) 0);
        md.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
