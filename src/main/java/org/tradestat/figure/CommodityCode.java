package org.tradestat.figure;

import java.util.Optional;

/**
 * A commodity code of a trade series: a classification and its digits ({@code HS 8542}, {@code SITC 84}). A series
 * key holds it as text, {@link #key()}: the digits for HS, the classification's prefix and the digits otherwise
 * ({@code SITC:84}). The all-goods total ({@code TOTAL}) and the folded rest ({@code OTHER}) are not codes.
 */
public record CommodityCode(Classification classification, String digits) {

    /** The folded rest of a pair's smaller HS commodities; for other classifications with their prefix (SITC:OTHER). */
    public static final String OTHER = "OTHER";
    private static final int MAX_DIGITS = 10;

    public CommodityCode {
        if (!isDigits(digits)) {
            throw new IllegalArgumentException("a commodity code is 1 to " + MAX_DIGITS + " digits: '" + digits + "'");
        }
    }

    /** The code of a series key's commodity; empty for TOTAL, OTHER, {@code *}, empty or malformed text. */
    public static Optional<CommodityCode> of(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        Classification classification = Classification.HS;
        String digits = key;
        if (colon >= 0) {
            try {
                classification = Classification.valueOf(key.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (classification == Classification.HS) {
                return Optional.empty(); // HS is written without a prefix
            }
            digits = key.substring(colon + 1);
        }
        if (!isDigits(digits)) {
            return Optional.empty();
        }
        return Optional.of(new CommodityCode(classification, digits));
    }

    /** 1 to {@value #MAX_DIGITS} ASCII digits (a loop: the report and the analysis ask this of every figure). */
    private static boolean isDigits(String text) {
        if (text.isEmpty() || text.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The key of the folded rest of a classification's smaller commodities: {@code OTHER}, {@code SITC:OTHER}. */
    public static String other(Classification classification) {
        return classification.prefix() + OTHER;
    }

    /** Whether a series key's commodity is a folded rest, whose composition changes from year to year. */
    public static boolean isOther(String key) {
        return key != null && key.endsWith(OTHER) && (key.length() == OTHER.length() || key.charAt(key.length()
                - OTHER.length() - 1) == ':');
    }

    /** The text a series key holds: {@code 8542}, {@code SITC:84}. */
    public String key() {
        return classification.prefix() + digits;
    }

    public int level() {
        return digits.length();
    }

    /** Whether codes of this level may be summed to all goods (see {@link Classification#isTopLevel}). */
    public boolean isTopLevel() {
        return classification.isTopLevel(digits.length());
    }

    /** How the report names it: {@code HS 8542}, {@code SITC 84}. */
    public String label() {
        return classification.label() + " " + digits;
    }

    /**
     * How the report names a series key's commodity: {@code All goods}, {@code HS 8542}, {@code SITC 84}, {@code
     * Other goods}.
     */
    public static String label(String key) {
        if (SeriesKey.ALL_GOODS.equals(key) || key == null || key.isEmpty()) {
            return "All goods";
        }
        if (OTHER.equals(key)) {
            return "Other goods";
        }
        if (isOther(key)) {
            return "Other goods (" + key.substring(0, key.indexOf(':')) + ")";
        }
        return of(key).map(CommodityCode::label).orElse(key);
    }
}
