package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * The machine-checkable rules of the UK Government Analysis Function's guidance "Releasing statistics in
 * spreadsheets" (the rules the ONS tools gptables and aftables enforce when they write a workbook), checked on a
 * workbook read back with POI. Each broken rule is reported once per sheet (or once for the whole workbook), with
 * the cells or objects that break it.
 */
final class WorkbookRules {

    /** Where a rule of the whole workbook (its properties, its Contents sheet) is broken. */
    static final String WORKBOOK = "(workbook)";
    static final String CONTENTS = "Contents";
    static final String NOTES = "Notes";

    /**
     * The guidance's shorthand for a cell that has no figure: {@code [x]} not available, {@code [z]} not applicable,
     * {@code [c]} confidential, {@code [low]} rounds to zero. They stand in place of a number, so a numeric column may
     * hold them; any other text there (such as "insufficient data") is a rule broken. Markers that qualify a figure
     * ({@code [p]} provisional, {@code [e]} estimated, ...) belong beside a number, not instead of it: not allowed.
     */
    static final Set<String> NO_FIGURE_MARKERS = Set.of("[x]", "[z]", "[c]", "[low]");

    private static final Pattern NOTE_CITED = Pattern.compile("\\[note (\\d+)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_DEFINED = Pattern.compile("\\[?note (\\d+)]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER_ALT_TEXT =
            Pattern.compile("(picture|image|chart|graphic|diagram)( ?\\d+)?", Pattern.CASE_INSENSITIVE);
    /** At most this many cells are named in a violation's detail; the count says how many there are. */
    private static final int CELLS_SHOWN = 5;

    enum Rule {
        /**
         * Every sheet starts with its title in A1: text, outside any table. (aftables and gptables write the title in
         * A1 and the table below it; a table whose header row is in A1 leaves the sheet without a title.)
         */
        TITLE_IN_A1,
        /** Every sheet other than Contents is listed on the Contents sheet by name, with a link to it. */
        LISTED_ON_CONTENTS,
        /** The document properties title, subject or description, and creator (author) are filled in. */
        DOCUMENT_PROPERTIES,
        /** The document's language is set (the guidance: so that screen readers read it in the right voice). */
        DOCUMENT_LANGUAGE,
        /** At most one table per sheet. */
        ONE_TABLE_PER_SHEET,
        /** Each table has exactly one header row. */
        ONE_HEADER_ROW,
        /** No empty cell inside a table: an empty cell says what it means with a marker such as [x]. */
        NO_BLANK_CELLS_IN_TABLE,
        /** A column of numbers holds no text other than the no-figure markers. */
        NO_TEXT_IN_NUMERIC_COLUMN,
        /** Every [note n] cited anywhere is defined on the Notes sheet. */
        NOTES_DEFINED,
        /** No merged cells. */
        NO_MERGED_CELLS,
        /** Every picture and chart object has alt text (its description) that is more than a placeholder. */
        ALT_TEXT
    }

    /** One rule broken on one sheet (or {@link #WORKBOOK}): what breaks it, in words. */
    record Violation(String sheet, Rule rule, String detail) {
        @Override
        public String toString() {
            return sheet + " / " + rule + ": " + detail;
        }
    }

    private WorkbookRules() {
    }

    static List<Violation> check(XSSFWorkbook wb) {
        List<Violation> out = new ArrayList<>();
        properties(wb, out);
        contents(wb, out);
        Set<Integer> definedNotes = definedNotes(wb);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            title(sheet, out);
            tables(sheet, out);
            notesCited(sheet, definedNotes, wb.getSheet(NOTES) != null, out);
            if (sheet.getNumMergedRegions() > 0) {
                out.add(new Violation(sheet.getSheetName(), Rule.NO_MERGED_CELLS,
                        sheet.getNumMergedRegions() + " merged regions, the first " + sheet.getMergedRegion(0)
                                .formatAsString()));
            }
            altText(sheet, out);
        }
        return out;
    }

