package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradestat.report.workbook.SampleReport.writeWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;

/** The Trade indices sheet, read back with POI: its rows for a few hand-made indices, and no sheet without any. */
class TradeIndicesSheetTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    @TempDir
    Path dir;

    @Test
    void theIndicesAreListedInWordsWithTheirValuesAndReadings() throws IOException {
        List<Indicator> extra = List.of(
                index("KAZ", "WLD", "export", "27", "rca", "1.833333", Unit.RATIO, "reporters:5", Set.of()),
                index("KGZ", "WLD", "export", "27", "rca", "0.400000", Unit.RATIO, "reporters:5",
                        EnumSet.of(Flag.APPROX)),
                index("KAZ", "KOR", "export", "TOTAL", "trade_intensity", "2.500000", Unit.RATIO, "reporters:5",
                        Set.of()),
                index("KAZ", "KOR", "export", "*", "hhi", "0.250000", Unit.RATIO, "HS2", Set.of()),
                index("KAZ", "KOR", "export", "*", "complementarity", "62.500000", Unit.PERCENT, "HS2", Set.of()));
        try (XSSFWorkbook wb = write(extra, "indices.xlsx")) {
            XSSFSheet sheet = wb.getSheet(TradeIndicesSheet.NAME);
            assertNotNull(sheet, "the Trade indices sheet");
            assertEquals(TradeIndicesSheet.NAME, FORMAT.formatCellValue(sheet.getRow(0).getCell(0)));
            assertTrue(FORMAT.formatCellValue(sheet.getRow(1).getCell(0)).contains("computed from the input's "
                    + "exports and imports"));
            List<XSSFTable> tables = sheet.getTables();
            assertEquals(1, tables.size());
            XSSFTable t = tables.get(0);
            int header = t.getStartRowIndex();
            assertEquals("Indicator " + Notes.Def.TRADE_INDICES.marker(), cell(sheet, header, 0));
            assertEquals(header + extra.size(), t.getEndRowIndex(), "one row per index");

            // RCA first, by reporter; then trade intensity, the HHI of exports, complementarity
            assertEquals(List.of("Revealed comparative advantage", "KAZ", "WLD",
                    Texts.commodity(extra.get(0).series().commodity()), "2022", "1.833",
                    "World: sum of the 5 reporters in the input", "Advantage (above 1)."), row(sheet, header + 1));
            assertEquals(1.833333, sheet.getRow(header + 1).getCell(5).getNumericCellValue(), 1e-9);
            List<String> kgz = row(sheet, header + 2);
            assertEquals("0.400", kgz.get(5));
            assertTrue(kgz.get(7).startsWith("Disadvantage (below 1). Approximate [u]"), kgz.get(7));
            assertEquals(List.of("Trade intensity", "KAZ", "KOR", "All goods", "2022", "2.500",
                    "World: sum of the 5 reporters in the input", "More intense than the World's (above 1)."),
                    row(sheet, header + 3));
            assertEquals(List.of("Export concentration (HHI)", "KAZ", "KOR", "All commodities", "2022", "0.250",
                    "HS 2-digit codes", SheetBuilder.NO_NOTE), row(sheet, header + 4));
            assertEquals(List.of("Trade complementarity", "KAZ", "KOR", "All commodities", "2022", "62.5%",
                    "HS 2-digit codes", SheetBuilder.NO_NOTE), row(sheet, header + 5));

            assertTrue(contentsNames(wb).contains(TradeIndicesSheet.NAME), "listed on the Contents sheet");
            assertTrue(WorkbookRules.check(wb).isEmpty(), () -> WorkbookRules.check(wb).toString());
        }
    }

    @Test
    void noSheetWithoutIndicesNorForTheHhiOfTurnover() throws IOException {
        List<Indicator> turnoverHhi = List.of(
                index("KAZ", "KOR", "turnover", "*", "hhi", "0.250000", Unit.RATIO, "HS2", Set.of()));
        try (XSSFWorkbook wb = write(turnoverHhi, "none.xlsx")) {
            assertNull(wb.getSheet(TradeIndicesSheet.NAME));
            assertTrue(!contentsNames(wb).contains(TradeIndicesSheet.NAME));
        }
    }

    private XSSFWorkbook write(List<Indicator> extra, String name) throws IOException {
        ReportData d = SampleReport.data();
        List<Indicator> all = new ArrayList<>(d.indicators());
        all.addAll(extra);
        ReportData data = new ReportData(d.run(), d.inputs(), all, d.rejects(), d.conflicts(), d.warnings(),
                d.sources(), d.remarks(), d.rejectCounts(), d.published());
        Path target = dir.resolve(name);
        writeWorkbook(new WorkbookWriter(), data, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Indicator index(String reporter, String partner, String measure, String commodity, String name,
                                   String value, Unit unit, String basis, Set<Flag> flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, measure, commodity), "2022", name,
                new BigDecimal(value), unit, basis, flags);
    }

    private static String cell(XSSFSheet sheet, int row, int col) {
        return FORMAT.formatCellValue(sheet.getRow(row).getCell(col));
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        Row r = sheet.getRow(index);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            out.add(FORMAT.formatCellValue(r.getCell(c)));
        }
        return out;
    }

    private static String contentsNames(XSSFWorkbook wb) {
        StringBuilder b = new StringBuilder();
        for (Row r : wb.getSheet("Contents")) {
            r.forEach(c -> b.append(FORMAT.formatCellValue(c)).append('\n'));
        }
        return b.toString();
    }
}
