package org.akuttsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    private static final CsvSchema MUNICIPALITIES =
            CsvSchema.required("kommunenr", "name", "population", "lat", "urban").optional("source");

    private enum Level { RED, YELLOW, GREEN }

    @Test
    void readsTypedValuesFromAWellFormedFile() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("m.csv", """
                kommunenr,name,population,lat,urban,source
                5001,Trondheim,207595,63.429,yes,"SSB 07459, 2021"
                5014, Frøya ,5204,63.73,no,
                """, MUNICIPALITIES, errors);
        assertTrue(errors.isEmpty(), errors.asList().toString());
        assertEquals(2, t.size());
        CsvRow r = t.rows().get(1);
        assertEquals("Frøya", r.text("name"));
        assertEquals(5204, r.nonNegativeInt("population"));
        assertEquals(63.73, r.number("lat", -90, 90));
        assertFalse(r.flag("urban"));
        assertEquals("SSB 07459, 2021", t.rows().get(0).raw("source"));
        assertEquals(3, r.line());
        errors.throwIfAny();
    }

    @Test
    void badIntegerNamesFileLineColumnAndExpectation() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("municipalities.csv", "kommunenr,name,population,lat,urban\n"
                + "5001,Trondheim,207595,63.4,yes\n".repeat(12)
                + "5002,X,abc,63.4,yes\n", MUNICIPALITIES, errors);
        for (CsvRow r : t.rows()) {
            r.nonNegativeInt("population");
        }
        assertEquals(1, errors.size());
        assertEquals("municipalities.csv line 14, column 'population' (3): expected a non-negative integer, found 'abc'",
                errors.asList().get(0).toString());
        InputValidationException e = assertThrows(InputValidationException.class, errors::throwIfAny);
        assertTrue(e.getMessage().contains("line 14, column 'population' (3)"), e.getMessage());
    }

    @Test
    void everyBadCellOfAFileIsReportedNotJustTheFirst() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("m.csv", """
                kommunenr,name,population,lat,urban
                1,,-5,95,maybe
                2,B,1.5,1;2,yes
                3,C,7,NaN,no
                """, MUNICIPALITIES, errors);
        for (CsvRow r : t.rows()) {
            r.text("name");
            r.nonNegativeInt("population");
            r.number("lat", -90, 90);
            r.flag("urban");
        }
        List<String> msgs = errors.asList().stream().map(InputError::toString).toList();
        assertEquals(List.of(
                "m.csv line 2, column 'name' (2): expected a non-empty value, found an empty cell",
                "m.csv line 2, column 'population' (3): expected a non-negative integer, found '-5'",
                "m.csv line 2, column 'lat' (4): expected a number in [-90, 90], found '95'",
                "m.csv line 2, column 'urban' (5): expected yes or no, found 'maybe'",
                "m.csv line 3, column 'population' (3): expected a non-negative integer, found '1.5'",
                "m.csv line 3, column 'lat' (4): expected a number in [-90, 90], found '1;2'",
                "m.csv line 4, column 'lat' (4): expected a number in [-90, 90], found 'NaN'"), msgs);
    }

    @Test
    void commaDecimalIsReportedNotGuessed() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("p.csv", "kommunenr,name,population,lat,urban\n1,A,3,\"63,4\",yes\n",
                MUNICIPALITIES, errors);
        assertTrue(Double.isNaN(t.rows().get(0).number("lat", -90, 90)));
        assertEquals(1, errors.size());
    }

    @Test
    void unknownAndMissingColumnsAreReportedAndRowsUnderABrokenHeaderAreDropped() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("m.csv", "kommunenr,name,popluation,lat,urban\n1,A,3,63,yes\n",
                MUNICIPALITIES, errors);
        List<String> msgs = errors.asList().stream().map(InputError::toString).toList();
        assertEquals(2, msgs.size(), msgs.toString());
        assertTrue(msgs.get(0).startsWith("m.csv line 1, column 'popluation' (3): unknown column; expected columns: "
                + "kommunenr, name, population, lat, urban, source (optional)"), msgs.get(0));
        assertTrue(msgs.get(1).startsWith("m.csv line 1: missing required column 'population'"), msgs.get(1));
        assertEquals(0, t.size());
    }

    @Test
    void duplicateAndEmptyHeaderCellsAreReported() {
        InputErrors errors = new InputErrors();
        CsvTable.parse("m.csv", "kommunenr,name,name,population,lat,urban,\n", MUNICIPALITIES, errors);
        List<String> msgs = errors.asList().stream().map(InputError::toString).toList();
        assertEquals(List.of("m.csv line 1, column 'name' (3): column appears twice in the header",
                "m.csv line 1, column '' (7): expected a column name in the header, found an empty cell"), msgs);
    }

    @Test
    void optionalColumnMayBeAbsentAndReadsAsEmpty() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("m.csv", "kommunenr,name,population,lat,urban\n1,A,3,63,yes\n",
                MUNICIPALITIES, errors);
        assertTrue(errors.isEmpty());
        assertFalse(t.hasColumn("source"));
        assertEquals("none", t.rows().get(0).textOr("source", "none"));
    }

    @Test
    void wrongFieldCountIsALineError() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("m.csv", "kommunenr,name,population,lat,urban\n1,A,3,63,yes\n2,B,Trondheim,4,63,yes\n",
                MUNICIPALITIES, errors);
        assertEquals(1, t.size());
        assertEquals("m.csv line 3: expected 5 fields as in the header, found 6 (a comma inside a value needs double quotes)",
                errors.asList().get(0).toString());
    }

    @Test
    void malformedQuotingIsReportedWithALine() {
        InputErrors errors = new InputErrors();
        CsvTable.parse("m.csv", "kommunenr,name,population,lat,urban\n1,\"A\"x,3,63,yes\n", MUNICIPALITIES, errors);
        assertEquals(1, errors.size());
        InputError e = errors.asList().get(0);
        assertEquals("m.csv line 2: malformed CSV (invalid char between encapsulated token and delimiter);"
                + " check the double quotes on or before this line", e.toString());
    }

    @Test
    void lineNumbersCountCommentsBlankLinesCrlfAndMultiLineValues() {
        InputErrors errors = new InputErrors();
        String text = "\uFEFF# a comment\r\nkommunenr,name,population,lat,urban,source\r\n\r\n"
                + "1,A,3,63,yes,\"two\r\nlines\"\r\n# another comment\r\n2,B,x,63,yes,\r\n";
        CsvTable t = CsvTable.parse("m.csv", text, MUNICIPALITIES, errors);
        assertTrue(errors.isEmpty(), errors.asList().toString());
        assertEquals(4, t.rows().get(0).line());
        assertEquals(7, t.rows().get(1).line());
        t.rows().get(1).nonNegativeInt("population");
        assertEquals(7, errors.asList().get(0).line());
    }

    @Test
    void choiceAndOneOfListTheAllowedValues() {
        InputErrors errors = new InputErrors();
        CsvSchema s = CsvSchema.required("level", "kind");
        CsvTable t = CsvTable.parse("x.csv", "level,kind\nred,a\nPURPLE,c\n", s, errors);
        assertEquals(Level.RED, t.rows().get(0).choice("level", Level.class));
        assertEquals("A", t.rows().get(0).oneOf("kind", List.of("A", "B")));
        t.rows().get(1).choice("level", Level.class);
        t.rows().get(1).oneOf("kind", List.of("A", "B"));
        assertEquals(List.of("x.csv line 3, column 'level' (1): expected one of red, yellow, green, found 'PURPLE'",
                "x.csv line 3, column 'kind' (2): expected one of A, B, found 'c'"),
                errors.asList().stream().map(InputError::toString).toList());
    }

    @Test
    void emptyFileAndMissingFileAreFileErrors(@TempDir Path dir) throws Exception {
        InputErrors errors = new InputErrors();
        Files.writeString(dir.resolve("empty.csv"), "\n\n");
        CsvTable.read(dir.resolve("empty.csv"), MUNICIPALITIES, errors);
        CsvTable t = CsvTable.read(dir.resolve("zones.csv"), MUNICIPALITIES, errors);
        assertEquals(0, t.size());
        assertEquals(2, errors.size());
        assertTrue(errors.asList().get(0).toString().startsWith("empty.csv: file is empty; expected a header line"));
        assertTrue(errors.asList().get(1).toString().startsWith("zones.csv: file not found"));
    }

    @Test
    void invalidUtf8IsReported(@TempDir Path dir) throws Exception {
        InputErrors errors = new InputErrors();
        byte[] latin1 = "kommunenr,name,population,lat,urban\n1,Fr\u00f8ya,3,63,yes\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin.csv"), latin1);
        CsvTable.read(dir.resolve("latin.csv"), MUNICIPALITIES, errors);
        assertEquals(1, errors.size());
        assertTrue(errors.asList().get(0).message().contains("UTF-8"));
    }

    @Test
    void errorsOfSeveralFilesAreCollectedBeforeFailing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "kommunenr,name,population,lat,urban\n1,A,-1,63,yes\n");
        Files.writeString(dir.resolve("b.csv"), "kommunenr,name,population,lat,urban\n1,B,2,063x,yes\n");
        InputErrors errors = new InputErrors();
        for (String f : List.of("a.csv", "b.csv")) {
            for (CsvRow r : CsvTable.read(dir.resolve(f), MUNICIPALITIES, errors).rows()) {
                r.nonNegativeInt("population");
                r.number("lat", -90, 90);
            }
        }
        InputValidationException e = assertThrows(InputValidationException.class, errors::throwIfAny);
        assertEquals(2, e.errors().size());
        assertEquals("a.csv", e.errors().get(0).file());
        assertEquals("b.csv", e.errors().get(1).file());
        assertTrue(e.getMessage().startsWith("2 input errors:"), e.getMessage());
    }

    @Test
    void optionalNumberFallsBackOnlyWhenEmpty() {
        InputErrors errors = new InputErrors();
        CsvSchema s = CsvSchema.required("a").optional("b");
        CsvTable t = CsvTable.parse("x.csv", "a,b\n1,\n2,zz\n", s, errors);
        assertEquals(0.5, t.rows().get(0).numberOr("b", 0, 1, 0.5));
        assertTrue(Double.isNaN(t.rows().get(1).numberOr("b", 0, 1, 0.5)));
        assertEquals("x.csv line 3, column 'b' (2): expected a number in [0, 1], found 'zz'",
                errors.asList().get(0).toString());
    }

    @Test
    void customChecksUseTheSameLocation() {
        InputErrors errors = new InputErrors();
        CsvTable t = CsvTable.parse("stations.csv", "kommunenr,name,population,lat,urban\n9999,A,3,63,yes\n",
                MUNICIPALITIES, errors);
        t.rows().get(0).expected("kommunenr", "a zone id defined in zones.csv");
        assertEquals("stations.csv line 2, column 'kommunenr' (1): expected a zone id defined in zones.csv, found '9999'",
                errors.asList().get(0).toString());
    }
}