    /** The violations as a set of sheet and rule, what a list of known exceptions is compared with. */
    static Map<String, Set<Rule>> bySheet(List<Violation> violations) {
        Map<String, Set<Rule>> out = new TreeMap<>();
        for (Violation v : violations) {
            out.computeIfAbsent(v.sheet(), s -> new TreeSet<>()).add(v.rule());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- workbook

    private static void properties(XSSFWorkbook wb, List<Violation> out) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        List<String> missing = new ArrayList<>();
        if (isBlank(core.getTitle())) {
            missing.add("title");
        }
        if (isBlank(core.getSubject()) && isBlank(core.getDescription())) {
            missing.add("subject or description");
        }
        if (isBlank(core.getCreator())) {
            missing.add("creator");
        }
        if (!missing.isEmpty()) {
            out.add(new Violation(WORKBOOK, Rule.DOCUMENT_PROPERTIES, "not set: " + String.join(", ", missing)));
        }
        Optional<String> language = core.getUnderlyingProperties().getLanguageProperty();
        if (language.isEmpty() || language.get().isBlank()) {
            out.add(new Violation(WORKBOOK, Rule.DOCUMENT_LANGUAGE, "the core property dc:language is not set"));
        }
    }

    private static void contents(XSSFWorkbook wb, List<Violation> out) {
        XSSFSheet contents = wb.getSheet(CONTENTS);
        if (contents == null) {
            out.add(new Violation(WORKBOOK, Rule.LISTED_ON_CONTENTS, "there is no sheet named " + CONTENTS));
            return;
        }
        // sheet linked to -> the texts of the cells that link to it
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (XSSFHyperlink link : contents.getHyperlinkList()) {
            if (link.getType() != HyperlinkType.DOCUMENT || link.getAddress() == null) {
                continue;
            }
            Row row = contents.getRow(link.getFirstRow());
            Cell cell = row == null ? null : row.getCell(link.getFirstColumn());
            links.computeIfAbsent(linkedSheet(link.getAddress()), s -> new ArrayList<>()).add(text(cell));
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            if (name.equals(CONTENTS)) {
                continue;
            }
            List<String> texts = links.getOrDefault(name, List.of());
            if (texts.isEmpty()) {
                out.add(new Violation(name, Rule.LISTED_ON_CONTENTS, "no link to it on " + CONTENTS));
            } else if (texts.stream().noneMatch(t -> t.contains(name))) {
                out.add(new Violation(name, Rule.LISTED_ON_CONTENTS, "linked from " + CONTENTS + " only by "
                        + texts + ", which do not name it"));
            }
        }
    }

    /** The sheet of a link within the workbook such as {@code 'Data quality'!A1} or {@code Notes!A1}. */
    static String linkedSheet(String address) {
        int bang = address.lastIndexOf('!');
        String sheet = bang < 0 ? address : address.substring(0, bang);
        if (sheet.startsWith("#")) {
            sheet = sheet.substring(1);
        }
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        return sheet;
    }

    // ------------------------------------------------------------------------------------------- sheets

    private static void title(XSSFSheet sheet, List<Violation> out) {
        Row first = sheet.getRow(0);
        Cell a1 = first == null ? null : first.getCell(0);
        if (a1 == null || a1.getCellType() != CellType.STRING || a1.getStringCellValue().isBlank()) {
            out.add(new Violation(sheet.getSheetName(), Rule.TITLE_IN_A1, "A1 holds no text"));
            return;
        }
        for (XSSFTable t : sheet.getTables()) {
            if (t.getStartRowIndex() == 0 && t.getStartColIndex() == 0) {
                out.add(new Violation(sheet.getSheetName(), Rule.TITLE_IN_A1, "A1 is the header cell '"
                        + a1.getStringCellValue() + "' of table " + t.getName() + ", not a title above it"));
            }
        }
    }

    private static void tables(XSSFSheet sheet, List<Violation> out) {
        String name = sheet.getSheetName();
        List<XSSFTable> tables = sheet.getTables();
        if (tables.size() > 1) {
            List<String> names = tables.stream().map(t -> t.getName() + " " + t.getArea().formatAsString())
                    .toList();
            out.add(new Violation(name, Rule.ONE_TABLE_PER_SHEET, tables.size() + " tables: " + names));
        }
        List<String> headerRows = new ArrayList<>();
        List<String> blanks = new ArrayList<>();
        int blankCount = 0;
        List<String> texts = new ArrayList<>();
        int textCount = 0;
        for (XSSFTable t : tables) {
            if (t.getHeaderRowCount() != 1) {
                headerRows.add(t.getName() + " has " + t.getHeaderRowCount());
            }
            for (int r = t.getStartRowIndex(); r <= t.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (isEmpty(cell)) {
                        if (blankCount++ < CELLS_SHOWN) {
                            blanks.add(new CellReference(r, c).formatAsString(false));
                        }
                    }
                }
            }
            int firstData = t.getStartRowIndex() + Math.max(0, t.getHeaderRowCount());
            for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
                int numbers = 0;
                List<Cell> words = new ArrayList<>();
                for (int r = firstData; r <= t.getEndRowIndex(); r++) {
                    Row row = sheet.getRow(r);
                    Cell cell = row == null ? null : row.getCell(c);
                    if (isNumber(cell)) {
                        numbers++;
                    } else if (!isEmpty(cell) && !NO_FIGURE_MARKERS.contains(text(cell).strip())) {
                        words.add(cell);
                    }
                }
                // "mostly numbers": a tie counts as a numeric column, so one number and one "insufficient data" is
                // a column of numbers with text in it
                if (numbers > 0 && numbers >= words.size()) {
                    for (Cell cell : words) {
                        if (textCount++ < CELLS_SHOWN) {
                            texts.add(cell.getAddress().formatAsString() + " '" + text(cell) + "'");
                        }
                    }
                }
            }
        }
        if (!headerRows.isEmpty()) {
            out.add(new Violation(name, Rule.ONE_HEADER_ROW, "header rows: " + headerRows));
        }
        if (blankCount > 0) {
            out.add(new Violation(name, Rule.NO_BLANK_CELLS_IN_TABLE, blankCount + " empty cells in tables, " + blanks));
        }
        if (textCount > 0) {
            out.add(new Violation(name, Rule.NO_TEXT_IN_NUMERIC_COLUMN, textCount + " text cells in columns of "
                    + "numbers, " + texts));
        }
    }

    private static Set<Integer> definedNotes(XSSFWorkbook wb) {
        Set<Integer> defined = new TreeSet<>();
        XSSFSheet notes = wb.getSheet(NOTES);
        if (notes != null) {
            for (Row row : notes) {
                Matcher m = NOTE_DEFINED.matcher(text(row.getCell(0)).strip());
                if (m.matches()) {
                    defined.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return defined;
    }

    private static void notesCited(XSSFSheet sheet, Set<Integer> defined, boolean hasNotesSheet,
                                   List<Violation> out) {
        Map<Integer, String> undefined = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                Matcher m = NOTE_CITED.matcher(text(cell));
                while (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    if (!defined.contains(n)) {
                        undefined.putIfAbsent(n, cell.getAddress().formatAsString());
                    }
                }
            }
        }
        if (!undefined.isEmpty()) {
            List<String> where = new ArrayList<>();
            undefined.forEach((n, cell) -> where.add("[note " + n + "] in " + cell));
            out.add(new Violation(sheet.getSheetName(), Rule.NOTES_DEFINED, (hasNotesSheet
                    ? "not defined on " + NOTES + ": " : "there is no " + NOTES + " sheet for ") + where));
        }
    }

    private static void altText(XSSFSheet sheet, List<Violation> out) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return;
        }
        List<String> without = new ArrayList<>();
        collectWithoutAltText(drawing.getShapes(), without);
        if (!without.isEmpty()) {
            out.add(new Violation(sheet.getSheetName(), Rule.ALT_TEXT, without.size() + " pictures or charts without "
                    + "alt text: " + without));
        }
    }

    private static void collectWithoutAltText(Iterable<? extends XSSFShape> shapes, List<String> without) {
        for (XSSFShape shape : shapes) {
            CTNonVisualDrawingProps props = null;
            if (shape instanceof XSSFPicture p) {
                props = p.getCTPicture().getNvPicPr().getCNvPr();
            } else if (shape instanceof XSSFGraphicFrame f) {
                props = f.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
            } else if (shape instanceof XSSFShapeGroup g) {
                collectWithoutAltText(g, without);
            }
            if (props != null && !isAltText(props.getDescr(), props.getName())) {
                without.add(props.getName() == null || props.getName().isBlank() ? "(unnamed)" : props.getName());
            }
        }
    }

    /**
     * Alt text says what the picture shows: not empty, not the object's own name, and not a placeholder such as
     * "Picture", which POI writes into every picture it creates.
     */
    private static boolean isAltText(String descr, String name) {
        return !isBlank(descr) && !descr.strip().equalsIgnoreCase(name == null ? "" : name.strip())
                && !PLACEHOLDER_ALT_TEXT.matcher(descr.strip()).matches();
    }

    // ------------------------------------------------------------------------------------------- cells

    private static boolean isNumber(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    private static boolean isEmpty(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue() : "";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
