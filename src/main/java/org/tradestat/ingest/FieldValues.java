package org.tradestat.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.tradestat.figure.Qualifier;
import org.tradestat.period.Period;

/**
 * The rules for the values of a line's fields (README, "Input files"): amounts in plain decimal notation within the
 * limits of figures, counts, periods and qualifiers, each refused with the reason in plain words.
 */
final class FieldValues {

    static final BigDecimal MAX_VALUE = new BigDecimal("1e18");
    static final int MAX_DECIMALS = 6;
    /** Characters of a field quoted in a reason; the whole line is in rejects.csv. */
    static final int QUOTED = RecordParser.QUOTED;

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private FieldValues() {
    }

    /** Digits with at most one decimal point and an optional leading minus: {@code 12}, {@code 12.5}, {@code .5}. */
    static boolean isPlainDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    static Period period(String text) throws LineRejectedException {
        return Period.tryParse(text).orElseThrow(() -> new LineRejectedException("malformed period '" + text
                + "' (expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM)"));
    }

    static BigDecimal money(String text, String column) throws LineRejectedException {
        BigDecimal value = signedNumber(text, column);
        if (value.signum() < 0) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED) + "' is negative");
        }
        return value;
    }

    /** A number in plain decimal notation, negative or not, within the limits of figures. */
    static BigDecimal signedNumber(String text, String column) throws LineRejectedException {
        if (text.isEmpty()) {
            throw new LineRejectedException(column + " is empty");
        }
        if (!isPlainDecimal(text)) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED)
                    + "' is not a number in plain decimal notation"
                    + " (digits and an optional decimal point; no thousands separators, exponents or currency signs)");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.abs().compareTo(MAX_VALUE) >= 0) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED)
                    + "' is too large (limit 10^18)");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED) + "' has more than "
                    + MAX_DECIMALS
                    + " decimal places");
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    static long count(String text, String column, boolean positive) throws LineRejectedException {
        if (!INTEGER.matcher(text).matches()) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED) + "' is not a whole number");
        }
        if (text.length() > 10 || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED) + "' is too large");
        }
        long value = Long.parseLong(text);
        if (value < 0 || (positive && value == 0)) {
            throw new LineRejectedException(column + " '" + FreeText.quote(text, QUOTED) + "' must be "
                    + (positive ? "at least 1" : "non-negative"));
        }
        return value;
    }

    static Qualifier qualifier(String text) throws LineRejectedException {
        return Qualifier.fromCode(Ascii.lower(text) == null ? "?" : text).orElseThrow(() -> new LineRejectedException(
                "unknown qualifier '" + FreeText.quote(text, QUOTED)
                        + "' (expected exact, approx, at_least or at_most)"));
    }
}
