package org.tradestat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.tradestat.analysis.Concentration;
import org.tradestat.concurrent.Workers;
import org.tradestat.analysis.EngagementAnalysis;
import org.tradestat.analysis.EngagementCorrelation;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.LevelAnalysis;
import org.tradestat.analysis.MirrorCheck;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.analysis.Shares;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.figure.Dataset;
import org.tradestat.report.IndicatorsCsv;
import org.tradestat.report.ReportData.Remark;
import org.tradestat.store.RunRepository;

/**
 * Computes every indicator of SPEC 4 from the run's loaded figures: each pair's series first (trade, investment,
 * companies, engagement), then what compares series (shares, concentration, mirror gaps, statistics,
 * correlation). The indicators go to the run's {@link RunContext#computedIndicators() indicators file}; warnings and
 * remarks to the database. Starts afresh when it runs again.
 */
public class ComputeIndicatorsTasklet implements Tasklet {

    private final RunRepository runs;

    public ComputeIndicatorsTasklet(RunRepository runs) {
        this.runs = runs;
    }

    private static final int ANALYSTS = 2;

    /** A pair's analysis, with its indicators already formatted as lines of indicators.csv. */
    private record AnalysedPair(TradeAnalysis.Result result, List<String> lines) {
    }

    private static List<String> lines(List<Indicator> indicators) {
        List<String> lines = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            lines.add(IndicatorsCsv.line(i));
        }
        return lines;
    }

    /** Levels, and year-on-year changes of whole years: what shares, concentration, statistics and correlation read. */
    private static boolean neededAcrossSeries(Indicator i) {
        if ("level".equals(i.name())) {
            return true;
        }
        return "yoy_pct".equals(i.name()) && i.period().length() == 4;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunContext run = RunContext.of(contribution.getStepExecution());
        long runId = run.runId();
        runs.clearAnalysis(runId);
        try (IndicatorsCsv.Writer computed = new IndicatorsCsv.Writer(run.computedIndicators())) {
            compute(run, computed);
            computed.finish();
        }
        return RepeatStatus.FINISHED;
    }

    private void compute(RunContext run, IndicatorsCsv.Writer computed) {
        long runId = run.runId();
        // Each pair's indicators are written as they come; memory keeps only what the comparisons across series
        // need (levels, and yearly year-on-year changes), not the comparisons of every month of every pair.
        List<Indicator> acrossSeries = new ArrayList<>();
        List<QualityWarning> warnings = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        // where each yearly change was written, so that statistics can flag an outlier in place
        Map<List<Object>, Long> yearlyChangeNumber = new HashMap<>();
        BiConsumer<List<Indicator>, List<String>> storeLines = (batch, lines) -> {
            long first;
            try {
                first = computed.appendLines(lines);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + run.computedIndicators() + ": " + e.getMessage(), e);
            }
            for (int k = 0; k < batch.size(); k++) {
                Indicator i = batch.get(k);
                if (neededAcrossSeries(i)) {
                    acrossSeries.add(i);
                    if ("yoy_pct".equals(i.name())) {
                        yearlyChangeNumber.put(List.of(i.series(), i.period()), first + k);
                    }
                }
            }
        };
        Consumer<List<Indicator>> store = batch -> storeLines.accept(batch, lines(batch));

        // Pairs are analysed on two threads while this one reads the next pairs and writes, in pair order.
        ExecutorService analysts = Workers.start("tradestat-analysis", ANALYSTS);
        try {
            ArrayDeque<Future<AnalysedPair>> pending = new ArrayDeque<>();
            Consumer<AnalysedPair> storePair = pair -> {
                storeLines.accept(pair.result().indicators(), pair.lines());
                warnings.addAll(pair.result().warnings());
            };
            runs.forEachPair(runId, Dataset.TRADE, figures -> {
                pending.add(analysts.submit(() -> {
                    TradeAnalysis.Result result = TradeAnalysis.analyse(figures, run.runDate());
                    return new AnalysedPair(result, lines(result.indicators()));
                }));
                while (pending.size() > 2 * ANALYSTS || pending.peek().isDone()) {
                    storePair.accept(Workers.await(pending.poll(), "computing indicators"));
                    if (pending.isEmpty()) {
                        break;
                    }
                }
            });
            while (!pending.isEmpty()) {
                storePair.accept(Workers.await(pending.poll(), "computing indicators"));
            }
        } finally {
            analysts.shutdownNow();
        }
        runs.forEachPair(runId, Dataset.INVESTMENT, figures -> store.accept(LevelAnalysis.analyse(figures, run.runDate())));
        runs.forEachPair(runId, Dataset.COMPANIES, figures -> store.accept(LevelAnalysis.analyse(figures, run.runDate())));
        store.accept(EngagementAnalysis.analyse(runs.events(runId), run.runDate()));

        List<Indicator> tradeLevels = acrossSeries.stream()
                .filter(i -> i.series().dataset() == Dataset.TRADE && "level".equals(i.name())).toList();
        List<Indicator> turnoverLevels = tradeLevels.stream()
                .filter(i -> Shares.TURNOVER.equals(i.series().measure())).toList();
        var groups = runs.groups(runId);
        Shares.Result shares = Shares.analyse(turnoverLevels, groups);
        store.accept(shares.indicators());
        shares.notComputed().forEach(s -> remarks.add(new Remark("shares", s)));
        warnings.addAll(Shares.aggregateGaps(turnoverLevels, groups));
        store.accept(Concentration.analyse(tradeLevels));
        MirrorCheck.Result mirror = MirrorCheck.analyse(tradeLevels);
        store.accept(mirror.indicators());
        warnings.addAll(mirror.warnings());

        SeriesStatistics.Result statistics = SeriesStatistics.analyse(acrossSeries);
        for (Indicator marked : statistics.outlierMarked()) {
            computed.replace(yearlyChangeNumber.get(List.of(marked.series(), marked.period())), marked);
        }
        List<Indicator> withStatistics = new ArrayList<>(statistics.applyTo(acrossSeries));
        store.accept(statistics.added());
        statistics.insufficient().forEach(s -> remarks.add(new Remark("statistics", s.sentence())));
        EngagementCorrelation.Result correlation = EngagementCorrelation.analyse(withStatistics);
        store.accept(correlation.added());
        correlation.insufficient().forEach(s -> remarks.add(new Remark("correlation", s.sentence())));

        runs.saveWarnings(runId, warnings, 1);
        runs.saveRemarks(runId, remarks);
    }
}
