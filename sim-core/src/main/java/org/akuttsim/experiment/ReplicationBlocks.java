package org.akuttsim.experiment;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The format of {@code replications.csv}: one block of rows per replication
 * ({@code scenario,replication,metric,value,block_check}), the block's last row carrying
 * {@code <rows>:<CRC-32 in 8 hex digits>} over its rows; writing a block, and reading a file back
 * line by line for resume, keeping blocks in canonical order while they check out.
 */
final class ReplicationBlocks {

    static final String[] HEADER = {"scenario", "replication", "metric", "value", "block_check"};

    private ReplicationBlocks() {
    }

    /** The bytes of one replication's block, its last row carrying the count and checksum. */
    static byte[] block(String scenario, int replication, Responses responses) {
        StringBuilder rows = new StringBuilder(64 * Math.max(1, responses.size()));
        CRC32 crc = new CRC32();
        String rep = Integer.toString(replication);
        List<String[]> fields = new ArrayList<>();
        for (Map.Entry<String, Double> e : responses.asMap().entrySet()) {
            fields.add(new String[] {scenario, rep, e.getKey(), Double.toString(e.getValue())});
        }
        if (fields.isEmpty()) {
            fields.add(new String[] {scenario, rep, "", ""});
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.setLength(0);
            ResultTables.print(line, (Object[]) fields.get(i)); // ends with "\n"
            crc.update(line.toString().getBytes(StandardCharsets.UTF_8));
            rows.append(line, 0, line.length() - 1).append(',');
            if (i == fields.size() - 1) {
                rows.append(check(fields.size(), crc.getValue()));
            }
            rows.append('\n');
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String check(int rows, long crc) {
        return rows + ":" + String.format("%08x", crc);
    }


    /** Told each block that checks out, in canonical order. */
    @FunctionalInterface
    interface Sink {
        void add(int scenario, int replication, Responses responses);
    }

    /** Where the blocks kept from an earlier run end: count and byte offset. */
    record Prefix(int blocks, long bytes) { }

    /** Reads lines as bytes, so the byte offset of every line end is known; a last line may lack its '\n'. */
    private static final class Lines {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        long offset;
        int number;
        boolean terminated;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its '\n', or null at the end. */
        String next() throws IOException {
            buf.reset();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    offset += buf.size() + 1;
                    number++;
                    terminated = true;
                    return buf.toString(StandardCharsets.UTF_8);
                }
                buf.write(c);
            }
            if (buf.size() == 0) {
                return null;
            }
            offset += buf.size();
            number++;
            terminated = false;
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    /** Thrown inside {@link #readBack} at the first block that cannot be kept. */
    private static final class Damaged extends Exception {
        Damaged(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Streams {@code file}, keeping blocks in canonical order while they check out; stops at the first
     * that does not, with a note. Kept blocks are fed to {@code stats}. The file holds replications
     * {@code firstReplication} .. {@code firstReplication + replications - 1} (a shard's range; 0 .. for a whole run).
     */
    static Prefix readBack(Path file, List<String> scenarios, int firstReplication, int replications, Sink stats, Consumer<String> notes)
            throws IOException {
        int nScenarios = scenarios.size();
        long total = (long) nScenarios * replications;
        StringBuilder expectedHeader = new StringBuilder();
        ResultTables.print(expectedHeader, (Object[]) HEADER);
        String header = expectedHeader.substring(0, expectedHeader.length() - 1);
        int blocks = 0;
        long keptBytes = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Lines lines = new Lines(in);
            String first = lines.next();
            if (first == null) {
                return new Prefix(0, 0);
            }
            if (!first.equals(header) || !lines.terminated) {
                notes.accept(file + " line 1: header '" + first + "' is not '" + header + "'; every replication is run again");
                return new Prefix(0, 0);
            }
            keptBytes = lines.offset;
            Responses responses = new Responses();
            CRC32 crc = new CRC32();
            int rows = 0;
            String line;
            try {
                while ((line = lines.next()) != null) {
                    if (blocks >= total) {
                        notes.accept(file + " line " + lines.number + ": rows after the last replication of the experiment are ignored");
                        break;
                    }
                    int s = (int) (blocks % nScenarios);
                    int r = firstReplication + (int) (blocks / nScenarios);
                    if (!lines.terminated) {
                        throw new Damaged("the line is cut off (no line break: the run was interrupted while writing it)");
                    }
                    int comma = line.lastIndexOf(',');
                    String[] f = comma < 0 ? new String[0] : fields(line.substring(0, comma));
                    if (f.length != 4) {
                        throw new Damaged("expected 5 fields (" + String.join(",", HEADER) + "), found "
                                + (f.length + (comma < 0 ? 0 : 1)));
                    }
                    if (!f[0].equals(scenarios.get(s)) || !f[1].equals(Integer.toString(r))) {
                        throw new Damaged("expected replication " + r + " of scenario '" + scenarios.get(s) + "' here, found replication '"
                                + f[1] + "' of scenario '" + f[0] + "'");
                    }
                    crc.update((line.substring(0, comma) + "\n").getBytes(StandardCharsets.UTF_8));
                    rows++;
                    if (f[2].isEmpty()) {
                        if (!f[3].isEmpty() || rows != 1) {
                            throw new Damaged("a row without a metric name");
                        }
                    } else {
                        double v;
                        try {
                            v = Double.parseDouble(f[3]);
                        } catch (NumberFormatException e) {
                            throw new Damaged("value '" + f[3] + "' of metric '" + f[2] + "' is not a number");
                        }
                        if (responses.asMap().containsKey(f[2])) {
                            throw new Damaged("metric '" + f[2] + "' appears twice in the block");
                        }
                        responses.put(f[2], v);
                    }
                    String check = line.substring(comma + 1);
                    if (check.isEmpty()) {
                        continue;
                    }
                    String expected = check(rows, crc.getValue());
                    if (!check.equals(expected)) {
                        throw new Damaged("block_check '" + check + "' does not match the block's " + rows + " rows (lines "
                                + (lines.number - rows + 1) + "–" + lines.number + ": " + expected + "): the block was altered");
                    }
                    stats.add(s, r, responses);
                    blocks++;
                    keptBytes = lines.offset;
                    responses = new Responses();
                    crc.reset();
                    rows = 0;
                }
                if (rows > 0) {
                    throw new Damaged("the block ends without its block_check (the file was cut after a complete line)");
                }
            } catch (Damaged d) {
                int s = (int) (blocks % nScenarios);
                int r = firstReplication + (int) (blocks / nScenarios);
                notes.accept(file + " line " + lines.number + ": " + d.getMessage() + "; replication " + r + " of scenario '"
                        + scenarios.get(s) + "' is run again, and so is every replication after it in the file");
            }
        }
        return new Prefix(blocks, keptBytes);
    }

    /** The fields of one CSV line (quoted fields allowed). */
    private static String[] fields(String line) throws IOException {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            List<CSVRecord> recs = parser.getRecords();
            if (recs.size() != 1) {
                return new String[0];
            }
            return recs.get(0).values();
        } catch (IllegalStateException | UncheckedIOException e) {
            return new String[0];
        }
    }
}
