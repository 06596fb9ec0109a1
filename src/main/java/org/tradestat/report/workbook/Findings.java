package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.ingest.Countries;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.workbook.TradeFacts.Change;
import org.tradestat.report.workbook.TradeFacts.Level;
import org.tradestat.report.workbook.TradeFacts.Pair;

/**
 * The headline findings of a report in plain sentences, built from the trade indicators: for each pair, the
 * figure of the focus period with its changes, the whole year around it, the long-run change, and how exports
 * and imports split the turnover. Approximate, lower-bound and derived figures say so in words.
 */
public final class Findings {

    /** More pairs than this: the findings cover the pairs with the largest figures, and say so. */
    static final int MAX_PAIRS = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Findings() {
    }

    /**
     * Headline sentences for the report: trade by pair, then shares and concentration, trends, investment, companies,
     * engagement and correlation where they say something; never empty.
     */
    static List<String> headline(TradeFacts facts, AnalysisFacts more, Period focus) {
        List<String> other = beyondTrade(more, focus);
        List<String> out = new ArrayList<>();
        List<String> commodityOnly = commodityOnly(facts);
        if (facts.totalPairs().isEmpty() && !commodityOnly.isEmpty()) {
            out.add("No figure of trade in all goods was loaded for this run, only figures of single commodities.");
        } else if (facts.totalPairs().isEmpty()) {
            if (other.isEmpty()) {
                return headline(facts, focus);
            }
            out.add("No trade figures were loaded for this run.");
        } else {
            out.addAll(headline(facts, focus));
        }
        out.addAll(commodityOnly);
        out.addAll(other);
        return out;
    }

    /** Commodities shown per pair that has no all-goods figure; the Trade sheet has them all. */
    static final int MAX_COMMODITY_SENTENCES = 3;

    /**
     * For a pair whose input holds single commodities but no all-goods figure (a download of one HS heading): what
     * the figures are, named as such ("KOR's imports of HS 8542 from the World"), never as the pair's trade.
     */
    static List<String> commodityOnly(TradeFacts facts) {
        List<String> out = new ArrayList<>();
        facts.commodityOnlyPairs().forEach((pair, commodities) -> {
            List<String> labels = commodities.stream().map(CommodityCode::label).toList();
            out.add("The input holds no figure of all goods for " + pair.reporter() + "\u2013" + pair.partner()
                    + ", only " + Texts.joinAnd(labels) + ", so no trade turnover or balance of the pair is given.");
            commodities.stream().limit(MAX_COMMODITY_SENTENCES).forEach(c -> commoditySentence(facts, pair, c)
                    .ifPresent(out::add));
            if (commodities.size() > MAX_COMMODITY_SENTENCES) {
                out.add("The Trade sheet has the other " + (commodities.size() - MAX_COMMODITY_SENTENCES)
                        + " commodities of " + pair.reporter() + "\u2013" + pair.partner() + ".");
            }
        });
        return out;
    }

    /** "In 2023, KOR's imports of HS 8542 from the World were US$ 1,234.5 million and its exports ... US$ 86.2 million." */
    private static Optional<String> commoditySentence(TradeFacts facts, Pair pair, String commodity) {
        String partner = Countries.WORLD.equals(pair.partner()) ? "the World" : pair.partner();
        String label = CommodityCode.label(commodity);
        Optional<Period> latest = java.util.stream.Stream.of(TradeFacts.IMPORT, TradeFacts.EXPORT)
                .flatMap(m -> facts.periods(pair, commodity, m).stream())
                .filter(p -> p.kind() == PeriodKind.YEAR).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        facts.level(pair, commodity, TradeFacts.IMPORT, latest.get()).ifPresent(l -> parts.add("imports of " + label
                + " from " + partner + (parts.isEmpty() ? " were " : " ") + Texts.qualifierWord(l.flags())
                + Texts.money(l.value())));
        facts.level(pair, commodity, TradeFacts.EXPORT, latest.get()).ifPresent(l -> parts.add("exports of " + label
                + " to " + partner + (parts.isEmpty() ? " were " : " ") + Texts.qualifierWord(l.flags())
                + Texts.money(l.value())));
        return Optional.of("In " + latest.get().label() + ", " + pair.reporter() + "'s " + String.join(" and its ", parts)
                + ".");
    }

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
            out.add("These findings cover the " + chosen.size() + " pairs with the largest figures; the Summary "
                    + "table lists all " + pairs.size() + " pairs.");
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
        Set<Period> described = new TreeSet<>();
        described.add(shown);

