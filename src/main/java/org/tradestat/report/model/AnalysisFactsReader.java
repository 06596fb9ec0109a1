package org.tradestat.report.model;

import static org.tradestat.report.model.AnalysisFacts.CATEGORIES;
import static org.tradestat.report.model.AnalysisFacts.CORRELATION;
import static org.tradestat.report.model.AnalysisFacts.LEVELS;
import static org.tradestat.report.model.AnalysisFacts.SERIES_ORDER;
import static org.tradestat.report.model.AnalysisFacts.STATISTICS;
import static org.tradestat.report.model.AnalysisFacts.category;
import static org.tradestat.report.model.AnalysisFacts.level;
import static org.tradestat.report.model.Pair.unordered;
import static org.tradestat.report.model.TradeFacts.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts.Concentration;
import org.tradestat.report.model.AnalysisFacts.EventYear;
import org.tradestat.report.model.AnalysisFacts.LevelRow;
import org.tradestat.report.model.AnalysisFacts.SeriesStats;

/**
 * Sorts the indicators of a run into {@link AnalysisFacts}: each goes to the table or the statistics it belongs to,
 * changes to the level they compare, and every list is put in the order the sheets show it.
 */
final class AnalysisFactsReader {

    private AnalysisFactsReader() {
    }

    static AnalysisFacts read(List<Indicator> indicators, List<Remark> remarks) {
        AnalysisFacts f = new AnalysisFacts();
        Map<Dataset, Map<List<Object>, LevelRow>> rows = new HashMap<>();
        Map<Dataset, List<Indicator>> changes = new HashMap<>();
        Map<Pair, Map<Integer, Map<String, Long>>> events = new TreeMap<>();
        Map<List<Object>, Indicator[]> hhi = new LinkedHashMap<>();
        Map<SeriesKey, SeriesStats> stats = new TreeMap<>(SERIES_ORDER);
        Map<SeriesKey, SeriesStats> corr = new TreeMap<>(SERIES_ORDER);
        for (Indicator i : indicators) {
            SeriesKey s = i.series();
            f.inInput.add(s.dataset());
            f.pairs.add(unordered(s.reporter(), s.partner()));
            String name = i.name();
            if ("level".equals(name)) {
                f.yearlyLevels.add(i);
            }
            if (STATISTICS.contains(name)) {
                stats.computeIfAbsent(s, k -> new SeriesStats(k, i.period(), new LinkedHashMap<>(), new ArrayList<>()))
                        .figures().put(name, i);
                continue;
            }
            if ("outlier_z".equals(name)) {
                stats.computeIfAbsent(s, k -> new SeriesStats(k, "", new LinkedHashMap<>(), new ArrayList<>()))
                        .outliers().add(i);
                continue;
            }
            if (CORRELATION.contains(name)) {
                corr.computeIfAbsent(s, k -> new SeriesStats(k, i.period(), new LinkedHashMap<>(), new ArrayList<>()))
                        .figures().put(name, i);
                continue;
            }
            switch (s.dataset()) {
                case INVESTMENT, COMPANIES -> {
                    Optional<Period> p = Period.tryParse(i.period());
                    if (p.isEmpty()) {
                        continue;
                    }
                    if ("level".equals(name)) {
                        rows.computeIfAbsent(s.dataset(), k -> new LinkedHashMap<>())
                                .put(List.of(s, p.get(), i.basis()), new LevelRow(s, p.get(), i, new TreeMap<>()));
                    } else {
                        changes.computeIfAbsent(s.dataset(), k -> new ArrayList<>()).add(i);
                    }
                }
                case ENGAGEMENT -> {
                    if ("years_since_previous".equals(name)) {
                        f.yearsBetween.add(i);
                    } else if ("level".equals(name)) {
                        Optional<Period> p = Period.tryParse(i.period());
                        if (p.isPresent()) {
                            events.computeIfAbsent(unordered(s.reporter(), s.partner()), k -> new TreeMap<>())
                                    .computeIfAbsent(p.get().year(), k -> new TreeMap<>())
                                    .merge(s.measure(), i.value().longValue(), Long::sum);
                        }
                    }
                }
                case TRADE -> {
                    switch (name) {
                        case "share_pct" -> f.shares.add(i);
                        case "mirror_gap_pct" -> f.mirrorGaps.add(i);
                        case "hhi", "hhi_normalized" -> {
                            Indicator[] both = hhi.computeIfAbsent(List.of(s, i.period()), k -> new Indicator[2]);
                            both["hhi".equals(name) ? 0 : 1] = i;
                        }
                        default -> {
                            // trade levels and changes: TradeFacts
                        }
                    }
                }
            }
        }
        for (Dataset d : List.of(Dataset.INVESTMENT, Dataset.COMPANIES)) {
            Map<List<Object>, LevelRow> byKey = rows.getOrDefault(d, Map.of());
            for (Indicator c : changes.getOrDefault(d, List.of())) {
                attachChange(byKey, c);
            }
            List<LevelRow> list = new ArrayList<>(byKey.values());
            list.sort(Comparator.comparing(LevelRow::series, SERIES_ORDER)
                    .thenComparing(r -> r.since() == null ? "" : r.since())
                    .thenComparing(LevelRow::period));
            f.levelRows.put(d, list);
        }
        events.forEach((pair, years) -> years.forEach((year, counts) ->
                f.eventYears.add(new EventYear(pair, year, counts))));
        f.yearsBetween.sort(Comparator
                .comparing((Indicator i) -> unordered(i.series().reporter(), i.series().partner()))
                .thenComparing(i -> rank(CATEGORIES, category(i.series().measure())))
                .thenComparing(i -> rank(LEVELS, level(i.series().measure()))));
        for (var e : hhi.entrySet()) {
            Indicator[] both = e.getValue();
            Indicator any = both[0] != null ? both[0] : both[1];
            Optional<Period> p = Period.tryParse(any.period());
            p.ifPresent(period -> f.concentration.add(new Concentration(any.series(), period, both[0], both[1])));
        }
        f.concentration.sort(Comparator.comparing((Concentration c) -> c.series().reporter())
                .thenComparing(c -> !c.acrossPartners())
                .thenComparing(c -> c.series().partner())
                .thenComparing(Concentration::period));
        f.shares.sort(Comparator.comparing((Indicator i) -> i.series().reporter()).thenComparing(Indicator::basis)
                .thenComparing(i -> Period.tryParse(i.period()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.series().partner()));
        f.mirrorGaps.sort(Comparator.comparing((Indicator i) -> i.series().reporter())
                .thenComparing(i -> i.series().partner())
                .thenComparing(i -> i.series().measure())
                .thenComparing(i -> i.series().commodity(), TradeFacts.COMMODITY_ORDER)
                .thenComparing(i -> Period.tryParse(i.period()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        for (SeriesStats st : stats.values()) {
            st.outliers().sort(Comparator.comparing(Indicator::period));
            f.statistics.add(st);
            Forecast.of(st).ifPresent(forecast -> f.forecasts.put(forecast.pair(), forecast));
        }
        f.correlations.addAll(corr.values());
        for (Remark r : remarks) {
            if (r != null && r.message() != null && !r.message().isBlank()) {
                f.remarks.computeIfAbsent(r.topic() == null ? "" : r.topic(), k -> new ArrayList<>())
                        .add(r.message().trim());
            }
        }
        return f;
    }

    /**
     * A change belongs to the level of its period; where a cumulative series has levels with different start years
     * for one period, to the one whose start year also has the comparator's level.
     */
    private static void attachChange(Map<List<Object>, LevelRow> byKey, Indicator c) {
        Optional<Period> p = Period.tryParse(c.period());
        if (p.isEmpty()) {
            return;
        }
        LevelRow chosen = null;
        for (LevelRow row : byKey.values()) {
            if (!row.series().equals(c.series()) || !row.period().equals(p.get())) {
                continue;
            }
            if (chosen == null) {
                chosen = row;
            } else {
                Optional<Period> base = Period.tryParse(c.basis());
                String since = row.level().basis();
                if (base.isPresent() && byKey.containsKey(List.of(row.series(), base.get(), since))) {
                    chosen = row;
                }
            }
        }
        if (chosen != null) {
            chosen.changes().putIfAbsent(c.name(), c);
        }
    }
}
