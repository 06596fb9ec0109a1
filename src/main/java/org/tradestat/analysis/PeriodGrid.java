package org.tradestat.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The values of one series by period, in an array: nineteen places a year (the year, its halves, quarters and months,
 * in {@link Period} order), so that deriving a year from its months or summing series looks values up by index, not
 * in a sorted map. Grows to the years it is given.
 */
final class PeriodGrid {

    static final int PLACES = 19;
    /** The place of each period in a year, in Period order: 2024, H1, Q1, 01, 02, 03, Q2, 04 ... */
    private static final int[][] PLACE = new int[PeriodKind.values().length][];
    private static final PeriodKind[] KIND_AT = new PeriodKind[PLACES];
    private static final int[] INDEX_AT = new int[PLACES];

    static {
        for (PeriodKind kind : PeriodKind.values()) {
            PLACE[kind.ordinal()] = new int[kind.perYear() + 1];
        }
        Period[] year = new Period[PLACES];
        int n = 0;
        for (PeriodKind kind : PeriodKind.values()) {
            for (int i = 1; i <= kind.perYear(); i++) {
                year[n++] = new Period(2000, kind, i);
            }
        }
        Arrays.sort(year);
        for (int place = 0; place < PLACES; place++) {
            PLACE[year[place].kind().ordinal()][year[place].index()] = place;
            KIND_AT[place] = year[place].kind();
            INDEX_AT[place] = year[place].index();
        }
    }

    private static final int INITIAL_YEARS = 2;

    private int firstYear;
    /** The years from {@link #firstYear} on that it holds; {@code values} may have room for more. */
    private int years;
    private Value[] values = new Value[0];
    private int count;

    static int place(PeriodKind kind, int index) {
        return PLACE[kind.ordinal()][index];
    }

    static Period periodAt(int year, int place) {
        return new Period(year, KIND_AT[place], INDEX_AT[place]);
    }

    Value get(Period p) {
        int at = at(p.year(), place(p.kind(), p.index()));
        return at < 0 ? null : values[at];
    }

    Value get(int year, int place) {
        int at = at(year, place);
        return at < 0 ? null : values[at];
    }

    boolean has(int year, int place) {
        return get(year, place) != null;
    }

    void put(Period p, Value v) {
        put(p.year(), place(p.kind(), p.index()), v);
    }

    void put(int year, int place, Value v) {
        if (years == 0) {
            firstYear = year;
            years = 1;
            if (values.length == 0) {
                values = new Value[PLACES * INITIAL_YEARS];
            }
        } else if (year < firstYear) {
            Value[] wider = new Value[values.length + (firstYear - year) * PLACES];
            System.arraycopy(values, 0, wider, (firstYear - year) * PLACES, years * PLACES);
            values = wider;
            years += firstYear - year;
            firstYear = year;
        } else if (year - firstYear >= years) {
            years = year - firstYear + 1;
            if (years * PLACES > values.length) {
                // a series' years come in order: room for twice as many, not one more each time
                values = Arrays.copyOf(values, Math.max(values.length * 2, years * PLACES));
            }
        }
        int at = (year - firstYear) * PLACES + place;
        if (values[at] == null) {
            count++;
        }
        values[at] = v;
    }

    /** Whether it holds no value. */
    boolean isEmpty() {
        return count == 0;
    }

    int firstYear() {
        return firstYear;
    }

    /** One after the last year it holds. */
    int endYear() {
        return firstYear + years;
    }

    PeriodGrid copy() {
        PeriodGrid copy = new PeriodGrid();
        copy.firstYear = firstYear;
        copy.years = years;
        copy.values = Arrays.copyOf(values, years * PLACES);
        copy.count = count;
        return copy;
    }

    /** Calls {@code action} for every value, in period order. */
    void forEach(PlaceAction action) {
        for (int at = 0; at < years * PLACES; at++) {
            if (values[at] != null) {
                action.accept(firstYear + at / PLACES, at % PLACES, values[at]);
            }
        }
    }

    interface PlaceAction {
        void accept(int year, int place, Value value);
    }

    private int at(int year, int place) {
        if (year < firstYear || year >= endYear()) {
            return -1;
        }
        return (year - firstYear) * PLACES + place;
    }

    static PeriodGrid of(Map<Period, Value> values) {
        PeriodGrid grid = new PeriodGrid();
        values.forEach(grid::put);
        return grid;
    }

    NavigableMap<Period, Value> toMap() {
        NavigableMap<Period, Value> map = new TreeMap<>();
        forEach((year, place, v) -> map.put(periodAt(year, place), v));
        return map;
    }
}
