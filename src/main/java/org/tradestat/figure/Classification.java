package org.tradestat.figure;

import java.util.Locale;
import java.util.Optional;

/**
 * The commodity classification a code belongs to (docs/comtrade.md, "Classifications"). HS 84 (machinery) and
 * SITC 84 (apparel) are different goods, so codes of different classifications are never merged, summed or
 * compared. A series key writes a non-HS code with its classification as a prefix ({@code SITC:84}); HS codes stay
 * as they are ({@code 84}), as do the all-goods total {@code TOTAL} and the rest {@code OTHER}, which belong to none.
 */
public enum Classification {
    /** Harmonized System, every revision (Comtrade H0–H6): chapters of 2 digits at the top. */
    HS("HS", 2, 2),
    /** Standard International Trade Classification (Comtrade S1–S4): sections of 1 digit, divisions of 2. */
    SITC("SITC", 1, 2),
    /** Broad Economic Categories (Comtrade B4, B5): categories of 1 digit. */
    BEC("BEC", 1, 1);

    private final String label;
    private final int topLevelDigits;
    private final int secondLevelDigits;

    Classification(String label, int topLevelDigits, int secondLevelDigits) {
        this.label = label;
        this.topLevelDigits = topLevelDigits;
        this.secondLevelDigits = secondLevelDigits;
    }

    /** How the report names it: HS, SITC, BEC. */
    public String label() {
        return label;
    }

    /** What a series key puts before a code of this classification: nothing for HS, {@code SITC:} for SITC. */
    public String prefix() {
        return this == HS ? "" : label + ":";
    }

    /**
     * Whether codes of this many digits may stand for all goods when summed: HS chapters (2 digits), SITC sections
     * (1 digit) or divisions (2 digits, where no section is given), BEC categories (1 digit). Never headings or
     * subheadings of 4 or 6 digits.
     */
    public boolean isTopLevel(int digits) {
        return digits == topLevelDigits || digits == secondLevelDigits;
    }

    /**
     * The classification of a UN Comtrade classification code: {@code H0}–{@code H6} or {@code HS}; {@code S1}–{@code
     * S4} or {@code SITC}; {@code B4}, {@code B5} or {@code BEC}. Empty for anything else (services' EBOPS, a typo).
     */
    public static Optional<Classification> fromComtrade(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.equals("HS") || c.matches("H[0-6]")) {
            return Optional.of(HS);
        }
        if (c.equals("SITC") || c.matches("S[1-4]")) {
            return Optional.of(SITC);
        }
        if (c.equals("BEC") || c.matches("B[45]")) {
            return Optional.of(BEC);
        }
        return Optional.empty();
    }
}
