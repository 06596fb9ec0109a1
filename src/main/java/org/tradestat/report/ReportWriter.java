package org.tradestat.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.tradestat.analysis.Indicator;
import org.tradestat.concurrent.Workers;
import org.tradestat.job.RunContext;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.Charts;
import org.tradestat.report.chart.TradeCharts;
import org.tradestat.report.workbook.WorkbookWriter;
import org.tradestat.store.RunRepository;

/**
 * Writes a run's report folder {@code <outputDir>/<runDate>/}: charts, workbook, {@code indicators.csv},
 * {@code rejects.csv} and, last, {@code run.json}. The folder is written atomically as a whole: everything goes to a
 * temporary folder beside it ({@code .tradestat-tmp-<runDate>-<pid>}), which then takes its place. A run that fails
 * or is killed while writing leaves the previous report folder as it was, never a mix of old and new files; the
 * next attempt removes what it left.
 */
public final class ReportWriter {

    /** Above this many indicators (a big customs extract by month) the workbook shows years and halves, all goods. */
    static final long WORKBOOK_INDICATORS = 200_000;

    private final RunRepository runs;

    public ReportWriter(RunRepository runs) {
        this.runs = runs;
    }

    public Path write(RunContext run, JobExecution execution) throws IOException {
        Map<String, String> parameters = new java.util.TreeMap<>();
        for (JobParameter<?> p : execution.getJobParameters()) {
            parameters.put(p.name(), String.valueOf(p.value()));
        }
        ReportData.RunInfo info = new ReportData.RunInfo(execution.getJobInstance().getJobName(), run.runId(),
                run.runDate(), run.period(), parameters);
        ReportData read = runs.reportData(info, run.inputDir());
        Path computed = run.computedIndicators();
        if (!Files.isRegularFile(computed)) {
            // the launcher then finds them missing and starts the run afresh (README, Operations, "Resume")
            throw new IOException("the run's computed indicators (" + computed + ") are gone: run the same command"
                    + " again, it starts the run afresh");
        }
        List<ReportData.Remark> remarks = new ArrayList<>(read.remarks());
        List<Indicator> shown = shownInWorkbook(computed, remarks, WORKBOOK_INDICATORS);
        ReportData data = new ReportData(new ReportData.RunInfo(info.job(), info.runId(), info.runDate(),
                FocusPeriod.choose(run.period(), shown), parameters), read.inputs(), shown,
                read.rejects(), read.conflicts(), read.warnings(), read.sources(), remarks, read.rejectCounts());

        Path target = run.reportDir();
        Path dir = AtomicFiles.temporaryFolderFor(target);
        // Temporary files of runs from before the report folder was written as a whole.
        AtomicFiles.removeLeftovers(target);
        AtomicFiles.removeLeftovers(target.resolve("charts"));
        try {
            write(run, execution, data, dir);
            AtomicFiles.replaceFolder(dir, target);
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
        return target;
    }

    /**
     * The indicators the workbook and charts show: all of them, or, when a run has more than {@code limit} (a big
     * customs extract by month and HS code), those of years and halves and the statistics, for all goods: monthly and
     * quarterly figures and those of single commodities are then in {@code indicators.csv} only, and a remark says
     * so. A workbook of every commodity's comparisons and statistics would run to hundreds of thousands of rows that
     * no reader scrolls through, and would take longer to write than the rest of the run.
     */
    static List<Indicator> shownInWorkbook(Path indicators, List<ReportData.Remark> remarks, long limit)
            throws IOException {
        long count = IndicatorsCsv.count(indicators);
        List<Indicator> shown = new ArrayList<>();
        if (count <= limit) {
            IndicatorsCsv.read(indicators, shown::add);
            return shown;
        }
        IndicatorsCsv.read(indicators, fields -> {
            var period = Period.tryParse(fields.get(5));
            boolean yearOrHalf = period.isEmpty() || period.get().kind() == PeriodKind.YEAR
                    || period.get().kind() == PeriodKind.HALF;
            return yearOrHalf && !isSingleCommodity(fields.get(4));
        }, shown::add);
        remarks.add(new ReportData.Remark("workbook", String.format(java.util.Locale.ROOT, "This run computed %,d"
                + " figures; the workbook shows the %,d of years and half-years for all goods. Monthly and quarterly"
                + " figures, and those of single commodities, are in indicators.csv.", count, shown.size())));
        return shown;
    }

    /** A trade figure of one commodity code, rather than all goods ({@code TOTAL}) or across commodities ({@code *}). */
    private static boolean isSingleCommodity(String commodity) {
        return !commodity.isEmpty() && Character.isDigit(commodity.charAt(0));
    }

    /**
     * The computed indicators into the report folder: a second name for the same file where the file system allows
     * it (the work file's own name goes when the run completes), else a copy. At 10M lines the file is 170 MB.
     */
    private static void linkOrCopy(Path computed, Path target) throws IOException {
        try {
            Files.createLink(target, computed);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(computed, target);
        }
    }

    private void write(RunContext run, JobExecution execution, ReportData read, Path dir) throws IOException {
        Path chartsDir = dir.resolve("charts");
        Files.createDirectories(chartsDir);
        List<String> outputs = new ArrayList<>();
        // rejects.csv first, streamed from the database: the workbook shows the first lines and the counts it saw
        RejectTally rejects = RejectsCsv.write(each -> runs.forEachReject(run.runId(), run.inputDir(), each),
                dir.resolve("rejects.csv"));
        ReportData data = read.withRejects(rejects);

        // The charts are drawn on a thread of their own while the workbook's sheets before the Charts sheet are
        // written; one thread, so that charts are drawn one at a time as before (JFreeChart's text flag is global).
        ExecutorService chartThread = Workers.start("tradestat-charts", 1);
        Charts charts;
        try {
            Future<Charts> drawing = chartThread.submit(
                    () -> new TradeCharts().writeAll(data.indicators(), chartsDir));
            String workbookName = "tradestat-" + run.runDate() + ".xlsx";
            Path workbook = dir.resolve(workbookName);
            Path temp = AtomicFiles.temporaryFor(workbook);
            try {
                new WorkbookWriter().write(data, () -> Workers.await(drawing, "drawing the charts"), temp);
                AtomicFiles.moveIntoPlace(temp, workbook);
            } finally {
                Files.deleteIfExists(temp);
            }
            charts = Workers.await(drawing, "drawing the charts");
            outputs.add(workbookName);
        } finally {
            chartThread.shutdownNow();
        }
        for (ChartImage chart : charts.drawn()) {
            outputs.add("charts/" + chart.png().getFileName());
            outputs.add("charts/" + chart.svg().getFileName());
        }
        linkOrCopy(run.computedIndicators(), dir.resolve("indicators.csv"));
        outputs.add("indicators.csv");
        outputs.add("rejects.csv");

        LocalDateTime start = execution.getStartTime();
        Instant startTime = start == null ? Instant.now() : start.atZone(java.time.ZoneId.systemDefault()).toInstant();
        outputs.add("run.json");
        RunJson.write(data, "COMPLETED", startTime, Instant.now(), outputs, dir.resolve("run.json"));
    }
}
