package org.tradestat.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorName;
import org.tradestat.analysis.Remark;
import org.tradestat.computed.StoredIndicators;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.TradeFacts;

/**
 * The indicators the workbook and charts show, chosen from the run's {@link StoredIndicators store}: all of them, or,
 * when a run has more than a limit (a big customs extract by month and HS code), a workbook a manager can read: years
 * and halves for all goods, with their changes and statistics, for the pairs with the largest trade in their latest
 * year, over their last {@value #YEARS_IN_FULL} years, and the Summary's focus period of those pairs when it is a month or
 * a quarter, with its year to date and rolling twelve months: what a customs release leads with. Other
 * monthly and quarterly figures, commodity figures and the other pairs are then in {@code indicators.csv} only, and a
 * remark says so. A workbook of every month and commodity would run to
 * hundreds of thousands of rows that no reader scrolls through, and would take longer to write than the rest of the
 * run.
 */
final class WorkbookSelection {

    /** Years of trade a big run's workbook shows, to the latest: a century of months would be 450,000 rows. */
    static final int YEARS_IN_FULL = 10;

    private final StoredIndicators stored;
    /** Per text id: the period it names, or null (a range {@code first/last}, a group code, empty). */
    private final Period[] periods;
    /** Per text id: a year, a half, or no period at all (statistics over a range). */
    private final boolean[] yearOrHalf;
    /** Per series id: its pair's number in {@link #pairNames}. */
    private final int[] pairOf;
    private final List<List<String>> pairNames = new ArrayList<>();

    private WorkbookSelection(StoredIndicators stored) {
        this.stored = stored;
        List<String> texts = stored.texts();
        periods = new Period[texts.size()];
        yearOrHalf = new boolean[texts.size()];
        for (int id = 0; id < periods.length; id++) {
            periods[id] = Period.tryParse(texts.get(id)).orElse(null);
            yearOrHalf[id] = periods[id] == null || periods[id].kind() == PeriodKind.YEAR
                    || periods[id].kind() == PeriodKind.HALF;
        }
        List<SeriesKey> series = stored.series();
        pairOf = new int[series.size()];
        Map<List<String>, Integer> pairs = new HashMap<>();
        for (int id = 0; id < pairOf.length; id++) {
            List<String> pair = List.of(series.get(id).reporter(), series.get(id).partner());
            pairOf[id] = pairs.computeIfAbsent(pair, p -> {
                pairNames.add(p);
                return pairNames.size() - 1;
            });
        }
    }

    static List<Indicator> shown(StoredIndicators stored, List<Remark> remarks, long limit, int pairsInFull)
            throws IOException {
        return shown(stored, remarks, limit, pairsInFull, "");
    }

    /** {@code askedFocus}: the focus period asked for ({@code --period}), or empty for the latest month or quarter. */
    static List<Indicator> shown(StoredIndicators stored, List<Remark> remarks, long limit, int pairsInFull,
                                 String askedFocus) throws IOException {
        return new WorkbookSelection(stored).choose(remarks, limit, pairsInFull, Period.tryParse(askedFocus).orElse(null));
    }

