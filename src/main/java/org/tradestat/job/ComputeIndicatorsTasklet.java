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
import org.tradestat.analysis.AcrossSeries;
import org.tradestat.analysis.EngagementAnalysis;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorColumns;
import org.tradestat.analysis.LevelAnalysis;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.Remark;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.computed.IndicatorStoreWriter;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.Dataset;
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

    /**
     * Threads that analyse trade pairs while the step's own thread reads the next pairs and writes, then compare
     * series.
     */
    private static final int ANALYSTS = 2;

    private final RunRepository runs;

    public ComputeIndicatorsTasklet(RunRepository runs) {
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunContext run = RunContext.of(contribution.getStepExecution());
        runs.clearAnalysis(run.runId());
        ExecutorService analysts = Workers.start("tradestat-analysis", ANALYSTS);
        try (IndicatorStoreWriter store = new IndicatorStoreWriter(run.computedIndicators())) {
            Computation computation = new Computation(run, store);
            computation.eachPair(analysts);
            computation.acrossSeries(analysts);
            store.finish();
            runs.saveWarnings(run.runId(), computation.warnings, 1);
            runs.saveRemarks(run.runId(), computation.remarks);
        } finally {
            analysts.shutdownNow();
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

        void eachPair(ExecutorService analysts) {
            tradePairs(analysts);
            runs.forEachPair(run.runId(), Dataset.INVESTMENT,
                    figures -> write(LevelAnalysis.analyse(figures, run.runDate(), focus)));
            runs.forEachPair(run.runId(), Dataset.COMPANIES, figures -> write(LevelAnalysis.analyse(figures, run.runDate())));
            write(EngagementAnalysis.analyse(runs.events(run.runId()), run.runDate()));
        }

        /** Trade pairs are analysed on {@link #ANALYSTS} threads and written in pair order. */
        private void tradePairs(ExecutorService analysts) {
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
        }

        void acrossSeries(ExecutorService analysts) {
            AcrossSeries.Result compared = new AcrossSeries(acrossSeries, worldByCommodity, runs.groups(run.runId()))
                    .analyse(analysts);
            compared.outlierMarked().forEach(store::markOutlier);
            write(compared.indicators());
            warnings.addAll(compared.warnings());
            remarks.addAll(compared.remarks());
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
                if (AcrossSeries.reads(i)) {
                    // kept to the end: one String per distinct period, not per indicator (millions at 100M lines)
                    String period = periods.computeIfAbsent(i.period(), p -> p);
                    acrossSeries.add(new Indicator(i.series(), period, i.name(), i.value(), i.unit(), i.basis(),
                            i.flags()));
                }
            }
        }
    }
}
