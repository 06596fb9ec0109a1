package org.tradestat.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.Countries;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;

/**
 * What compares series of a run (docs/indicators.md): shares, concentration and mirror gaps reporter by reporter, the
 * trade indices of each reporter against the World, statistics and outliers series by series, and the correlation of
 * engagement with trade. Each reads the levels and yearly changes that the analyses of the pairs kept, none reads
 * another's results: they run as separate tasks on the given threads, and their results come out in one order
 * whatever the threads did. Only the levels of the task at hand become objects.
 */
public final class AcrossSeries {

    private static final Set<String> MIRRORED = Set.of(MirrorCheck.EXPORT, MirrorCheck.IMPORT);

    /**
     * @param indicators    in the order they are written: shares, concentration, mirror gaps, trade indices,
     *                      statistics, correlation
     * @param outlierMarked the yearly changes that statistics found to be outliers, marked
     */
    public record Result(List<Indicator> indicators, List<Indicator> outlierMarked, List<QualityWarning> warnings,
                         List<Remark> remarks) {
    }

    /** A reporter of a dataset, whose series statistics go through together. */
    private record Owner(Dataset dataset, String reporter) {
    }

    /** An indicator of a series, by name. */
    private record Named(SeriesKey series, String name) {
    }

    private record ByReporter(Shares.Result shares, List<QualityWarning> aggregateGaps, List<Indicator> concentration,
                              MirrorCheck.Result mirror) {
    }

    private final IndicatorColumns kept;
    private final List<Indicator> worldByCommodity;
    private final Map<String, List<String>> groups;

    /**
     * @param kept             the levels and the yearly changes the outlier check reads, of every series
     * @param worldByCommodity the yearly levels of each pair with the World by every commodity code, unfolded
     * @param groups           the run's country groups, by code
     */
    public AcrossSeries(IndicatorColumns kept, List<Indicator> worldByCommodity, Map<String, List<String>> groups) {
        this.kept = kept;
        this.worldByCommodity = worldByCommodity;
        this.groups = groups;
    }

    public Result analyse(ExecutorService threads) {
        List<Future<ByReporter>> byReporter = new ArrayList<>();
        for (String reporter : tradeReporters()) {
            byReporter.add(threads.submit(() -> byReporter(reporter)));
        }
        Future<TradeIndices.Result> indices = threads.submit(this::tradeIndices);
        List<Future<SeriesStatistics.Result>> statistics = new ArrayList<>();
        for (Owner owner : owners()) {
            statistics.add(threads.submit(() -> SeriesStatistics.analyse(yearlyAndOnePerSeries(k ->
                    kept.series(k).dataset() == owner.dataset() && kept.series(k).reporter().equals(owner.reporter())))));
        }
        Future<EngagementCorrelation.Result> correlation = threads.submit(this::correlation);

        List<Indicator> shares = new ArrayList<>();
        List<Indicator> concentration = new ArrayList<>();
        List<Indicator> mirrorGaps = new ArrayList<>();
        List<QualityWarning> aggregateGaps = new ArrayList<>();
        List<QualityWarning> mirrorWarnings = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        for (Future<ByReporter> task : byReporter) {
            ByReporter one = Workers.await(task, "comparing series");
            shares.addAll(one.shares().indicators());
            one.shares().notComputed().forEach(text -> remarks.add(new Remark("shares", text)));
            aggregateGaps.addAll(one.aggregateGaps());
            concentration.addAll(one.concentration());
            mirrorGaps.addAll(one.mirror().indicators());
            mirrorWarnings.addAll(one.mirror().warnings());
        }
        List<Indicator> indicators = new ArrayList<>(shares);
        indicators.addAll(concentration);
        indicators.addAll(mirrorGaps);
        List<QualityWarning> warnings = new ArrayList<>(aggregateGaps);
        warnings.addAll(mirrorWarnings);

        TradeIndices.Result index = Workers.await(indices, "computing the trade indices");
        indicators.addAll(index.indicators());
        remarks.addAll(index.remarks());

        List<Indicator> outlierMarked = new ArrayList<>();
        for (Future<SeriesStatistics.Result> task : statistics) {
            SeriesStatistics.Result one = Workers.await(task, "computing statistics");
            outlierMarked.addAll(one.outlierMarked());
            indicators.addAll(one.added());
            one.insufficient().forEach(s -> remarks.add(new Remark("statistics", s.sentence())));
        }
        EngagementCorrelation.Result correlated = Workers.await(correlation, "computing the correlation");
        indicators.addAll(correlated.added());
        correlated.insufficient().forEach(s -> remarks.add(new Remark("correlation", s.sentence())));
        return new Result(indicators, outlierMarked, warnings, remarks);
    }

