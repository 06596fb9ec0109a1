package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.Findings.MAX_PAIRS;
import static org.tradestat.report.workbook.Findings.changeQualifier;
import static org.tradestat.report.workbook.Findings.fallbackNote;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.Change;

/**
 * The headline findings on trade in all goods, by pair: the figure of the focus period with its changes, the whole
 * year around it, the long-run change, and how exports and imports split the turnover. Approximate, lower-bound and
 * derived figures say so in words.
 */
final class TradeFindings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TradeFindings() {
    }

    /** The sentences of each pair; of the {@value Findings#MAX_PAIRS} largest when there are more, saying so. */
    static List<String> headline(TradeFacts facts, Period focus) {
        List<Pair> pairs = facts.totalPairs();
        if (pairs.isEmpty()) {
            return List.of("No trade figures were loaded for this run, so there are no findings to report.");
        }
        List<Pair> chosen = pairs;
        if (pairs.size() > MAX_PAIRS) {
            chosen = new ArrayList<>(pairs);
            chosen.sort(Comparator.comparing((Pair p) -> headlineSize(facts, p, focus)).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            chosen = new ArrayList<>(chosen.subList(0, MAX_PAIRS));
            chosen.sort(Comparator.naturalOrder());
        }
        List<String> out = new ArrayList<>();
        for (Pair pair : chosen) {
            out.addAll(forPair(facts, pair, focus));
        }
        if (chosen.size() < pairs.size()) {
            out.add("These findings cover the " + chosen.size() + " pairs with the largest figures; the Key figures "
                    + "sheet lists all " + pairs.size() + " pairs.");
        }
        return out;
    }

    private static BigDecimal headlineSize(TradeFacts facts, Pair pair, Period focus) {
        Optional<Period> shown = facts.shownPeriod(pair, focus);
        if (shown.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return headlineMeasure(facts, pair, shown.get())
                .flatMap(m -> facts.level(pair, SeriesKey.ALL_GOODS, m, shown.get()))
                .map(Level::value).orElse(BigDecimal.ZERO);
    }

    /** Turnover where there is one, else export, else import. */
    private static Optional<String> headlineMeasure(TradeFacts facts, Pair pair, Period period) {
        for (String m : List.of(TradeFacts.TURNOVER, TradeFacts.EXPORT, TradeFacts.IMPORT)) {
            if (facts.level(pair, SeriesKey.ALL_GOODS, m, period).isPresent()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static List<String> forPair(TradeFacts facts, Pair pair, Period focus) {
        Optional<Period> shownOpt = facts.shownPeriod(pair, focus);
        if (shownOpt.isEmpty()) {
            return List.of();
        }
        Period shown = shownOpt.get();
        Set<String> out = new LinkedHashSet<>();
        String measure = headlineMeasure(facts, pair, shown).orElse(TradeFacts.TURNOVER);
        String levelSentence = levelSentence(facts, pair, measure, shown, "");
        if (focus != null && !shown.equals(focus)) {
            levelSentence = levelSentence.substring(0, levelSentence.length() - 1) + " ("
                    + fallbackNote(focus, shown) + ").";
        }
        out.add(levelSentence);
        RunningTotalFindings.sentence(facts, pair, measure, shown, Texts.capitalize(measurePhrase(measure, pair)))
                .ifPresent(out::add);
        Set<Period> described = new TreeSet<>();
        described.add(shown);

        if (shown.kind() != PeriodKind.YEAR) {
            Period year = Period.year(shown.year());
            if (facts.level(pair, SeriesKey.ALL_GOODS, measure, year).isPresent()) {
                out.add(levelSentence(facts, pair, measure, year, "In " + Texts.periodWords(year) + " as a whole, "));
                described.add(year);
            }
        }
        boolean hasLong = described.stream()
                .anyMatch(p -> facts.change(pair, SeriesKey.ALL_GOODS, measure, p, "long").isPresent());
        if (!hasLong) {
            latestWith(facts, pair, measure, shown, "long")
                    .filter(p -> !described.contains(p))
                    .ifPresent(p -> {
                        out.add(levelSentence(facts, pair, measure, p, ""));
                        described.add(p);
                    });
        }
        splitSentence(facts, pair, shown).ifPresent(out::add);
        return new ArrayList<>(out);
    }

    /** The latest period, not after {@code limit}, whose level has a comparison of the given type. */
    private static Optional<Period> latestWith(TradeFacts facts, Pair pair, String measure, Period limit, String type) {
        TreeSet<Period> periods = new TreeSet<>(TradeFacts.RECENCY);
        periods.addAll(facts.periods(pair, SeriesKey.ALL_GOODS, measure));
        for (Period p : periods.descendingSet()) {
            if (!p.lastDay().isAfter(limit.lastDay())
                    && facts.change(pair, SeriesKey.ALL_GOODS, measure, p, type).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * "Trade turnover between Kyrgyzstan and South Korea was about US$ 63.5 million in the first half of 2022, 11.4%
     * more than in the first half of 2017 (2.2% a year)." or, for a derived figure, "The derived trade turnover between
     * Kyrgyzstan and South Korea in the second half of 2022, about US$ 306.5 million, was 382.7% more than in the
     * first half of 2022." Amounts of US$ 1,000 million or more in billions ({@link Texts#moneyWords}).
     */
    static String levelSentence(TradeFacts facts, Pair pair, String measure, Period period, String opening) {
        Level level = facts.level(pair, SeriesKey.ALL_GOODS, measure, period).orElseThrow();
        String what = measurePhrase(measure, pair);
        String amount = Texts.qualifierWord(level.flags()) + Texts.moneyWords(level.value());
        if (level.value().signum() < 0) {
            amount = "minus " + amount;
        }
        List<String> changes = new ArrayList<>();
        for (String type : TradeFacts.COMPARISON_TYPES) {
            facts.change(pair, SeriesKey.ALL_GOODS, measure, period, type)
                    .ifPresent(c -> changes.add(changePhrase(c, level)));
        }
        String changeText = Texts.joinAnd(changes);
        String verb = TradeFacts.TURNOVER.equals(measure) ? " was " : " were ";
        // An opening such as "In 2022 as a whole, " names the period already.
        String when = opening.isEmpty() ? " in " + Texts.periodWords(period) : "";
        StringBuilder s = new StringBuilder();
        if (level.has(Flag.DERIVED)) {
            s.append(opening.isEmpty() ? "The derived " : opening + "the derived ").append(what).append(when);
            if (changes.isEmpty()) {
                s.append(verb).append(amount);
            } else {
                s.append(", ").append(amount).append(",").append(verb).append(changeText);
            }
        } else {
            s.append(opening.isEmpty() ? Texts.capitalize(what) : opening + what).append(verb).append(amount)
                    .append(when);
            if (!changes.isEmpty()) {
                s.append(", ").append(changeText);
            }
        }
        return s.append('.').toString();
    }

    private static String measurePhrase(String measure, Pair pair) {
        return switch (measure) {
            case TradeFacts.EXPORT -> Texts.possessive(Texts.place(pair.reporter())) + " exports to "
                    + Texts.place(pair.partner());
            case TradeFacts.IMPORT -> Texts.possessive(Texts.place(pair.reporter())) + " imports from "
                    + Texts.place(pair.partner());
            default -> "trade turnover between " + Texts.place(pair.reporter()) + " and " + Texts.place(pair.partner());
        };
    }

    /** "11.4% more than in the first half of 2017 (2.2% a year)", "5.0% less than in 2021", "the same as in 2021". */
    private static String changePhrase(Change c, Level level) {
        String base = c.base() == null ? "the earlier period" : Texts.periodWords(c.base());
        String qualifier = changeQualifier(c.flags(), level.flags(), c.abs().signum());
        String phrase;
        if (c.abs().signum() == 0) {
            phrase = "the same as in " + base;
        } else {
            String direction = c.abs().signum() > 0 ? " more than in " : " less than in ";
            String size = c.pct() != null ? Texts.percent(c.pct()) : Texts.moneyWords(c.abs());
            phrase = qualifier + size + direction + base;
        }
        if ("long".equals(c.type()) && c.cagrPct() != null) {
            int sign = c.cagrPct().signum();
            phrase += sign >= 0 ? " (" + Texts.percent(c.cagrPct()) + " a year)"
                    : " (a fall of " + Texts.percent(c.cagrPct()) + " a year)";
        }
        return phrase;
    }

    /**
     * "Imports from South Korea made up 85.4% of the turnover between Kazakhstan and South Korea in 2022, a trade
     * deficit of US$ 3.4 billion for Kazakhstan; the deficit widened by US$ 600.0 million since 2021." for the latest
     * period, not after the shown one, with both exports and imports.
     */
    private static Optional<String> splitSentence(TradeFacts facts, Pair pair, Period shown) {
        TreeSet<Period> periods = new TreeSet<>(TradeFacts.RECENCY);
        periods.addAll(facts.periods(pair, SeriesKey.ALL_GOODS, TradeFacts.IMPORT));
        for (Period p : periods.descendingSet()) {
            if (p.lastDay().isAfter(shown.lastDay())) {
                continue;
            }
            Optional<Level> exp = facts.level(pair, SeriesKey.ALL_GOODS, TradeFacts.EXPORT, p);
            Optional<Level> imp = facts.level(pair, SeriesKey.ALL_GOODS, TradeFacts.IMPORT, p);
            if (exp.isEmpty() || imp.isEmpty()) {
                continue;
            }
            BigDecimal total = exp.get().value().add(imp.get().value());
            if (total.signum() <= 0) {
                continue;
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(exp.get().flags());
            flags.addAll(imp.get().flags());
            flags.remove(Flag.DERIVED);
            flags.remove(Flag.REVISED); // a revised figure is as exact as before: no "about"
            BigDecimal share = imp.get().value().multiply(HUNDRED).divide(total, MathContext.DECIMAL64);
            BigDecimal balance = exp.get().value().subtract(imp.get().value());
            String derived = exp.get().has(Flag.DERIVED) || imp.get().has(Flag.DERIVED) ? "derived " : "";
            String shareWord = flags.isEmpty() ? "" : "about ";
            String tail;
            if (balance.signum() == 0) {
                tail = ", so trade between them was balanced";
            } else {
                tail = ", a trade " + (balance.signum() < 0 ? "deficit" : "surplus") + " of "
                        + shareWord + Texts.moneyWords(balance) + " for " + Texts.place(pair.reporter());
            }
            tail += balanceChange(facts, pair, p, balance, flags).map(change -> "; " + change).orElse("");
            return Optional.of("Imports from " + Texts.place(pair.partner()) + " made up " + shareWord
                    + Texts.percent(share) + " of the " + derived + "turnover between " + Texts.place(pair.reporter())
                    + " and " + Texts.place(pair.partner()) + " in " + Texts.periodWords(p) + tail + ".");
        }
        return Optional.empty();
    }

    /**
     * "the deficit narrowed by US$ 38.5 million since 2023": the balance's change on a year earlier, else on the
     * previous period, in words; a change of a deficit has no percentage (README, "Reading the report").
     */
    private static Optional<String> balanceChange(TradeFacts facts, Pair pair, Period period, BigDecimal balance,
                                                  Set<Flag> levelFlags) {
        for (String type : List.of("yoy", "seq")) {
            Optional<Change> change = facts.change(pair, SeriesKey.ALL_GOODS, TradeFacts.BALANCE, period, type);
            if (change.isPresent() && change.get().base() != null) {
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                flags.addAll(levelFlags);
                flags.addAll(change.get().flags());
                flags.remove(Flag.DERIVED);
                flags.remove(Flag.REVISED);
                return Optional.of(Texts.balanceChange(balance.subtract(change.get().abs()), balance,
                        Texts.periodWords(change.get().base()), flags.isEmpty() ? "" : "about "));
            }
        }
        return Optional.empty();
    }
}
