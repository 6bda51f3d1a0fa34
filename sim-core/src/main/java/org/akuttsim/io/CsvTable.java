package org.akuttsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV input file with a header row, read whole and checked against a {@link CsvSchema}.
 *
 * <p>Reading never throws for bad content: every problem (missing file, unknown or missing column,
 * a line with the wrong number of fields, malformed quoting) goes to the {@link InputErrors}, and the
 * typed accessors of {@link CsvRow} add the problems of individual cells. The caller reads all its
 * files, then calls {@link InputErrors#throwIfAny()}, so the user sees every problem at once.
 *
 * <p>Format: RFC 4180 (comma-separated, double quotes), UTF-8 with or without a byte-order mark,
 * cells trimmed, empty lines skipped, lines starting with {@code #} are comments. Line numbers in
 * messages are physical lines of the file, counting the header as line 1, so they match an editor.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setTrim(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .build();

    private final String file;
    private final CsvSchema schema;
    private final List<String> header;
    private final Map<String, Integer> indexOf;
    private final List<CsvRow> rows;

    private CsvTable(String file, CsvSchema schema, List<String> header, Map<String, Integer> indexOf,
            List<CsvRow> rows) {
        this.file = file;
        this.schema = schema;
        this.header = header;
        this.indexOf = indexOf;
        this.rows = rows;
    }

    /**
     * Reads {@code path}; the file is named by its file name in messages. A missing or unreadable
     * file is reported to {@code errors} and gives an empty table.
     *
     * @param path the CSV file (UTF-8, header row first)
     * @param schema the columns the file must and may have
     * @param errors where every problem found is recorded
     * @return the table, possibly empty
     */
    public static CsvTable read(Path path, CsvSchema schema, InputErrors errors) {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            errors.addFileError(name, "file not found (expected at " + path + ")");
            return empty(name, schema);
        } catch (IOException e) {
            errors.addFileError(name, "cannot read file: " + e.getMessage());
            return empty(name, schema);
        }
        return parse(name, bytes, schema, errors);
    }

    /**
     * Reads a class-path resource (the embedded default region); a missing resource is an error.
     *
     * @param anchor the class the resource path is relative to
     * @param resource the resource path
     * @param name the file name used in messages
     * @param schema the columns the file must and may have
     * @param errors where every problem found is recorded
     * @return the table, possibly empty
     */
    public static CsvTable readResource(Class<?> anchor, String resource, String name, CsvSchema schema,
            InputErrors errors) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                errors.addFileError(name, "resource not found: " + resource);
                return empty(name, schema);
            }
            return parse(name, in.readAllBytes(), schema, errors);
        } catch (IOException e) {
            errors.addFileError(name, "cannot read resource " + resource + ": " + e.getMessage());
            return empty(name, schema);
        }
    }

    /**
     * Parses CSV text given directly (tests, generated input); {@code name} is used in messages.
     *
     * @param name the file name used in messages
     * @param content the CSV text, header row first
     * @param schema the columns the text must and may have
     * @param errors where every problem found is recorded
     * @return the table, possibly empty
     */
    public static CsvTable parse(String name, String content, CsvSchema schema, InputErrors errors) {
        return parseText(name, content, schema, errors);
    }

    private static CsvTable parse(String name, byte[] bytes, CsvSchema schema, InputErrors errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.addFileError(name, "expected UTF-8 text, found bytes that are not valid UTF-8"
                    + " (save the file as UTF-8)");
            return empty(name, schema);
        }
        return parseText(name, text, schema, errors);
    }

    private static CsvTable parseText(String name, String text, CsvSchema schema, InputErrors errors) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        LineIndex lines = new LineIndex(text);
        List<String> header = null;
        Map<String, Integer> indexOf = new HashMap<>();
        List<CsvRow> rows = new ArrayList<>();
        boolean headerOk = true;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    long at = Math.max(1, parser.getCurrentLineNumber());
                    String why = rootMessage(e).replaceFirst("^\\(line \\d+\\) ", "");
                    errors.add(new InputError(name, at, null, 0,
                            "malformed CSV (" + why + "); check the double quotes on or before this line"));
                    break;
                }
                long line = lines.firstContentLine(rec.getCharacterPosition());
                if (header == null) {
                    header = Arrays.asList(rec.values());
                    headerOk = checkHeader(name, line, header, schema, indexOf, errors);
                    continue;
                }
                if (rec.size() != header.size()) {
                    if (rec.size() == 1 && rec.get(0).isEmpty()) {
                        continue; // a line of blanks only
                    }
                    errors.add(new InputError(name, line, null, 0, "expected " + header.size()
                            + " fields as in the header, found " + rec.size()
                            + " (a comma inside a value needs double quotes)"));
                    continue;
                }
                rows.add(new CsvRow(name, line, rec.values(), indexOf, errors));
            }
        } catch (IOException e) {
            errors.addFileError(name, "cannot read: " + e.getMessage());
        }
        if (header == null) {
            errors.addFileError(name, "file is empty; expected a header line with the columns " + schema.describe());
            return empty(name, schema);
        }
        if (!headerOk) {
            // Values under a broken header would produce a cascade of misleading cell errors.
            rows.clear();
        }
        return new CsvTable(name, schema, List.copyOf(header), Map.copyOf(indexOf), List.copyOf(rows));
    }

    private static boolean checkHeader(String name, long line, List<String> header, CsvSchema schema,
            Map<String, Integer> indexOf, InputErrors errors) {
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String col = header.get(i);
            if (col.isEmpty()) {
                errors.add(new InputError(name, line, "", i + 1, "expected a column name in the header, found an empty cell"));
                ok = false;
            } else if (indexOf.putIfAbsent(col, i) != null) {
                errors.add(new InputError(name, line, col, i + 1, "column appears twice in the header"));
                ok = false;
            } else if (!schema.knows(col)) {
                errors.add(new InputError(name, line, col, i + 1,
                        "unknown column; expected columns: " + schema.describe()));
                ok = false;
            }
        }
        for (String req : schema.requiredColumns()) {
            if (!indexOf.containsKey(req)) {
                errors.add(new InputError(name, line, null, 0, "missing required column '" + req
                        + "'; expected columns: " + schema.describe()));
                ok = false;
            }
        }
        return ok;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static CsvTable empty(String name, CsvSchema schema) {
        return new CsvTable(name, schema, List.of(), Map.of(), List.of());
    }

    /**
     * The file name used in messages.
     *
     * @return the file name, e.g. {@code zones.csv}
     */
    public String file() {
        return file;
    }

    /** {@return the schema the table was read with} */
    public CsvSchema schema() {
        return schema;
    }

    /**
     * Column names in file order (empty when the file could not be read).
     *
     * @return the column names
     */
    public List<String> header() {
        return header;
    }

    /**
     * Whether the file has this column (an optional column may be absent).
     *
     * @param column a column name
     * @return true when the header holds {@code column}
     */
    public boolean hasColumn(String column) {
        return indexOf.containsKey(column);
    }

    /**
     * The data rows whose field count matches the header (rows of a broken header are dropped).
     *
     * @return the rows, in file order
     */
    public List<CsvRow> rows() {
        return rows;
    }

    /** {@return the number of data rows} */
    public int size() {
        return rows.size();
    }

    /** Maps character offsets to 1-based physical line numbers (handles \n, \r\n and \r). */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(s, n);
        }

        long lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) offset);
            return (i >= 0 ? i : -i - 2) + 1L;
        }

        /**
         * The line where a record's content starts. The parser reports a record's position before
         * the comment and blank lines it skipped, so step over those.
         */
        long firstContentLine(long offset) {
            int line = (int) lineOf(offset);
            while (line < starts.length && skippable(line)) {
                line++;
            }
            return line;
        }

        private boolean skippable(int line) {
            int from = starts[line - 1];
            int to = line < starts.length ? starts[line] : text.length();
            if (from < to && text.charAt(from) == '#') {
                return true;
            }
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