    private SortedSet<String> tradeReporters() {
        SortedSet<String> reporters = new TreeSet<>();
        for (int k = 0; k < kept.size(); k++) {
            if (isTradeLevel(k)) {
                reporters.add(kept.series(k).reporter());
            }
        }
        return reporters;
    }

    /** Shares and HHI read the reporter's turnover; mirror gaps the exports and imports of it and its partners. */
    private ByReporter byReporter(String reporter) {
        List<Indicator> turnover = kept.select(k -> isTradeLevel(k) && kept.series(k).reporter().equals(reporter)
                && Shares.TURNOVER.equals(kept.series(k).measure()));
        Shares.Result shares = Shares.analyse(turnover, groups);
        List<QualityWarning> aggregateGaps = Shares.aggregateGaps(turnover, groups);
        List<Indicator> concentration = Concentration.analyse(turnover);
        turnover = null;
        List<Indicator> withMirrors = kept.select(k -> isTradeLevel(k) && MIRRORED.contains(kept.series(k).measure())
                && (kept.series(k).reporter().equals(reporter) || kept.series(k).partner().equals(reporter)));
        return new ByReporter(shares, aggregateGaps, concentration, MirrorCheck.analyse(withMirrors, reporter::equals));
    }

    /** Each reporter against the World, the sum over the reporters: the World rows by every commodity code. */
    private TradeIndices.Result tradeIndices() {
        List<Indicator> input = kept.select(k -> isTradeLevel(k) && kept.period(k).length() == 4
                && MIRRORED.contains(kept.series(k).measure())
                && !(Countries.WORLD.equals(kept.series(k).partner())
                && !SeriesKey.ALL_GOODS.equals(kept.series(k).commodity())));
        input.addAll(worldByCommodity);
        return TradeIndices.analyse(input);
    }

    /** Statistics go series by series, a reporter of a dataset at a time; these are the (dataset, reporter)s. */
    private SortedSet<Owner> owners() {
        SortedSet<Owner> owners = new TreeSet<>(Comparator.comparing(Owner::dataset).thenComparing(Owner::reporter));
        for (int k = 0; k < kept.size(); k++) {
            owners.add(new Owner(kept.series(k).dataset(), kept.series(k).reporter()));
        }
        return owners;
    }

    /** The yearly engagement counts and all-goods turnover. */
    private EngagementCorrelation.Result correlation() {
        return EngagementCorrelation.analyse(kept.select(k -> {
            SeriesKey s = kept.series(k);
            return kept.period(k).length() == 4 && "level".equals(kept.name(k))
                    && (s.dataset() == Dataset.ENGAGEMENT || (s.dataset() == Dataset.TRADE
                    && Shares.TURNOVER.equals(s.measure()) && SeriesKey.ALL_GOODS.equals(s.commodity())));
        }));
    }

    private boolean isTradeLevel(int k) {
        return kept.series(k).dataset() == Dataset.TRADE && "level".equals(kept.name(k));
    }

    /**
     * What statistics read: the yearly levels and changes, and the first other figure of each series that has no
     * yearly one of its kind (so that the series is named: "no yearly figure").
     */
    private List<Indicator> yearlyAndOnePerSeries(IntPredicate among) {
        Set<Named> named = new HashSet<>();
        for (int k = 0; k < kept.size(); k++) {
            if (kept.period(k).length() == 4 && among.test(k)) {
                named.add(new Named(kept.series(k), kept.name(k)));
            }
        }
        return kept.select(k -> among.test(k) && (kept.period(k).length() == 4
                || named.add(new Named(kept.series(k), kept.name(k)))));
    }

    /**
     * Whether an indicator is one that the comparisons read: a level, or a year-on-year change of a whole year of the
     * kind the outlier check reads.
     */
    public static boolean reads(Indicator i) {
        if ("level".equals(i.name())) {
            return true;
        }
        return SeriesStatistics.outlierChange(i.series()).equals(i.name()) && i.period().length() == 4;
    }
}
