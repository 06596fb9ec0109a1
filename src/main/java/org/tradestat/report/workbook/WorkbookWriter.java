package org.tradestat.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.ReportModel;
import org.tradestat.report.model.TradeFacts;

/**
 * Writes the Tradestat workbook (SPEC 7) after the UK Government Analysis Function's guidance "Releasing statistics
 * in spreadsheets": a cover, a contents sheet with links, on every sheet its title in A1 and what it shows, then one
 * table, a real Excel table with one header row, units in the headers, [note N] markers
 * pointing to the Notes sheet, [x] and [z] for empty cells, and signs as well as colours on changes. Each sheet is a
 * {@link WorkbookSheet} of its own; this class puts them in order and writes the file, with its document properties,
 * so that the same input and run date give the same bytes.
 */
public final class WorkbookWriter {

    static final String TITLE = "Tradestat: trade and engagement statistics";
    static final String CONTACT = "Produced by Tradestat (automated)";
    static final String CREATOR = "Tradestat";

    private static final int STREAM_WINDOW = 200;

    private final int maxQualityRows;
    private final int maxWarningRows;

    public WorkbookWriter() {
        this(DataQualitySheet.MAX_QUALITY_ROWS, DataQualitySheet.MAX_WARNING_ROWS);
    }

    /** With a lower limit on the conflicts and warnings listed, so tests can see a cut table without 100,000 rows. */
    WorkbookWriter(int maxQualityRows) {
        this(maxQualityRows, maxQualityRows);
    }

    private WorkbookWriter(int maxQualityRows, int maxWarningRows) {
        this.maxQualityRows = maxQualityRows;
        this.maxWarningRows = maxWarningRows;
    }

    /**
     * Writes the workbook of data, whose indicators model holds, to target (the caller makes it atomic: target is a
     * temporary path it renames). The charts may still be being drawn: {@code charts} is asked for them only when the
     * Charts sheet is written, so the sheets before it are written meanwhile.
     */
    public void write(ReportData data, ReportModel model, Supplier<Charts> charts, Path target) throws IOException {
        TradeFacts facts = model.trade();
        AnalysisFacts more = model.analysis();
        List<WorkbookSheet> sheets = sheets(data, facts, more, charts);
        Path parent = target.toAbsolutePath().getParent();
        Path poi = Files.createTempFile(parent, ".poi-", ".xlsx.tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(STREAM_WINDOW)) {
            // Uncompressed temporary sheet files: disk is cheaper than deflating every row twice.
            wb.setCompressTempFiles(false);
            Styles styles = new Styles(wb);
            for (WorkbookSheet sheet : sheets) {
                write(wb, styles, sheet);
            }
            properties(wb.getXSSFWorkbook(), data, facts, more);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setSelected(i == 0);
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            try (OutputStream out = Files.newOutputStream(poi)) {
                wb.write(out);
            }
            ReproducibleZip.copy(poi, target, data.run().runDate());
        } finally {
            Files.deleteIfExists(poi);
        }
    }

    /** The sheets in the order of the SPEC: the Contents, second, lists all the others. */
    private List<WorkbookSheet> sheets(ReportData data, TradeFacts facts, AnalysisFacts more,
                                       Supplier<Charts> charts) {
        List<Notes.Note> notes = Notes.all(data);
        Period focus = Period.tryParse(data.run().focusPeriod()).orElse(null);
        SourceNotes sources = SourceNotes.of(data.sources(), notes);
        List<WorkbookSheet> sheets = new ArrayList<>(List.of(CoverSheet.sheet(data, facts, more)));
        sheets.addAll(SummarySheet.sheets(facts, more, focus, sources));
        sheets.add(RevisionsSheet.sheet(data.revisions()));
        sheets.add(TradeSheet.sheet(facts, sources));
        sheets.add(ComparisonsSheet.sheet(facts, sources));
        sheets.addAll(SharesSheet.sheets(more, facts, notes, data.published()));
        sheets.addAll(TradeIndicesSheet.sheets(data.indicators()));
        sheets.add(LevelSheet.investment(more, sources));
        sheets.add(LevelSheet.companies(more, sources));
        sheets.addAll(EngagementSheet.sheets(more, sources));
        sheets.addAll(StatisticsSheet.sheets(more));
        sheets.add(ChartsSheet.sheet(charts));
        sheets.addAll(DataQualitySheet.sheets(data, maxQualityRows, maxWarningRows));
        sheets.add(NotesSheet.sheet(notes));
        sheets.add(1, ContentsSheet.sheet(sheets));
        return sheets;
    }

    private static void write(SXSSFWorkbook wb, Styles styles, WorkbookSheet content) {
        SheetBuilder sheet = new SheetBuilder(wb, styles, content.name());
        sheet.title(content.title(), content.about());
        content.write(sheet);
        sheet.selectA1();
        sheet.done();
    }

    private static void properties(XSSFWorkbook wb, ReportData data, TradeFacts facts, AnalysisFacts more) {
        ReportData.RunInfo run = data.run();
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(TITLE + ", as of " + run.runDate());
        String focus = Period.tryParse(run.focusPeriod()).map(Period::label).orElse("the latest period of each pair");
        core.setSubjectProperty("Trade, investment, company and engagement statistics by pair of countries; focus "
                + "period " + focus);
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        Set<String> countries = new TreeSet<>();
        for (Pair p : facts.totalPairs()) {
            countries.add(p.reporter());
            countries.add(p.partner());
        }
        for (Pair p : more.pairs()) {
            for (String c : List.of(p.reporter(), p.partner())) {
                if (c.length() == 3 && c.chars().allMatch(Character::isLetter)) {
                    countries.add(c);
                }
            }
        }
        List<String> keywords = new ArrayList<>(List.of("trade", "statistics", "exports", "imports", "turnover",
                "balance", "investment", "companies", "engagement", "shares", "trends"));
        if (countries.size() <= 20) {
            keywords.addAll(countries);
        }
        core.setKeywords(String.join(", ", keywords));
        core.setDescription(CONTACT + (run.contact().isEmpty() ? "" : " for " + run.contact()) + ": job " + run.job() + ", run id " + run.runId() + ", as-of date "
                + run.runDate() + ". Statistics of trade, investment, companies and engagement between pairs of "
                + "countries, with definitions and sources on the Notes sheet.");
        core.setCategory("Statistics");
        // screen readers choose their voice by it (the spreadsheet guidance's accessibility rules)
        core.getUnderlyingProperties().setLanguageProperty("en-GB");
        Date runDate = Date.from(run.runDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(runDate));
        core.setModified(Optional.of(runDate));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(CREATOR);
    }
}
