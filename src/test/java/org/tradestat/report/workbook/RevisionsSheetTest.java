package org.tradestat.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradestat.report.workbook.SampleReport.writeWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Revisions;
import org.tradestat.analysis.RunFigure;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;

/** The Revisions sheet of a run that revised more figures than it lists, read back with POI. */
class RevisionsSheetTest {

    private static final DataFormatter FORMAT = new DataFormatter();
    private static final LocalDate PREVIOUS_RUN = LocalDate.parse("2024-06-30");

    @TempDir
    Path dir;

    @Test
    void aLongListIsCutAtATableOfAThousandRowsWithTheCountAndThePointerToTheCsv() throws IOException {
        List<RunFigure> previous = new ArrayList<>();
        List<RunFigure> current = new ArrayList<>();
        // 998 monthly exports from 1940-01 on, each revised by +10 dollars times its number: 10, 20, ... 9,980
        for (int m = 0; m < 998; m++) {
            Period month = Period.parse(String.format("%d-%02d", 1940 + m / 12, m % 12 + 1));
            BigDecimal before = BigDecimal.valueOf(1000L * (m + 1));
            SeriesKey exports = SeriesKey.trade("KGZ", "KOR", "export", "TOTAL");
            previous.add(new RunFigure(exports, month, before));
            current.add(new RunFigure(exports, month, before.add(BigDecimal.valueOf(10L * (m + 1)))));
        }
        SeriesKey companies = new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", "operating", "");
        previous.add(new RunFigure(companies, Period.parse("2023"), new BigDecimal("370")));
        current.add(new RunFigure(companies, Period.parse("2023"), new BigDecimal("371"))); // the smallest change, +1
        previous.add(new RunFigure(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "stock", ""), Period.parse("2023"),
                new BigDecimal("4300000000"))); // gone
        current.add(new RunFigure(SeriesKey.trade("KAZ", "KOR", "export", "TOTAL"), Period.parse("2024-01"),
                new BigDecimal("5"))); // new: the 1,001st, not listed
        previous.sort(RunFigure.KEY_ORDER);
        current.sort(RunFigure.KEY_ORDER);
        Revisions revisions = Revisions.compare(PREVIOUS_RUN, previous.iterator(), current.iterator());

        try (XSSFWorkbook wb = write(revisions)) {
            XSSFSheet sheet = wb.getSheet(RevisionsSheet.NAME);
            assertThat(text(sheet, 0, 0)).isEqualTo("Revisions");
            assertThat(text(sheet, 2, 0)).isEqualTo("1,001 figures differ from the run of 2024-06-30. The first 1,000"
                    + " are listed here; revisions.csv next to this workbook lists them all.");
            XSSFTable table = sheet.getTables().get(0);
            int header = table.getStartRowIndex();
            assertThat(table.getEndRowIndex() - header).isEqualTo(RevisionsSheet.MAX_ROWS);
            // the largest change first: the 998th month, 1940-01 + 997 months = 2023-02, +10 * 998 = +9,980
            assertThat(sheet.getRow(header + 1).getCell(5).getStringCellValue()).isEqualTo("2023-02");
            assertThat(sheet.getRow(header + 1).getCell(8).getNumericCellValue()).isEqualTo(9980.0);
            assertThat(row(sheet, header + 999)).containsExactly("companies", "KOR", "KAZ", "operating", "[z]", "2023",
                    "370", "371", "+1", "Revised [r]");
            List<String> gone = row(sheet, header + 1000);
            assertThat(gone.subList(0, 6)).containsExactly("investment", "KOR", "KAZ", "stock", "[z]", "2023");
            assertThat(sheet.getRow(header + 1000).getCell(6).getNumericCellValue()).isEqualTo(4.3e9);
            assertThat(gone.subList(7, 10)).containsExactly("[x]", "[z]", "No longer given");
            assertThat(WorkbookRules.check(wb)).isEmpty();

            String cover = String.join("\n", lines(wb.getSheet("Cover")));
            assertThat(cover).contains("999 figures revised since the run of 2024-06-30; 1 figure no longer given and"
                    + " 1 new for the periods that run covered. The Revisions sheet lists them.",
                    "[r] revised since the previous run");
            assertThat(String.join("\n", lines(wb.getSheet("Notes")))).contains("Revisions [r]");
        }
    }

    private XSSFWorkbook write(Revisions revisions) throws IOException {
        ReportData d = SampleReport.data();
        ReportData data = new ReportData(d.run(), d.inputs(), d.indicators(), d.rejects(), d.conflicts(), d.warnings(),
                d.sources(), d.remarks(), d.rejectCounts(), d.published(), revisions);
        Path target = dir.resolve("revisions.xlsx");
        writeWorkbook(new WorkbookWriter(), data, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return FORMAT.formatCellValue(sheet.getRow(row).getCell(col));
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            out.add(text(sheet, index, c));
        }
        return out;
    }

    private static List<String> lines(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            r.forEach(c -> out.add(FORMAT.formatCellValue(c)));
        }
        return out;
    }
}
