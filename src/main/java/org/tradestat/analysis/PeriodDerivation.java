package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
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
        NavigableMap<Period, Value> result = new TreeMap<>(reported);
        SortedSet<Integer> years = new TreeSet<>();
        reported.keySet().forEach(p -> years.add(p.year()));
        for (int year : years) {
            Period wholeYear = Period.year(year);
            for (Period half : wholeYear.parts(PeriodKind.HALF)) {
                if (!result.containsKey(half)) {
                    sumOfParts(result, half, PeriodKind.QUARTER)
                            .or(() -> sumOfParts(result, half, PeriodKind.MONTH))
                            .ifPresent(v -> result.put(half, v));
                }
            }
            if (!result.containsKey(wholeYear)) {
                sumOfParts(result, wholeYear, PeriodKind.HALF)
                        .or(() -> sumOfParts(result, wholeYear, PeriodKind.QUARTER))
                        .or(() -> sumOfParts(result, wholeYear, PeriodKind.MONTH))
                        .ifPresent(v -> result.put(wholeYear, v));
            }
            Value yearValue = result.get(wholeYear);
            if (yearValue != null && !yearValue.derived()) {
                List<Period> halves = wholeYear.parts(PeriodKind.HALF);
                for (int i = 0; i < 2; i++) {
                    Period missing = halves.get(i);
                    Value other = result.get(halves.get(1 - i));
                    if (!result.containsKey(missing) && other != null) {
                        Value rest = yearValue.minus(other);
                        if (rest.amount().signum() >= 0) {
                            result.put(missing, rest.asDerived());
                        }
                    }
                }
            }
        }
        return result;
    }

    private static Optional<Value> sumOfParts(NavigableMap<Period, Value> values, Period whole, PeriodKind partKind) {
        Value sum = null;
        for (Period part : whole.parts(partKind)) {
            Value v = values.get(part);
            if (v == null) {
                return Optional.empty();
            }
            sum = sum == null ? v : sum.plus(v);
        }
        return Optional.of(sum.asDerived());
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
