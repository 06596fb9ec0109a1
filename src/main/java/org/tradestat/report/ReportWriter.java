package org.tradestat.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.computed.StoredIndicators;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.concurrent.Workers;
import org.tradestat.report.chart.Charts;
import org.tradestat.report.chart.TradeCharts;
import org.tradestat.report.model.ReportModel;
import org.tradestat.report.workbook.WorkbookWriter;

/**
 * Writes a run's report folder {@code <outputDir>/<runDate>/}: charts, workbook, {@code indicators.csv},
 * {@code revisions.csv}, {@code rejects.csv} and, last, {@code run.json}. The folder is written atomically as a whole: everything goes to a
 * temporary folder beside it ({@code .tradestat-tmp-<runDate>-<pid>}), which then takes its place. A run that fails
 * or is killed while writing leaves the previous report folder as it was, never a mix of old and new files; the
 * next attempt removes what it left.
 */
public final class ReportWriter {

    /** Above this many indicators (a big customs extract by month) the workbook shows years and halves, all goods. */
    static final long WORKBOOK_INDICATORS = 200_000;
    /**
     * Pairs shown (years and halves, changes, statistics) in a big run's workbook: about 400 rows each, so the
     * workbook stays under about 50,000 rows however big the input.
     */
    static final int PAIRS_IN_FULL = 100;

    /** Writes the report folder {@code request.reportDir()}, and returns it. */
    public Path write(ReportRequest request) throws IOException {
        Path computed = request.computedIndicators();
        if (!Files.isRegularFile(computed)) {
            // the launcher then finds them missing and starts the run afresh (README, Operations, "Resume")
            throw new IOException("the run's computed indicators (" + computed + ") are gone: run the same command"
                    + " again, it starts the run afresh");
        }
        StoredIndicators stored = StoredIndicators.open(computed);
        List<Remark> remarks = new ArrayList<>(request.remarks());
        Map<SeriesKey, Set<Period>> revised = request.revisions().changed();
        List<Indicator> shown = RevisedLevels.mark(
                WorkbookSelection.shown(stored, remarks, WORKBOOK_INDICATORS, PAIRS_IN_FULL,
                        request.run().focusPeriod()), revised);
        ReportData.RunInfo asked = request.run();
        ReportData.RunInfo run = new ReportData.RunInfo(asked.job(), asked.runId(), asked.runDate(),
                FocusPeriod.choose(asked.focusPeriod(), shown), asked.parameters(), asked.contact());

        Path target = request.reportDir();
        Path dir = AtomicFiles.temporaryFolderFor(target);
        // Temporary files of runs from before the report folder was written as a whole.
        AtomicFiles.removeLeftovers(target);
        AtomicFiles.removeLeftovers(target.resolve("charts"));
        try {
            write(request, run, stored, RevisedLevels.in(stored, revised), shown, remarks, dir);
            AtomicFiles.replaceFolder(dir, target);
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
        return target;
    }

    private static void write(ReportRequest request, ReportData.RunInfo run, StoredIndicators stored,
                              RevisedLevels revisedLevels, List<Indicator> shown, List<Remark> remarks, Path dir)
            throws IOException {
        Path chartsDir = dir.resolve("charts");
        Files.createDirectories(chartsDir);
        List<String> outputs = new ArrayList<>();
        // rejects.csv first, streamed from the database: the workbook shows the first lines and the counts it saw
        RejectTally rejects = RejectsCsv.write(request.rejects(), dir.resolve("rejects.csv"));
        ReportData data = new ReportData(run, request.inputs(), shown, rejects.first(), request.conflicts(),
                request.warnings(), request.sources(), remarks, rejects.counts(), request.published(),
                request.revisions());
        RevisionsCsv.write(request.revisions(), dir.resolve("revisions.csv"));

        ReportModel model = ReportModel.of(data);
        // The charts are drawn on a thread of their own while the workbook's sheets before the Charts sheet are
        // written; one thread, so that charts are drawn one at a time as before (JFreeChart's text flag is global).
        // indicators.csv is written on that thread once the charts are drawn, while the workbook is still written.
        ExecutorService chartThread = Workers.start("tradestat-charts", 1);
        Charts charts;
        try {
            Future<Charts> drawing = chartThread.submit(() -> new TradeCharts().writeAll(model, chartsDir));
            Future<Void> indicatorsCsv = chartThread.submit(() -> {
                IndicatorsCsv.write(stored, revisedLevels, dir.resolve("indicators.csv"));
                return null;
            });
            String workbookName = "tradestat-" + run.runDate() + ".xlsx";
            Path workbook = dir.resolve(workbookName);
            Path temp = AtomicFiles.temporaryFor(workbook);
            try {
                new WorkbookWriter().write(data, model, () -> Workers.await(drawing, "drawing the charts"), temp);
                AtomicFiles.moveIntoPlace(temp, workbook);
            } finally {
                Files.deleteIfExists(temp);
            }
            charts = Workers.await(drawing, "drawing the charts");
            Workers.await(indicatorsCsv, "writing indicators.csv");
            outputs.add(workbookName);
        } finally {
            chartThread.shutdownNow();
        }
        for (ChartImage chart : charts.drawn()) {
            outputs.add("charts/" + chart.png().getFileName());
            outputs.add("charts/" + chart.svg().getFileName());
        }
        outputs.add("indicators.csv");
        outputs.add("revisions.csv");
        outputs.add("rejects.csv");

        outputs.add("run.json");
        RunJson.write(data, "COMPLETED", request.startTime(), Instant.now(), outputs, dir.resolve("run.json"));
    }
}
