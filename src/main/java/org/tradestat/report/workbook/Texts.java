package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.CountryNames;
import org.tradestat.figure.Flag;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/** Words and numbers as readers see them, and text made safe for a spreadsheet cell. Plain Java. */
final class Texts {

    /** Excel's limit on the characters of one cell. */

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal SMALL = BigDecimal.valueOf(50_000);

    private Texts() {
    }

    /**
     * Money for sentences, the one definition every sentence of the workbook uses: US$ 1,000 million or more in
     * billions with one decimal ({@code US$ 8.5 billion}), less in millions with one decimal ({@code US$ 63.5
     * million}), under US$ 50,000 in whole dollars ({@code US$ 45,000}). An amount that rounds to US$ 1,000.0 million
     * is a billion. Sign dropped: the sentence says it ("minus", "a deficit of"). Table cells stay in US$ million.
     */
    static String moneyWords(BigDecimal usd) {
        BigDecimal abs = usd.abs();
        if (abs.compareTo(SMALL) < 0) {
            return "US$ " + grouped(abs.setScale(0, RoundingMode.HALF_UP), "#,##0");
        }
        BigDecimal millions = abs.divide(MILLION).setScale(1, RoundingMode.HALF_UP);
        if (millions.compareTo(THOUSAND) < 0) {
            return "US$ " + grouped(millions, "#,##0.0") + " million";
        }
        return "US$ " + grouped(abs.divide(BILLION).setScale(1, RoundingMode.HALF_UP), "#,##0.0") + " billion";
    }

    /**
     * The change of a trade balance in words, never as a percentage (README, "Reading the report"): "the deficit
     * narrowed by US$ 38.5 million since 2023", "the surplus grew by ...", "the balance turned from a surplus of US$
     * 5.0 million in 2023 to a deficit of US$ 20.0 million". {@code qualifier} ("about ") goes before every amount.
     */
    static String balanceChange(BigDecimal earlier, BigDecimal later, String basePeriod, String qualifier) {
        int change = later.compareTo(earlier);
        if (earlier.signum() < 0 && later.signum() < 0) {
            return change == 0 ? "the deficit was the same as in " + basePeriod
                    : "the deficit " + (change > 0 ? "narrowed" : "widened") + " by " + qualifier
                    + moneyWords(later.subtract(earlier)) + " since " + basePeriod;
        }
        if (earlier.signum() > 0 && later.signum() > 0) {
            return change == 0 ? "the surplus was the same as in " + basePeriod
                    : "the surplus " + (change > 0 ? "grew" : "shrank") + " by " + qualifier
                    + moneyWords(later.subtract(earlier)) + " since " + basePeriod;
        }
        if (earlier.signum() == 0 && later.signum() == 0) {
            return "trade was balanced in " + basePeriod + " too";
        }
        return "the balance turned from " + balanceState(earlier, qualifier) + " in " + basePeriod + " to "
                + balanceState(later, qualifier);
    }

    private static String balanceState(BigDecimal balance, String qualifier) {
        if (balance.signum() == 0) {
            return "balanced trade";
        }
        return (balance.signum() < 0 ? "a deficit of " : "a surplus of ") + qualifier + moneyWords(balance);
    }

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** A number with at most the given decimals, grouped: {@code 1,234.5}. Sign kept. */
    static String decimal(BigDecimal value, int maxDecimals) {
        BigDecimal v = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        return grouped(v, maxDecimals == 0 ? "#,##0" : "#,##0." + "#".repeat(maxDecimals));
    }

    /** A snake_case label as words: {@code joint_venture} is {@code joint venture}. */
    static String words(String label) {
        return label == null ? "" : label.replace('_', ' ').trim();
    }

    /** A range of years {@code 2015/2024} as {@code 2015–2024}. */
    static String range(String range) {
        return range == null ? "" : range.replace("/", "\u2013");
    }

    /** A p-value for a sentence: {@code p = 0.021}, {@code p < 0.001}. */
    static String pValue(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + grouped(BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP), "0.000");
    }

    /** A date as the input gave it, for readers: {@code 3 December 2024}, or the period ({@code 2019}). */
    static String date(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            return java.time.LocalDate.parse(text).format(LONG_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return Period.tryParse(text).map(Texts::periodWords).orElse(text);
        }
    }

    /** A group code for sentences: {@code CENTRAL_ASIA} is {@code Central Asia}; codes without _ stay as they are. */
    static String group(String code) {
        return CountryNames.group(code);
    }

    /** A percentage given in percent, one decimal, sign dropped: {@code 11.4%}. */
    static String percent(BigDecimal pct) {
        return grouped(pct.abs().setScale(1, RoundingMode.HALF_UP), "#,##0.0") + "%";
    }

    static String ratio(BigDecimal ratio) {
        return grouped(ratio.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
    }

    static String count(long n) {
        return grouped(BigDecimal.valueOf(n), "#,##0");
    }

    private static String grouped(BigDecimal value, String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(value);
    }

    /**
     * A published figure in words: {@code Korea's trade with Central Asia: share going to Kazakhstan, more than 60% in
     * 2024}.
     */
    static String published(PublishedFigure p) {
        String value = switch (p.unit()) {
            case USD -> moneyWords(p.value());
            case USD_PER_YEAR -> moneyWords(p.value()) + " a year";
            case PERCENT -> decimal(p.value(), 1) + "%";
            case COUNT -> decimal(p.value(), 0);
            case YEARS -> decimal(p.value(), 1) + " years";
            case RATIO -> decimal(p.value(), 2);
        };
        String minus = p.value().signum() < 0 && (p.unit() == Unit.USD || p.unit() == Unit.USD_PER_YEAR) ? "minus " : "";
        String word = switch (p.qualifier()) {
            case AT_LEAST -> "more than ";
            case AT_MOST -> "at most ";
            case APPROX -> "about ";
            case EXACT -> "";
        };
        return p.subject() + ", " + word + minus + value + " in " + periodWords(p.period());
    }

    /** The word that says how exact a figure is: "about ", "more than ", "at most " or nothing. */
    static String qualifierWord(Set<Flag> flags) {
        if (flags.contains(Flag.AT_LEAST)) {
            return "more than ";
        }
        if (flags.contains(Flag.AT_MOST)) {
            return "at most ";
        }
        if (flags.contains(Flag.APPROX)) {
            return "about ";
        }
        return "";
    }

    /**
     * A country, group or area as a sentence names it: {@code KAZ} is "Kazakhstan", {@code USA} "the United States",
     * {@code CENTRAL_ASIA} "Central Asia", {@code WLD} "the World"; other codes stay as they are (tables keep codes).
     */
    static String place(String code) {
        return CountryNames.place(code);
    }

    /** The possessive of a name: "South Korea's", "the United States'". */
    static String possessive(String name) {
        return CountryNames.possessive(name);
    }

    /** A period for sentences: {@code July 2026}, {@code the first half of 2026}, {@code the third quarter of 2026}. */
    static String periodWords(Period p) {
        return p.words();
    }

    /** A period as tables show it: {@code 2022 H1}; blank for none. */
    static String period(Period p) {
        return p == null ? "" : p.label();
    }

    static String commodity(String code) {
        return CommodityCode.label(code);
    }

    /** "a", "a and b", "a, b and c". */
    static String joinAnd(List<String> parts) {
        return org.tradestat.util.Words.join(parts, "and");
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
