package org.tradestat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.tradestat.analysis.Concentration;
import org.tradestat.analysis.EngagementAnalysis;
import org.tradestat.analysis.EngagementCorrelation;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorColumns;
import org.tradestat.analysis.LevelAnalysis;
import org.tradestat.analysis.MirrorCheck;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.Remark;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.analysis.Shares;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.analysis.TradeIndices;
import org.tradestat.computed.IndicatorStoreWriter;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.Countries;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.store.RunRepository;

/**
 * Computes every indicator of SPEC 4 from the run's loaded figures: each pair's series first (trade, investment,
 * companies, engagement), then what compares series (shares, concentration, mirror gaps, trade indices, statistics,
 * correlation). The indicators go to the run's {@link RunContext#computedIndicators() store of computed indicators},
 * with the outlier marks that statistics find at the end; warnings and remarks to the database. Starts afresh when
 * it runs again.
 */
public class ComputeIndicatorsTasklet implements Tasklet {

    /** Threads that analyse trade pairs while the step's own thread reads the next pairs and writes. */
    private static final int ANALYSTS = 2;

    private final RunRepository runs;

    public ComputeIndicatorsTasklet(RunRepository runs) {
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunContext run = RunContext.of(contribution.getStepExecution());
        runs.clearAnalysis(run.runId());
        try (IndicatorStoreWriter store = new IndicatorStoreWriter(run.computedIndicators())) {
            Computation computation = new Computation(run, store);
            computation.eachPair();
            computation.acrossSeries();
            store.finish();
            runs.saveWarnings(run.runId(), computation.warnings, 1);
            runs.saveRemarks(run.runId(), computation.remarks);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * One run's computation. Each pair's indicators are written as they come; memory keeps only what the comparisons
     * across series need (levels, and yearly year-on-year changes), not the comparisons of every month of every pair.
     */
    private final class Computation {

        private final RunContext run;
        private final IndicatorStoreWriter store;
        /** The levels and yearly changes that the comparisons across series read, in columns (millions at 100M lines). */
        private final IndicatorColumns acrossSeries = new IndicatorColumns();
        /** The World rows by every commodity code, unfolded: what the trade indices read instead of the shown ones. */
        private final List<Indicator> worldByCommodity = new ArrayList<>();
        private final Map<String, String> periods = new HashMap<>();
        private final List<QualityWarning> warnings = new ArrayList<>();
        private final List<Remark> remarks = new ArrayList<>();
        /** The focus period asked for, where year to date and rolling twelve months are also computed; or null. */
        private final Period focus;

        Computation(RunContext run, IndicatorStoreWriter store) {
            this.run = run;
            this.store = store;
            this.focus = Period.tryParse(run.period()).orElse(null);
        }

        void eachPair() {
            tradePairs();
            runs.forEachPair(run.runId(), Dataset.INVESTMENT,
                    figures -> write(LevelAnalysis.analyse(figures, run.runDate(), focus)));
            runs.forEachPair(run.runId(), Dataset.COMPANIES, figures -> write(LevelAnalysis.analyse(figures, run.runDate())));
            write(EngagementAnalysis.analyse(runs.events(run.runId()), run.runDate()));
        }

        /** Trade pairs are analysed on {@link #ANALYSTS} threads and written in pair order. */
        private void tradePairs() {
            ExecutorService analysts = Workers.start("tradestat-analysis", ANALYSTS);
            try {
                ArrayDeque<Future<TradeAnalysis.Result>> pending = new ArrayDeque<>();
                runs.forEachPair(run.runId(), Dataset.TRADE, figures -> {
                    pending.add(analysts.submit(() -> TradeAnalysis.analyse(figures, run.runDate(), focus)));
                    while (!pending.isEmpty() && (pending.size() > 2 * ANALYSTS || pending.peek().isDone())) {
                        write(Workers.await(pending.poll(), "computing indicators"));
                    }
                });
                while (!pending.isEmpty()) {
                    write(Workers.await(pending.poll(), "computing indicators"));
                }
            } finally {
                analysts.shutdownNow();
            }
        }

        /**
         * Shares, HHI and mirror gaps reporter by reporter (each reads its own period's figures, so the results are
         * those of all reporters at once, in the same order), statistics and correlation on the yearly figures: only
         * one reporter's levels at a time become objects.
         */
        void acrossSeries() {
            var groups = runs.groups(run.runId());
            java.util.SortedSet<String> reporters = new java.util.TreeSet<>();
            for (int k = 0; k < acrossSeries.size(); k++) {
                if (isTradeLevel(k)) {
                    reporters.add(acrossSeries.series(k).reporter());
                }
            }
            List<Indicator> shares = new ArrayList<>();
            List<Indicator> concentration = new ArrayList<>();
            List<Indicator> mirrorGaps = new ArrayList<>();
            List<QualityWarning> aggregateGaps = new ArrayList<>();
            List<QualityWarning> mirrorWarnings = new ArrayList<>();
            for (String reporter : reporters) {
                // shares and HHI read turnover; mirror gaps exports and imports, the reporter's and its partners'
                List<Indicator> turnoverLevels = acrossSeries.select(k -> isTradeLevel(k)
                        && acrossSeries.series(k).reporter().equals(reporter)
                        && Shares.TURNOVER.equals(acrossSeries.series(k).measure()));
                Shares.Result share = Shares.analyse(turnoverLevels, groups);
                shares.addAll(share.indicators());
                share.notComputed().forEach(text -> remarks.add(new Remark("shares", text)));
                aggregateGaps.addAll(Shares.aggregateGaps(turnoverLevels, groups));
                concentration.addAll(Concentration.analyse(turnoverLevels));
                turnoverLevels = null;
                List<Indicator> withMirrors = acrossSeries.select(k -> isTradeLevel(k)
                        && MIRRORED.contains(acrossSeries.series(k).measure())
                        && (acrossSeries.series(k).reporter().equals(reporter)
                        || acrossSeries.series(k).partner().equals(reporter)));
                MirrorCheck.Result mirror = MirrorCheck.analyse(withMirrors, reporter::equals);
                mirrorGaps.addAll(mirror.indicators());
                mirrorWarnings.addAll(mirror.warnings());
            }
            write(shares);
            warnings.addAll(aggregateGaps);
            write(concentration);
            write(mirrorGaps);
            warnings.addAll(mirrorWarnings);
            // the trade indices compare each reporter with the World, the sum over the reporters: all at once
            List<Indicator> indexInput = acrossSeries.select(k -> isTradeLevel(k)
                    && acrossSeries.period(k).length() == 4 && MIRRORED.contains(acrossSeries.series(k).measure())
                    && !(Countries.WORLD.equals(acrossSeries.series(k).partner())
                    && !SeriesKey.ALL_GOODS.equals(acrossSeries.series(k).commodity())));
            indexInput.addAll(worldByCommodity);
            TradeIndices.Result indices = TradeIndices.analyse(indexInput);
            write(indices.indicators());
            remarks.addAll(indices.remarks());

            // statistics series by series, a reporter at a time (its results come in series order: the same order)
            java.util.SortedSet<List<Object>> owners = new java.util.TreeSet<>(java.util.Comparator
                    .comparing((List<Object> o) -> (Dataset) o.get(0)).thenComparing(o -> (String) o.get(1)));
            for (int k = 0; k < acrossSeries.size(); k++) {
                owners.add(List.of(acrossSeries.series(k).dataset(), acrossSeries.series(k).reporter()));
            }
            List<Indicator> statisticsAdded = new ArrayList<>();
            for (List<Object> owner : owners) {
                SeriesStatistics.Result statistics = SeriesStatistics.analyse(yearlyAndOnePerSeries(k ->
                        acrossSeries.series(k).dataset() == owner.get(0)
                                && acrossSeries.series(k).reporter().equals(owner.get(1))));
                statistics.outlierMarked().forEach(store::markOutlier);
                statisticsAdded.addAll(statistics.added());
                statistics.insufficient().forEach(s -> remarks.add(new Remark("statistics", s.sentence())));
            }
            write(statisticsAdded);
            // the correlation reads the yearly engagement counts and all-goods turnover, which statistics leave as they are
            EngagementCorrelation.Result correlation = EngagementCorrelation.analyse(acrossSeries.select(k -> {
                SeriesKey s = acrossSeries.series(k);
                return acrossSeries.period(k).length() == 4 && "level".equals(acrossSeries.name(k))
                        && (s.dataset() == Dataset.ENGAGEMENT || (s.dataset() == Dataset.TRADE
                        && Shares.TURNOVER.equals(s.measure()) && SeriesKey.ALL_GOODS.equals(s.commodity())));
            }));
            write(correlation.added());
            correlation.insufficient().forEach(s -> remarks.add(new Remark("correlation", s.sentence())));
        }

        private static final java.util.Set<String> MIRRORED = java.util.Set.of(MirrorCheck.EXPORT, MirrorCheck.IMPORT);

        private boolean isTradeLevel(int k) {
            return acrossSeries.series(k).dataset() == Dataset.TRADE && "level".equals(acrossSeries.name(k));
        }

        /**
         * What statistics and correlation read: the yearly levels and changes, and the first other figure of each
         * series that has no yearly one of its kind (so that the series is named: "no yearly figure").
         */
        private List<Indicator> yearlyAndOnePerSeries(java.util.function.IntPredicate among) {
            java.util.Set<List<Object>> named = new java.util.HashSet<>();
            for (int k = 0; k < acrossSeries.size(); k++) {
                if (acrossSeries.period(k).length() == 4 && among.test(k)) {
                    named.add(List.of(acrossSeries.series(k), acrossSeries.name(k)));
                }
            }
            return acrossSeries.select(k -> among.test(k) && (acrossSeries.period(k).length() == 4
                    || named.add(List.of(acrossSeries.series(k), acrossSeries.name(k)))));
        }

        private void write(TradeAnalysis.Result pair) {
            write(pair.indicators());
            worldByCommodity.addAll(pair.indexLevels());
            warnings.addAll(pair.warnings());
        }

        private void write(List<Indicator> indicators) {
            try {
                store.append(indicators);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + run.computedIndicators() + ": " + e.getMessage(), e);
            }
            for (Indicator i : indicators) {
                if (neededAcrossSeries(i)) {
                    // kept to the end: one String per distinct period, not per indicator (millions at 100M lines)
                    String period = periods.computeIfAbsent(i.period(), p -> p);
                    acrossSeries.add(new Indicator(i.series(), period, i.name(), i.value(), i.unit(), i.basis(),
                            i.flags()));
                }
            }
        }
    }

    /**
     * Levels, and the year-on-year changes of whole years that the outlier check reads: what shares, concentration,
     * statistics and correlation read.
     */
    private static boolean neededAcrossSeries(Indicator i) {
        if ("level".equals(i.name())) {
            return true;
        }
        return SeriesStatistics.outlierChange(i.series()).equals(i.name()) && i.period().length() == 4;
    }
}