        if (shown.kind() != PeriodKind.YEAR) {
            Period year = Period.year(shown.year());
            if (facts.level(pair, SeriesKey.ALL_GOODS, measure, year).isPresent()) {
                out.add(levelSentence(facts, pair, measure, year, "In " + year.label() + " as a whole, "));
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

    /** Why a pair shows another period than the focus period, in words. */
    static String fallbackNote(Period focus, Period shown) {
        return shown.lastDay().isAfter(focus.lastDay())
                ? "there are no figures for " + focus.label() + " or before, so the latest period is shown"
                : "there are no figures for " + focus.label() + ", so the latest period up to then is shown";
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
     * "Trade turnover between KGZ and KOR was about US$ 63.5 million in 2022 H1, 11.4% more than in 2017 H1
     * (2.2% a year)." or, for a derived figure, "The derived trade turnover between KGZ and KOR in 2022 H2, about
     * US$ 306.5 million, was 382.7% more than in 2022 H1."
     */
    static String levelSentence(TradeFacts facts, Pair pair, String measure, Period period, String opening) {
        Level level = facts.level(pair, SeriesKey.ALL_GOODS, measure, period).orElseThrow();
        String what = measurePhrase(measure, pair);
        String amount = Texts.qualifierWord(level.flags()) + Texts.money(level.value());
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
        String when = opening.isEmpty() ? " in " + period.label() : "";
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
            case TradeFacts.EXPORT -> pair.reporter() + "'s exports to " + pair.partner();
            case TradeFacts.IMPORT -> pair.reporter() + "'s imports from " + pair.partner();
            default -> "trade turnover between " + pair.reporter() + " and " + pair.partner();
        };
    }

    /** "11.4% more than in 2017 H1 (2.2% a year)", "5.0% less than in 2021", "the same as in 2021". */
    private static String changePhrase(Change c, Level level) {
        String base = c.base() == null ? "the earlier period" : c.base().label();
        String qualifier = changeQualifier(c.flags(), level.flags(), c.abs().signum());
        String phrase;
        if (c.abs().signum() == 0) {
            phrase = "the same as in " + base;
        } else {
            String direction = c.abs().signum() > 0 ? " more than in " : " less than in ";
            String size = c.pct() != null ? Texts.percent(c.pct()) : Texts.money(c.abs());
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
     * A bound on a change is said, turned round for a fall (a change of at most -25% is a fall of at least 25%);
     * "about" only when the level itself did not already say it.
     */
    private static String changeQualifier(Set<Flag> changeFlags, Set<Flag> levelFlags, int sign) {
        if (changeFlags.contains(Flag.AT_LEAST)) {
            return sign < 0 ? "at most " : "at least ";
        }
        if (changeFlags.contains(Flag.AT_MOST)) {
            return sign < 0 ? "at least " : "at most ";
        }
        if (changeFlags.contains(Flag.APPROX) && Texts.qualifierWord(levelFlags).isEmpty()) {
            return "about ";
        }
        return "";
    }

    /**
     * "Imports from KOR made up 85.4% of KAZ–KOR turnover in 2022, a trade deficit of US$ 3,400.0 million for KAZ;
     * the deficit widened by US$ 600.0 million since 2021." for the latest period, not after the shown one, with both
     * exports and imports.
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
            BigDecimal share = imp.get().value().multiply(HUNDRED).divide(total, MathContext.DECIMAL64);
            BigDecimal balance = exp.get().value().subtract(imp.get().value());
            String derived = exp.get().has(Flag.DERIVED) || imp.get().has(Flag.DERIVED) ? "derived " : "";
            String shareWord = flags.isEmpty() ? "" : "about ";
            String tail;
            if (balance.signum() == 0) {
                tail = ", so trade between them was balanced";
            } else {
                tail = ", a trade " + (balance.signum() < 0 ? "deficit" : "surplus") + " of "
                        + shareWord + Texts.money(balance) + " for " + pair.reporter();
            }
            tail += balanceChange(facts, pair, p, balance, flags).map(change -> "; " + change).orElse("");
            return Optional.of("Imports from " + pair.partner() + " made up " + shareWord + Texts.percent(share)
                    + " of " + pair.label() + " " + derived + "turnover in " + p.label() + tail + ".");
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
                return Optional.of(Texts.balanceChange(balance.subtract(change.get().abs()), balance,
                        change.get().base().label(), flags.isEmpty() ? "" : "about "));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- Beyond trade

    /** The sentences on shares, concentration, trends, investment, companies, engagement and correlation. */
    static List<String> beyondTrade(AnalysisFacts more, Period focus) {
        List<String> out = new ArrayList<>();
        out.addAll(capped(shareSentences(more), "shares", "Shares and concentration"));
        out.addAll(capped(concentrationSentences(more), "concentration indices", "Shares and concentration"));
        out.addAll(capped(trendSentences(more), "trends", "Statistics"));
        out.addAll(capped(levelSentences(more, Dataset.INVESTMENT), "investment series", "Investment"));
        out.addAll(capped(levelSentences(more, Dataset.COMPANIES), "company series", "Companies"));
        out.addAll(capped(engagementSentences(more, focus), "engagement findings", "Engagement"));
        out.addAll(capped(correlationSentences(more), "correlations", "Statistics"));
        return out;
    }

    private static List<String> capped(List<String> sentences, String what, String sheet) {
        if (sentences.size() <= MAX_PAIRS) {
            return sentences;
        }
        List<String> out = new ArrayList<>(sentences.subList(0, MAX_PAIRS));
        out.add("The " + sheet + " sheet has " + (sentences.size() - MAX_PAIRS) + " more " + what + " than the "
                + MAX_PAIRS + " described here.");
        return out;
    }

    /** "KAZ accounted for 62.0% of KOR's trade with Central Asia in 2024." for the latest period of a group. */
    private static List<String> shareSentences(AnalysisFacts more) {
        Map<List<String>, List<Indicator>> latest = new java.util.LinkedHashMap<>();
        Map<List<String>, Period> latestPeriod = new java.util.HashMap<>();
        for (Indicator i : more.shares()) {
            Optional<Period> p = Period.tryParse(i.period());
            if (p.isEmpty()) {
                continue;
            }
            List<String> key = List.of(i.series().reporter(), i.basis());
            Period known = latestPeriod.get(key);
            if (known == null || TradeFacts.RECENCY.compare(p.get(), known) > 0) {
                latestPeriod.put(key, p.get());
                latest.put(key, new ArrayList<>());
            }
            if (p.get().equals(latestPeriod.get(key))) {
                latest.get(key).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (var e : latest.entrySet()) {
            Indicator top = e.getValue().stream().max(Comparator.comparing(Indicator::value)).orElseThrow();
            out.add(top.series().partner() + " accounted for " + Texts.qualifierWord(top.flags())
                    + Texts.percent(top.value()) + " of " + top.series().reporter() + "'s trade with "
                    + Texts.group(top.basis()) + " in " + latestPeriod.get(e.getKey()).label() + ".");
        }
        return out;
    }

    private static List<String> concentrationSentences(AnalysisFacts more) {
        Map<String, AnalysisFacts.Concentration> latest = new java.util.TreeMap<>();
        for (AnalysisFacts.Concentration c : more.concentration()) {
            if (!c.acrossPartners() || c.hhi() == null) {
                continue;
            }
            AnalysisFacts.Concentration known = latest.get(c.series().reporter());
            if (known == null || TradeFacts.RECENCY.compare(c.period(), known.period()) > 0) {
                latest.put(c.series().reporter(), c);
            }
        }
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.Concentration c : latest.values()) {
            String normalized = c.normalized() == null ? ""
                    : "; normalized, " + Texts.ratio(c.normalized().value())
                    + " (0 means spread evenly across them, 1 all with one partner)";
            // the index is over the partners the input has figures for, not over all of the reporter's partners
            String partners = c.parts() > 0 ? "the " + Texts.count(c.parts()) + " partner countries"
                    : "the partner countries";
            out.add("The concentration of " + c.series().reporter() + "'s trade across " + partners + " in the input"
                    + " in " + c.period().label() + " was " + Texts.ratio(c.hhi().value())
                    + " on the Herfindahl\u2013Hirschman index" + normalized + ".");
        }
        return out;
    }

    /** The trend sentence of each all-goods turnover series that has one. */
    private static List<String> trendSentences(AnalysisFacts more) {
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.SeriesStats st : more.statistics()) {
            SeriesKey k = st.series();
            if (k.dataset() == Dataset.TRADE && TradeFacts.TURNOVER.equals(k.measure())
                    && SeriesKey.ALL_GOODS.equals(k.commodity()) && st.get("trend_slope").isPresent()) {
                Optional<String> noFinding = more.whyNoFinding(st);
                if (noFinding.isPresent()) {
                    out.add(StatisticsSentences.subject(k) + ": insufficient data for a trend or forecast ("
                            + noFinding.get() + ").");
                    continue;
                }
                String text = StatisticsSentences.trendSentence(st, st.get("trend_slope").get());
                int n = more.yearsWithFigures(k, st.range());
                if (n > 0 && n < StatisticsSheet.SMALL_SAMPLE) {
                    text += " Based on only " + n + " yearly figures: indicative.";
                }
                out.add(text);
            }
        }
        return out;
    }

    /** The latest level of each investment or company series, in a sentence. */
    private static List<String> levelSentences(AnalysisFacts more, Dataset dataset) {
        Map<List<Object>, AnalysisFacts.LevelRow> latest = new java.util.LinkedHashMap<>();
        for (AnalysisFacts.LevelRow row : more.levelRows(dataset)) {
            List<Object> key = java.util.Arrays.asList(row.series(), row.since());
            AnalysisFacts.LevelRow known = latest.get(key);
            if (known == null || TradeFacts.RECENCY.compare(row.period(), known.period()) > 0) {
                latest.put(key, row);
            }
        }
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.LevelRow row : latest.values()) {
            out.add(dataset == Dataset.INVESTMENT ? investmentSentence(row) : companySentence(row));
        }
        return out;
    }

    /** "Investment from KOR in KAZ exceeded US$ 4.3 billion by 2024 (cumulative since 1992)." */
    static String investmentSentence(AnalysisFacts.LevelRow row) {
        SeriesKey k = row.series();
        Set<Flag> flags = row.level().flags();
        String amount = Texts.moneyWords(row.level().value());
        String period = row.period().label();
        String change = changeClause(row);
        return switch (k.measure()) {
            case AnalysisFacts.CUMULATIVE -> "Investment from " + k.reporter() + " in " + k.partner() + " "
                    + cumulativeVerb(flags) + amount + " by " + period + " (cumulative"
                    + (row.since() == null ? "" : " since " + row.since()) + ")" + change + ".";
            case "stock" -> "The stock of investment from " + k.reporter() + " in " + k.partner() + " was "
                    + Texts.qualifierWord(flags) + amount + " at the end of " + period + change + ".";
            case "inflow" -> "Investment from " + k.reporter() + " in " + k.partner() + " during " + period + " was "
                    + Texts.qualifierWord(flags) + amount + change + ".";
            default -> "Investment from " + k.reporter() + " in " + k.partner() + " (" + Texts.words(k.measure())
                    + ") was " + Texts.qualifierWord(flags) + amount + " in " + period + change + ".";
        };
    }

    private static String cumulativeVerb(Set<Flag> flags) {
        if (flags.contains(Flag.AT_LEAST)) {
            return "exceeded ";
        }
        if (flags.contains(Flag.AT_MOST)) {
            return "was at most ";
        }
        return flags.contains(Flag.APPROX) ? "was about " : "reached ";
    }

    /** "More than 370 companies from KOR operated in KAZ in 2024." */
    static String companySentence(AnalysisFacts.LevelRow row) {
        SeriesKey k = row.series();
        Set<Flag> flags = row.level().flags();
        long n = row.level().value().longValue();
        String count = Texts.count(n);
        String qualifier = Texts.qualifierWord(flags);
        String change = changeClause(row);
        String period = row.period().label();
        if ("operating".equals(k.measure())) {
            return Texts.capitalize(qualifier + count + (n == 1 && qualifier.isEmpty() ? " company" : " companies")
                    + " from " + k.reporter() + " operated in " + k.partner() + " in " + period + change + ".");
        }
        String label = Texts.words(k.measure());
        String noun = n == 1 && qualifier.isEmpty() ? label : plural(label);
        return (n == 1 && qualifier.isEmpty() ? "There was " : "There were ") + qualifier + count + " " + noun
                + " from " + k.reporter() + " in " + k.partner() + " in " + period + change + ".";
    }

    private static String plural(String noun) {
        if (noun.endsWith("s")) {
            return noun;
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** ", 12.0% more than in 2023" from the year-on-year change, else the long-run one; empty without. */
    private static String changeClause(AnalysisFacts.LevelRow row) {
        for (String type : List.of("yoy", "long")) {
            Optional<Indicator> pct = row.change(type, "pct");
            Optional<Indicator> abs = row.change(type, "abs");
            if (pct.isEmpty() || abs.isEmpty()) {
                continue;
            }
            String base = Period.tryParse(abs.get().basis()).map(Period::label).orElse(abs.get().basis());
            int sign = abs.get().value().signum();
            if (sign == 0) {
                return ", the same as in " + base;
            }
            String qualifier = changeQualifier(abs.get().flags(), row.level().flags(), sign);
            return ", " + qualifier + Texts.percent(pct.get().value()) + (sign > 0 ? " more" : " less") + " than in "
                    + base;
        }
        return "";
    }

    private static List<String> engagementSentences(AnalysisFacts more, Period focus) {
        Map<AnalysisFacts.Pair, List<AnalysisFacts.EventYear>> byPair = new java.util.TreeMap<>();
        for (AnalysisFacts.EventYear y : more.eventYears()) {
            byPair.computeIfAbsent(y.pair(), k -> new ArrayList<>()).add(y);
        }
        List<String> out = new ArrayList<>();
        for (var e : byPair.entrySet()) {
            List<AnalysisFacts.EventYear> years = e.getValue();
            AnalysisFacts.EventYear latest = years.get(years.size() - 1);
            out.addAll(eventYearSentences(latest));
            if (focus != null && focus.year() != latest.year()) {
                years.stream().filter(y -> y.year() == focus.year()).findFirst()
                        .ifPresent(y -> out.addAll(eventYearSentences(y)));
            }
            for (Indicator between : more.yearsBetween()) {
                if (AnalysisFacts.pair(between.series().reporter(), between.series().partner()).equals(e.getKey())) {
                    out.add(betweenSentence(between));
                }
            }
        }
        return out;
    }

    /**
     * "10 agreements were signed between KGZ and KOR in 2024." and "In 2024, 11 engagement events between KGZ and
     * KOR were recorded: 1 visit and 10 agreements signed; 11 at head-of-state level."
     */
    static List<String> eventYearSentences(AnalysisFacts.EventYear y) {
        List<String> out = new ArrayList<>();
        String a = y.pair().a();
        String b = y.pair().b();
        long agreements = y.count(AnalysisFacts.AGREEMENT);
        if (agreements > 0) {
            out.add(Texts.count(agreements) + (agreements == 1 ? " agreement was" : " agreements were")
                    + " signed between " + a + " and " + b + " in " + y.year() + ".");
        }
        long all = y.count(AnalysisFacts.ALL);
        if (all <= 0) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        for (String c : AnalysisFacts.CATEGORIES) {
            long n = y.count(c);
            if (n > 0) {
                parts.add(Texts.count(n) + " " + categoryWords(c, n));
            }
        }
        for (var c : y.counts().entrySet()) {
            String m = c.getKey();
            if (!m.equals(AnalysisFacts.ALL) && !m.startsWith(AnalysisFacts.LEVEL_PREFIX)
                    && !AnalysisFacts.CATEGORIES.contains(m) && c.getValue() > 0) {
                parts.add(Texts.count(c.getValue()) + " " + Texts.words(m));
            }
        }
        List<String> levels = new ArrayList<>();
        for (String l : AnalysisFacts.LEVELS) {
            long n = y.count(AnalysisFacts.LEVEL_PREFIX + l);
            if (n > 0) {
                levels.add(Texts.count(n) + " at " + levelWords(l) + " level");
            }
        }
        String s = "In " + y.year() + ", " + Texts.count(all) + (all == 1 ? " engagement event" : " engagement events")
                + " between " + a + " and " + b + (all == 1 ? " was" : " were") + " recorded";
        if (!parts.isEmpty() && !(parts.size() == 1 && agreements == all)) {
            s += ": " + Texts.joinAnd(parts);
        }
        if (!levels.isEmpty()) {
            s += " (" + Texts.joinAnd(levels) + ")";
        }
        out.add(s + ".");
        return out;
    }

    /**
     * "The latest ministerial visit between KGZ and KOR, on 1 June 2022, came 3.2 years after the previous one
     * (15 March 2019)." Where either date is known only by its year, no fraction of a year: "The latest
     * head-of-state visit between KGZ and KOR was on 3 December 2024; the previous one was in 2013, 11 calendar years
     * before."
     */
    static String betweenSentence(Indicator between) {
        String measure = between.series().measure();
        String category = AnalysisFacts.category(measure);
        String level = AnalysisFacts.level(measure);
        String what = (level.isEmpty() ? "" : levelAdjective(level) + " ") + categoryWords(category, 1);
        String pair = between.series().reporter() + " and " + between.series().partner();
        if (!EngagementSheet.inYearsAndFractions(between)) {
            int years = EngagementSheet.calendarYears(between);
            String latest = EngagementSheet.when(between.period());
            String previous = EngagementSheet.when(between.basis());
            if (years == 0) {
                // an event known only by its year may have come before or after the other one of that year
                boolean latestIsCoarse = !EngagementSheet.inYearsAndFractions(between.period());
                String adjective = level.isEmpty() ? "" : levelAdjective(level) + " ";
                return "Of the two latest " + adjective + categoryWords(category, 2) + " between " + pair + ", one was "
                        + (latestIsCoarse ? previous : latest) + " and the other " + (latestIsCoarse ? latest : previous)
                        + ", on a day the input does not give, so the time between them is not known.";
            }
            return "The latest " + what + " between " + pair + " was " + latest + "; the previous one was " + previous
                    + ", " + (years == 1 ? "the calendar year before." : Texts.count(years) + " calendar years before.");
        }
        String years = Texts.decimal(between.value(), 1);
        return "The latest " + what + " between " + pair + ", on " + Texts.date(between.period()) + ", came "
                + (between.flags().contains(Flag.APPROX) ? "about " : "") + years + " years after the previous one ("
                + Texts.date(between.basis()) + ").";
    }

    private static String categoryWords(String category, long n) {
        String one = switch (category) {
            case "agreement" -> n == 1 ? "agreement signed" : "agreements signed";
            case "visit" -> "visit";
            case "forum" -> "forum";
            case "cultural" -> "cultural event";
            case "business" -> "business event";
            case "other" -> "other event";
            default -> Texts.words(category);
        };
        if (category.equals("agreement")) {
            return one;
        }
        return n == 1 ? one : plural(one);
    }

    /** "head-of-state" visit, "ministerial" visit, "expert-level" forum. */
    private static String levelAdjective(String level) {
        return switch (level) {
            case "minister" -> "ministerial";
            case "deputy_minister" -> "deputy-ministerial";
            case "head_of_state", "head_of_government" -> levelWords(level);
            default -> Texts.words(level).replace(' ', '-') + "-level";
        };
    }

    private static String levelWords(String level) {
        return switch (level) {
            case "head_of_state" -> "head-of-state";
            case "head_of_government" -> "head-of-government";
            case "deputy_minister" -> "deputy-minister";
            case "other" -> "other";
            default -> Texts.words(level);
        };
    }

    /** The Statistics sheet's sentence of each correlation: one definition of what is called significant. */
    private static List<String> correlationSentences(AnalysisFacts more) {
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.SeriesStats c : more.correlations()) {
            if (c.get("pearson_r").isPresent()) {
                out.add(CorrelationTable.correlationSentence(c));
            }
        }
        return out;
    }
}