    private List<Indicator> choose(List<Remark> remarks, long limit, int pairsInFull, Period askedFocus)
            throws IOException {
        long count = stored.count();
        List<Indicator> shown = new ArrayList<>();
        if (count <= limit) {
            stored.forEach((rows, k) -> shown.add(rows.indicator(k)));
            return shown;
        }
        // Two passes over the store, so that only what is shown is held: first the pairs and their size, then the
        // years and halves of the largest pairs and what compares pairs.
        PairSizes sizes = new PairSizes();
        stored.forEach((rows, k) -> {
            SeriesKey s = rows.series(k);
            if (s.dataset() == Dataset.TRADE && rows.name(k) == IndicatorName.LEVEL
                    && SeriesKey.ALL_GOODS.equals(s.commodity()) && !isAcrossPairs(s, rows.name(k))
                    && yearOrHalf[rows.periodId(k)]) {
                sizes.add(pairOf[rows.seriesId(k)], periods[rows.periodId(k)], s.measure(), rows.value(k));
            }
            if (s.dataset() == Dataset.TRADE && rows.name(k) == IndicatorName.LEVEL) {
                sizes.addPeriod(periods[rows.periodId(k)]);
            }
        });
        // the Summary's period (FocusPeriod): shown in full for these pairs when it is a month or a quarter
        Period focus = askedFocus != null ? askedFocus : sizes.latest();
        if (focus != null && (focus.kind() == PeriodKind.YEAR || focus.kind() == PeriodKind.HALF)) {
            focus = null;
        }
        boolean[] isFocus = new boolean[periods.length];
        for (int id = 0; id < periods.length; id++) {
            isFocus[id] = focus != null && focus.equals(periods[id]);
        }
        Set<Integer> inFull = sizes.largest(pairsInFull);
        OptionalInt latestYear = sizes.latestYear();
        int firstYear = latestYear.isPresent() ? latestYear.getAsInt() - YEARS_IN_FULL + 1 : Integer.MIN_VALUE;
        boolean[] yearsLeftOut = {false};
        stored.forEach((rows, k) -> {
            SeriesKey s = rows.series(k);
            boolean focusTrade = isFocus[rows.periodId(k)] && s.dataset() == Dataset.TRADE;
            if (!(yearOrHalf[rows.periodId(k)] || focusTrade) || isSingleCommodity(s.commodity())) {
                return;
            }
            if (s.dataset() == Dataset.TRADE) {
                Period period = periods[rows.periodId(k)];
                if (period != null && period.year() < firstYear && !focusTrade) {
                    yearsLeftOut[0] = true;
                    return;
                }
                if (!isAcrossPairs(s, rows.name(k)) && !inFull.contains(pairOf[rows.seriesId(k)])) {
                    return;
                }
            }
            shown.add(rows.indicator(k));
        });
        int pairs = sizes.pairs();
        // "insufficient data" sentences of series the workbook does not show (single commodities, other pairs)
        Set<String> shownSeries = new HashSet<>();
        shown.forEach(i -> shownSeries.add(i.series().label()));
        remarks.removeIf(r -> r.topic().equals("statistics") && r.message().indexOf(": ") > 0
                && !shownSeries.contains(r.message().substring(0, r.message().indexOf(": "))));
        String which = inFull.size() == pairs ? "" : String.format(Locale.ROOT, ", for the %,d pairs with the"
                + " largest trade in their latest year (of %,d pairs)", inFull.size(), pairs);
        String years = yearsLeftOut[0] ? String.format(Locale.ROOT, " from %d on", firstYear) : "";
        String focusWords = focus == null ? "" : " and of " + focus.words();
        String otherShort = focus == null ? "Monthly and quarterly figures" : "Other monthly and quarterly figures";
        remarks.add(new Remark("workbook", String.format(Locale.ROOT, "This run computed %,d figures; the"
                + " workbook shows the %,d of years and half-years%s for all goods%s%s. %s, those of single"
                + " commodities%s%s, are in indicators.csv.", count, shown.size(), focusWords, years, which, otherShort,
                which.isEmpty() ? "" : " and those of the other pairs", years.isEmpty() ? "" : ", of earlier years")));
        return shown;
    }

    /** HHI across partners or commodities and shares within a group. */
    private static boolean isAcrossPairs(SeriesKey s, IndicatorName name) {
        return "*".equals(s.partner()) || "*".equals(s.commodity()) || name == IndicatorName.SHARE_PCT;
    }

    /**
     * A trade figure of one commodity code (HS, SITC...) or of the folded rest, rather than all goods ({@code TOTAL})
     * or across commodities ({@code *}).
     */
    static boolean isSingleCommodity(String commodity) {
        return CommodityCode.of(commodity).isPresent() || CommodityCode.isOther(commodity);
    }

    /**
     * The pairs of the all-goods levels it is given, and their size: turnover (else exports plus imports) in their
     * latest year.
     */
    private final class PairSizes {
        private final Map<Integer, Period> latest = new HashMap<>();
        /** The latest trade period, as the Summary chooses it ({@link TradeFacts#RECENCY}). */
        private Period latestPeriod;
        private final Map<Integer, BigDecimal> size = new HashMap<>();

        void add(int pair, Period period, String measure, BigDecimal value) {
            latest.putIfAbsent(pair, null);
            if (period == null || period.kind() != PeriodKind.YEAR
                    || !(measure.equals("turnover") || measure.equals("export") || measure.equals("import"))) {
                return;
            }
            Period known = latest.get(pair);
            if (known == null || period.compareTo(known) > 0) {
                latest.put(pair, period);
                size.put(pair, BigDecimal.ZERO);
            }
            if (period.equals(latest.get(pair))) {
                // turnover where given, else exports plus imports: the larger of the two sums
                size.merge(pair, measure.equals("turnover") ? value.multiply(BigDecimal.valueOf(2)) : value,
                        BigDecimal::add);
            }
        }

        void addPeriod(Period period) {
            if (period != null && (latestPeriod == null || TradeFacts.RECENCY.compare(period, latestPeriod) > 0)) {
                latestPeriod = period;
            }
        }

        Period latest() {
            return latestPeriod;
        }

        int pairs() {
            return latest.size();
        }

        /** The latest year of any pair. */
        OptionalInt latestYear() {
            return latest.values().stream().filter(java.util.Objects::nonNull).mapToInt(Period::year).max();
        }

        /** The {@code how} largest. */
        Set<Integer> largest(int how) {
            List<Integer> ranked = new ArrayList<>(size.keySet());
            ranked.sort(Comparator.comparing((Integer pair) -> size.get(pair)).reversed()
                    .thenComparing(pair -> String.join("|", pairNames.get(pair))));
            return new HashSet<>(ranked.subList(0, Math.min(how, ranked.size())));
        }
    }
}
