package org.tradestat.report.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The engagement categories of the events file (README, "Input files"), in the order of the Engagement sheet's columns
 * and of the chart's stacks, with the words the workbook and the charts name them by. An events file may hold other
 * categories: those are named by their code ({@code trade_fair} as "Trade fair", "trade fair event").
 */
public enum EngagementCategory {

    VISIT("visit", "Visits", "visit", ""),
    AGREEMENT("agreement", "Agreements signed", "agreement", ""),
    FORUM("forum", "Forums", "forum", ""),
    CULTURAL("cultural", "Cultural events", "cultural event", "cultural"),
    BUSINESS("business", "Business events", "business event", "business"),
    OTHER("other", "Other events", "other event", "other");

    /** The codes in column order. */
    public static final List<String> CODES = Arrays.stream(values()).map(EngagementCategory::code).toList();

    private final String code;
    private final String heading;
    private final String noun;
    private final String adjective;

    /**
     * @param adjective the word a bar segment is short for ("cultural" of "cultural event"); empty when the noun is
     *                  one word and says it itself
     */
    EngagementCategory(String code, String heading, String noun, String adjective) {
        this.code = code;
        this.heading = heading;
        this.noun = noun;
        this.adjective = adjective;
    }

    public String code() {
        return code;
    }

    public static Optional<EngagementCategory> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** A column heading or legend name: {@code Visits}, {@code Agreements signed}, {@code Trade fair}. */
    public static String heading(String code) {
        return of(code).map(c -> c.heading).orElseGet(() -> CodeWords.heading(code));
    }

    /** {@code 1 visit}, {@code 10 agreements}, {@code 5 cultural events}, {@code 2 trade fair events}. */
    public static String counted(long n, String code) {
        return n + " " + noun(n, code);
    }

    /** What n events are: {@code visit}, {@code agreements}, {@code cultural events}, {@code trade fair events}. */
    public static String noun(long n, String code) {
        String one = of(code).map(c -> c.noun).orElseGet(() -> CodeWords.of(code) + " event");
        return n == 1 ? one : one + "s";
    }

    /** The word in a bar segment of n events: {@code visits}, {@code agreement}, {@code cultural}. */
    public static String segmentWord(long n, String code) {
        Optional<EngagementCategory> known = of(code);
        if (known.isEmpty()) {
            return CodeWords.of(code);
        }
        if (!known.get().adjective.isEmpty()) {
            return known.get().adjective;
        }
        return n == 1 ? known.get().noun : known.get().noun + "s";
    }
}
