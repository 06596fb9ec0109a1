package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * Fills the gaps of one series that its other periods determine (SPEC 4): a half from its quarters or months,
 * a year from its halves, quarters or months when all are present, and a missing half from the reported year
 * minus the other half. Derived values are marked; a reported value is never replaced.
 */
public final class PeriodDerivation {

    private PeriodDerivation() {
    }

    public static NavigableMap<Period, Value> derive(NavigableMap<Period, Value> reported) {
        return derive(PeriodGrid.of(reported)).toMap();
    }

    private static final int YEAR = PeriodGrid.place(PeriodKind.YEAR, 1);

    /** The same on a grid: a new grid with the reported values and those derived from them. */
    static PeriodGrid derive(PeriodGrid reported) {
        PeriodGrid result = reported.copy();
        for (int year = reported.firstYear(); year < reported.endYear(); year++) {
            if (!hasAny(reported, year)) {
                continue;
            }
            for (int half = 1; half <= 2; half++) {
                int place = PeriodGrid.place(PeriodKind.HALF, half);
                if (!result.has(year, place)) {
                    Value sum = sumOfParts(result, year, PeriodKind.QUARTER, (half - 1) * 2 + 1, 2);
                    if (sum == null) {
                        sum = sumOfParts(result, year, PeriodKind.MONTH, (half - 1) * 6 + 1, 6);
                    }
                    if (sum != null) {
                        result.put(year, place, sum);
                    }
                }
            }
            if (!result.has(year, YEAR)) {
                Value sum = sumOfParts(result, year, PeriodKind.HALF, 1, 2);
                if (sum == null) {
                    sum = sumOfParts(result, year, PeriodKind.QUARTER, 1, 4);
                }
                if (sum == null) {
                    sum = sumOfParts(result, year, PeriodKind.MONTH, 1, 12);
                }
                if (sum != null) {
                    result.put(year, YEAR, sum);
                }
            }
            Value yearValue = result.get(year, YEAR);
            if (yearValue != null && !yearValue.derived()) {
                for (int i = 0; i < 2; i++) {
                    int missing = PeriodGrid.place(PeriodKind.HALF, 1 + i);
                    Value other = result.get(year, PeriodGrid.place(PeriodKind.HALF, 2 - i));
                    if (!result.has(year, missing) && other != null) {
                        Value rest = yearValue.minus(other);
                        if (rest.amount().signum() >= 0) {
                            result.put(year, missing, rest.asDerived());
                        }
                    }
                }
            }
        }
        return result;
    }

    private static boolean hasAny(PeriodGrid grid, int year) {
        for (int place = 0; place < PeriodGrid.PLACES; place++) {
            if (grid.has(year, place)) {
                return true;
            }
        }
        return false;
    }

    /** The sum of {@code count} parts of a kind from part {@code first} on, marked derived; null when one is missing. */
    private static Value sumOfParts(PeriodGrid values, int year, PeriodKind partKind, int first, int count) {
        Value sum = null;
        for (int i = first; i < first + count; i++) {
            Value v = values.get(year, PeriodGrid.place(partKind, i));
            if (v == null) {
                return null;
            }
            sum = sum == null ? v : sum.plus(v);
        }
        return sum.asDerived();
    }

    /** Reported sub-periods that add up to more than the reported year (beyond the rounding tolerance). */
    public static List<String> partsExceedingYear(NavigableMap<Period, Value> reported, BigDecimal tolerance) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (var entry : reported.entrySet()) {
            Period year = entry.getKey();
            if (year.kind() != PeriodKind.YEAR) {
                continue;
            }
            BigDecimal limit = entry.getValue().amount().multiply(BigDecimal.ONE.add(tolerance));
            for (PeriodKind partKind : List.of(PeriodKind.HALF, PeriodKind.QUARTER, PeriodKind.MONTH)) {
                BigDecimal sum = BigDecimal.ZERO;
                int present = 0;
                for (Period part : year.parts(partKind)) {
                    Value v = reported.get(part);
                    if (v != null) {
                        sum = sum.add(v.amount());
                        present++;
                    }
                }
                if (present > 0 && sum.compareTo(limit) > 0) {
                    String noun = partKind == PeriodKind.HALF ? (present > 1 ? "halves" : "half")
                            : partKind.name().toLowerCase() + (present > 1 ? "s" : "");
                    problems.add(present + " reported " + noun + " of " + year + (present > 1 ? " add" : " adds")
                            + " up to " + sum.stripTrailingZeros().toPlainString()
                            + ", more than the reported year " + entry.getValue().amount().stripTrailingZeros().toPlainString());
                }
            }
        }
        return problems;
    }
}
