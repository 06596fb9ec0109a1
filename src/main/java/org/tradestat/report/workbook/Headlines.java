package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tradestat.figure.CountryNames;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.Change;

/**
 * The first lines of the Summary when a country trades with several partners: its total trade in the focus period
 * and the change on a year earlier, the partners with the largest rise and fall, how many rose, and the balance.
 * Amounts in billions where large, countries by name, periods in words ("July 2026"). Partners are countries: a
 * group's or the World's total is left out, as it holds the countries' trade again. A change of the total is given
 * only when every partner has its year-earlier figure, so that it never compares different sets of partners.
 */
final class Headlines {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Headlines() {
    }

    /** The sentences; none when no country trades with two or more partners in the focus period. */
    static List<String> of(TradeFacts facts, Period focus) {
        if (focus == null) {
            return List.of();
        }
        Map<String, List<Pair>> byCountry = new TreeMap<>();
        for (Pair pair : facts.totalPairs()) {
            // a group's or the World's total would count its members twice
            if (CountryNames.isCountry(pair.partner())
                    && facts.level(pair, SeriesKey.ALL_GOODS, TradeFacts.TURNOVER, focus).isPresent()) {
                byCountry.computeIfAbsent(pair.reporter(), c -> new ArrayList<>()).add(pair);
            }
        }
        Optional<Map.Entry<String, List<Pair>>> home = byCountry.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .max(Comparator.comparingInt((Map.Entry<String, List<Pair>> e) -> e.getValue().size()));
        if (home.isEmpty()) {
            return List.of();
        }
        return sentences(facts, home.get().getKey(), home.get().getValue(), focus);
    }

    private static List<String> sentences(TradeFacts facts, String country, List<Pair> pairs, Period focus) {
        String name = CountryNames.of(country);
        String when = Texts.periodWords(focus);
        List<String> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean approx = false;
        BigDecimal earlier = BigDecimal.ZERO;
        boolean everyEarlier = true;
        List<Change> changes = new ArrayList<>();
        List<Pair> changed = new ArrayList<>();
        for (Pair pair : pairs) {
            Level level = facts.level(pair, SeriesKey.ALL_GOODS, TradeFacts.TURNOVER, focus).orElseThrow();
            total = total.add(level.value());
            approx |= level.has(Flag.APPROX) || level.has(Flag.AT_LEAST) || level.has(Flag.AT_MOST);
            Optional<Change> yoy = facts.change(pair, SeriesKey.ALL_GOODS, TradeFacts.TURNOVER, focus, "yoy");
            if (yoy.isPresent()) {
                earlier = earlier.add(level.value().subtract(yoy.get().abs()));
                changes.add(yoy.get());
                changed.add(pair);
            } else {
                everyEarlier = false;
            }
        }
        String about = approx ? "about " : "";
        StringBuilder first = new StringBuilder("In " + when + ", " + name + "\u2019s trade with the " + pairs.size()
                + " partners in this report came to " + about + Texts.moneyWords(total));
        if (everyEarlier && earlier.signum() > 0) {
            BigDecimal pct = total.subtract(earlier).multiply(HUNDRED).divide(earlier, MathContext.DECIMAL64);
            first.append(", ").append(Texts.percent(pct)).append(pct.signum() >= 0 ? " more" : " less")
                    .append(" than a year earlier");
        }
        out.add(first.append('.').toString());
        if (!changes.isEmpty()) {
            int rise = largest(changes, 1);
            int fall = largest(changes, -1);
            if (rise >= 0) {
                out.add(mover("rise", "up", changed.get(rise), changes.get(rise)));
            }
            if (fall >= 0) {
                out.add(mover("fall", "down", changed.get(fall), changes.get(fall)));
            }
            long up = changes.stream().filter(c -> c.abs().signum() > 0).count();
            long down = changes.stream().filter(c -> c.abs().signum() < 0).count();
            out.add(down == 0 && up == changes.size() ? "Trade rose on a year earlier with all " + up + " partners."
                    : up == 0 && down == changes.size() ? "Trade fell on a year earlier with all " + down + " partners."
                    : "On a year earlier, trade rose with " + up + " of the " + changes.size()
                    + " partners and fell with " + down + ".");
        }
        balance(facts, name, pairs, focus).ifPresent(out::add);
        return out;
    }

    /** The index of the change with the largest absolute amount in the given direction; -1 when none moved so. */
    private static int largest(List<Change> changes, int sign) {
        int best = -1;
        for (int k = 0; k < changes.size(); k++) {
            BigDecimal abs = changes.get(k).abs();
            if (abs.signum() == sign && (best < 0 || abs.abs().compareTo(changes.get(best).abs().abs()) > 0)) {
                best = k;
            }
        }
        return best;
    }

    private static String mover(String noun, String direction, Pair pair, Change c) {
        String pct = c.pct() == null ? "" : " (" + Texts.percent(c.pct()) + ")";
        return "The largest " + noun + " was in trade with " + CountryNames.of(pair.partner()) + ": " + direction + " "
                + Texts.moneyWords(c.abs()) + pct + " on " + Texts.periodWords(c.base()) + ".";
    }

    /** The balance with all partners together, and the largest deficit, when every partner has a balance. */
    private static Optional<String> balance(TradeFacts facts, String name, List<Pair> pairs, Period focus) {
        BigDecimal sum = BigDecimal.ZERO;
        Pair deepest = null;
        BigDecimal deepestValue = BigDecimal.ZERO;
        for (Pair pair : pairs) {
            Optional<Level> b = facts.level(pair, SeriesKey.ALL_GOODS, TradeFacts.BALANCE, focus);
            if (b.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(b.get().value());
            if (b.get().value().compareTo(deepestValue) < 0) {
                deepest = pair;
                deepestValue = b.get().value();
            }
        }
        String with = "With them together, " + name + " had a trade " + (sum.signum() >= 0 ? "surplus" : "deficit")
                + " of " + Texts.moneyWords(sum);
        if (deepest != null) {
            with += "; its largest deficit was with " + CountryNames.of(deepest.partner()) + " ("
                    + Texts.moneyWords(deepestValue) + ")";
        }
        return Optional.of(with + ".");
    }
}
