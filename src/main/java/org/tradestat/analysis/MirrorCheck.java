package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * The mirror check of SPEC 4: the same goods are reported twice, as A's exports to B and as B's imports from A.
 * For each trade series of A with B and a mirror figure of B with A for the same period and commodity,
 * {@code mirror_gap_pct} = (mirror − own) / own × 100, with basis B:
 * <ul>
 *   <li>measure {@code export}: (B's import from A − A's export to B) / A's export to B;</li>
 *   <li>measure {@code import}: (B's export to A − A's import from B) / A's import from B.</li>
 * </ul>
 * Each flow of goods gets one warning when the SPEC's gap, on the exporter's figure, exceeds 10% either way
 * (or when the exporter reports nothing and the importer reports some imports).
 */
public final class MirrorCheck {

    public static final String EXPORT = "export";
    public static final String IMPORT = "import";
    /** A gap beyond this, in percent, is worth a warning. */
    public static final BigDecimal WARNING_PCT = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Result(List<Indicator> indicators, List<QualityWarning> warnings) {
    }

    private record Key(String reporter, String partner, String measure, String commodity, Period period) {
    }

    private MirrorCheck() {
    }

    /** @param tradeLevels trade {@code level} indicators; those of measures {@code export} and {@code import} are used */
    public static Result analyse(List<Indicator> tradeLevels) {
        return analyse(tradeLevels, reporter -> true);
    }

    /**
     * The same for the figures of the reporters that {@code reporters} accepts (each compared with its partner's
     * mirror figure, which {@code tradeLevels} must hold too): the comparisons can be made reporter by reporter.
     */
    public static Result analyse(List<Indicator> tradeLevels, java.util.function.Predicate<String> reporters) {
        Map<Key, Indicator> levels = new HashMap<>();
        for (Indicator i : tradeLevels) {
            SeriesKey s = i.series();
            if (s.dataset() == Dataset.TRADE && "level".equals(i.name())
                    && (EXPORT.equals(s.measure()) || IMPORT.equals(s.measure()))) {
                levels.put(new Key(s.reporter(), s.partner(), s.measure(), s.commodity(), Period.parse(i.period())), i);
            }
        }
        List<Indicator> out = new ArrayList<>();
        List<Key> exports = new ArrayList<>();
        for (var entry : levels.entrySet()) {
            Key own = entry.getKey();
            if (!reporters.test(own.reporter())) {
                continue;
            }
            String mirrorMeasure = EXPORT.equals(own.measure()) ? IMPORT : EXPORT;
            Indicator mirror = levels.get(new Key(own.partner(), own.reporter(), mirrorMeasure, own.commodity(), own.period()));
            if (mirror == null) {
                continue;
            }
            if (EXPORT.equals(own.measure())) {
                exports.add(own);
            }
            Indicator ownLevel = entry.getValue();
            if (ownLevel.value().signum() > 0) {
                Value a = Shares.valueOf(ownLevel);
                Value b = Shares.valueOf(mirror);
                out.add(new Indicator(ownLevel.series(), ownLevel.period(), "mirror_gap_pct", gap(a.amount(), b.amount()),
                        Unit.PERCENT, own.partner(), b.flagsWith(a)));
            }
        }
        Comparator<Key> keyOrder = Comparator.comparing(Key::reporter).thenComparing(Key::partner)
                .thenComparing(Key::commodity).thenComparing(Key::period);
        exports.sort(keyOrder);
        List<QualityWarning> warnings = new ArrayList<>();
        for (Key own : exports) {
            BigDecimal exported = levels.get(own).value();
            BigDecimal imported = levels.get(new Key(own.partner(), own.reporter(), IMPORT, own.commodity(), own.period())).value();
            String where = (SeriesKey.ALL_GOODS.equals(own.commodity()) ? "" : "commodity " + own.commodity() + ", ")
                    + own.period();
            String reports = own.reporter() + " reports exports to " + own.partner() + " of " + dollars(exported) + " and "
                    + own.partner() + " imports from " + own.reporter() + " of " + dollars(imported) + " (" + where + ")";
            if (exported.signum() > 0) {
                BigDecimal gap = gap(exported, imported);
                if (gap.abs().compareTo(WARNING_PCT) > 0) {
                    warnings.add(new QualityWarning("mirror gap", reports + ": a mirror gap of "
                            + (gap.signum() > 0 ? "+" : "") + gap.setScale(1, RoundingMode.HALF_UP).toPlainString()
                            + "% on the exporter's figure"));
                }
            } else if (imported.signum() > 0) {
                warnings.add(new QualityWarning("mirror gap", reports + ": the importer reports goods the exporter does not"));
            }
        }
        out.sort(Indicator.BY_SERIES_THEN_PERIOD);
        return new Result(out, warnings);
    }

    /** (mirror − own) / own × 100, for a positive own figure. */
    private static BigDecimal gap(BigDecimal own, BigDecimal mirror) {
        return mirror.subtract(own).multiply(HUNDRED).divide(own, MathContext.DECIMAL64);
    }

    /** Exact, grouped for reading: {@code US$ 1,607,494,136}, {@code US$ 2,154,042,142.24}. */
    private static String dollars(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        f.setParseBigDecimal(true);
        return "US$ " + f.format(v.scale() < 0 ? v.setScale(0) : v);
    }
}
