package org.tradestat.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.Charts;
import org.tradestat.report.chart.TradeCharts;
import org.tradestat.report.model.ReportModel;
import org.tradestat.report.workbook.WorkbookWriter;

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
    /**
     * Pairs shown (years and halves, changes, statistics) in a big run's workbook: about 400 rows each, so the
     * workbook stays under about 50,000 rows however big the input.
     */
    static final int PAIRS_IN_FULL = 100;
    /** Years of trade a big run's workbook shows, to the latest: a century of months would be 450,000 rows. */
    static final int YEARS_IN_FULL = 10;

    /** Writes the report folder {@code request.reportDir()}, and returns it. */
    public Path write(ReportRequest request) throws IOException {
        Path computed = request.computedIndicators();
        if (!Files.isRegularFile(computed)) {
            // the launcher then finds them missing and starts the run afresh (README, Operations, "Resume")
            throw new IOException("the run's computed indicators (" + computed + ") are gone: run the same command"
                    + " again, it starts the run afresh");
        }
        List<Remark> remarks = new ArrayList<>(request.remarks());
        List<Indicator> shown = shownInWorkbook(computed, remarks, WORKBOOK_INDICATORS);
        ReportData.RunInfo asked = request.run();
        ReportData.RunInfo run = new ReportData.RunInfo(asked.job(), asked.runId(), asked.runDate(),
                FocusPeriod.choose(asked.focusPeriod(), shown), asked.parameters());

        Path target = request.reportDir();
        Path dir = AtomicFiles.temporaryFolderFor(target);
        // Temporary files of runs from before the report folder was written as a whole.
        AtomicFiles.removeLeftovers(target);
        AtomicFiles.removeLeftovers(target.resolve("charts"));
        try {
            write(request, run, shown, remarks, dir);
            AtomicFiles.replaceFolder(dir, target);
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
        return target;
    }

    /**
     * The indicators the workbook and charts show: all of them, or, when a run has more than {@code limit} (a big
     * customs extract by month and HS code), a workbook a manager can read: years and halves for all goods, with their
     * changes and statistics, for the {@value #PAIRS_IN_FULL} pairs with the largest trade in their latest year.
     * Monthly, quarterly and commodity figures, and the other pairs, are then in {@code indicators.csv} only, and a
     * remark says so.
     * A workbook of every month and commodity would run to hundreds of thousands of rows that no reader scrolls
     * through, and would take longer to write than the rest of the run.
     */
    static List<Indicator> shownInWorkbook(Path indicators, List<Remark> remarks, long limit)
            throws IOException {
        return shownInWorkbook(indicators, remarks, limit, PAIRS_IN_FULL);
    }

    static List<Indicator> shownInWorkbook(Path indicators, List<Remark> remarks, long limit,
                                           int pairsInFull) throws IOException {
        long count = IndicatorsCsv.count(indicators);
        List<Indicator> shown = new ArrayList<>();
        if (count <= limit) {
            IndicatorsCsv.read(indicators, shown::add);
            return shown;
        }
        // Two passes over the file, so that only what is shown is held: first the pairs and their size, then the
        // years and halves of the largest pairs and what compares pairs.
        PairSizes sizes = new PairSizes();
        IndicatorsCsv.read(indicators, fields -> "trade".equals(fields.get(0)) && "level".equals(fields.get(6))
                && SeriesKey.ALL_GOODS.equals(fields.get(4)) && !isAcrossPairs(fields) && yearOrHalf(fields),
                sizes::add);
        Set<List<String>> inFull = sizes.largest(pairsInFull);
        int firstYear = sizes.latestYear().isPresent() ? sizes.latestYear().getAsInt() - YEARS_IN_FULL + 1
                : Integer.MIN_VALUE;
        boolean[] yearsLeftOut = {false};
        IndicatorsCsv.read(indicators, fields -> {
            if (!yearOrHalf(fields) || isSingleCommodity(fields.get(4))) {
                return false;
            }
            if (!"trade".equals(fields.get(0))) {
                return true;
            }
            var period = Period.tryParse(fields.get(5));
            if (period.isPresent() && period.get().year() < firstYear) {
                yearsLeftOut[0] = true;
                return false;
            }
            return isAcrossPairs(fields) || inFull.contains(List.of(fields.get(1), fields.get(2)));
        }, shown::add);
        Set<List<String>> pairs = sizes.pairs();
        // "insufficient data" sentences of series the workbook does not show (single commodities, other pairs)
        Set<String> shownSeries = new HashSet<>();
        shown.forEach(i -> shownSeries.add(i.series().label()));
        remarks.removeIf(r -> r.topic().equals("statistics") && r.message().indexOf(": ") > 0
                && !shownSeries.contains(r.message().substring(0, r.message().indexOf(": "))));
        String which = inFull.size() == pairs.size() ? "" : String.format(Locale.ROOT, ", for the %,d pairs with the"
                + " largest trade in their latest year (of %,d pairs)", inFull.size(), pairs.size());
        String years = yearsLeftOut[0] ? String.format(Locale.ROOT, " from %d on", firstYear) : "";
        remarks.add(new Remark("workbook", String.format(Locale.ROOT, "This run computed %,d figures; the"
                + " workbook shows the %,d of years and half-years for all goods%s%s. Monthly and quarterly figures,"
                + " those of single commodities%s%s, are in indicators.csv.", count, shown.size(), years, which,
                which.isEmpty() ? "" : " and those of the other pairs", years.isEmpty() ? "" : ", of earlier years")));
        return shown;
    }

    private static boolean yearOrHalf(List<String> fields) {
        var period = Period.tryParse(fields.get(5));
        return period.isEmpty() || period.get().kind() == PeriodKind.YEAR || period.get().kind() == PeriodKind.HALF;
    }

    /** HHI across partners or commodities and shares within a group, as the fields of indicators.csv give them. */
    private static boolean isAcrossPairs(List<String> fields) {
        return "*".equals(fields.get(2)) || "*".equals(fields.get(4)) || "share_pct".equals(fields.get(6));
    }

    /**
     * The pairs of the all-goods levels it is given, and their size: turnover (else exports plus imports) in their
     * latest year.
     */
    static final class PairSizes {
        private final Map<List<String>, Period> latest = new HashMap<>();
        private final Map<List<String>, BigDecimal> size = new HashMap<>();

        void add(Indicator i) {
            List<String> pair = pair(i);
            latest.putIfAbsent(pair, null);
            Optional<Period> p = Period.tryParse(i.period());
            String m = i.series().measure();
            if (p.isEmpty() || p.get().kind() != PeriodKind.YEAR
                    || !(m.equals("turnover") || m.equals("export") || m.equals("import"))) {
                return;
            }
            Period known = latest.get(pair);
            if (known == null || p.get().compareTo(known) > 0) {
                latest.put(pair, p.get());
                size.put(pair, BigDecimal.ZERO);
            }
            if (p.get().equals(latest.get(pair))) {
                // turnover where given, else exports plus imports: the larger of the two sums
                size.merge(pair, m.equals("turnover") ? i.value().multiply(BigDecimal.valueOf(2)) : i.value(),
                        BigDecimal::add);
            }
        }

        Set<List<String>> pairs() {
            return latest.keySet();
        }

        /** The latest year of any pair. */
        java.util.OptionalInt latestYear() {
            return latest.values().stream().filter(java.util.Objects::nonNull).mapToInt(Period::year).max();
        }

        /** The {@code how} largest. */
        Set<List<String>> largest(int how) {
            List<List<String>> ranked = new ArrayList<>(size.keySet());
            ranked.sort(Comparator.comparing((List<String> pair) -> size.get(pair)).reversed()
                    .thenComparing(pair -> String.join("|", pair)));
            return new HashSet<>(ranked.subList(0, Math.min(how, ranked.size())));
        }
    }

    private static List<String> pair(Indicator i) {
        return List.of(i.series().reporter(), i.series().partner());
    }

    /**
     * A trade figure of one commodity code (HS, SITC...) or of the folded rest, rather than all goods ({@code TOTAL})
     * or across commodities ({@code *}).
     */
    static boolean isSingleCommodity(String commodity) {
        return CommodityCode.of(commodity).isPresent() || CommodityCode.isOther(commodity);
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

    private static void write(ReportRequest request, ReportData.RunInfo run, List<Indicator> shown,
                              List<Remark> remarks, Path dir) throws IOException {
        Path chartsDir = dir.resolve("charts");
        Files.createDirectories(chartsDir);
        List<String> outputs = new ArrayList<>();
        // rejects.csv first, streamed from the database: the workbook shows the first lines and the counts it saw
        RejectTally rejects = RejectsCsv.write(request.rejects(), dir.resolve("rejects.csv"));
        ReportData data = new ReportData(run, request.inputs(), shown, rejects.first(), request.conflicts(),
                request.warnings(), request.sources(), remarks, rejects.counts(), request.published());

        ReportModel model = ReportModel.of(data);
        // The charts are drawn on a thread of their own while the workbook's sheets before the Charts sheet are
        // written; one thread, so that charts are drawn one at a time as before (JFreeChart's text flag is global).
        ExecutorService chartThread = Workers.start("tradestat-charts", 1);
        Charts charts;
        try {
            Future<Charts> drawing = chartThread.submit(() -> new TradeCharts().writeAll(model, chartsDir));
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
            outputs.add(workbookName);
        } finally {
            chartThread.shutdownNow();
        }
        for (ChartImage chart : charts.drawn()) {
            outputs.add("charts/" + chart.png().getFileName());
            outputs.add("charts/" + chart.svg().getFileName());
        }
        linkOrCopy(request.computedIndicators(), dir.resolve("indicators.csv"));
        outputs.add("indicators.csv");
        outputs.add("rejects.csv");

        outputs.add("run.json");
        RunJson.write(data, "COMPLETED", request.startTime(), Instant.now(), outputs, dir.resolve("run.json"));
    }
}
