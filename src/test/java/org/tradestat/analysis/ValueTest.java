package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;

/** Arithmetic on qualified figures keeps the weakest claim that still holds. */
class ValueTest {

    private static Value v(String amount, Qualifier q) {
        return Value.reported(new BigDecimal(amount), q);
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource({
            "AT_LEAST, EXACT,    AT_LEAST",   // more than 370 minus exactly 63.5 is more than 306.5
            "EXACT,    AT_LEAST, AT_MOST",    // exactly 370 minus more than 63.5 is less than 306.5
            "AT_MOST,  EXACT,    AT_MOST",
            "EXACT,    AT_MOST,  AT_LEAST",
            "AT_LEAST, AT_MOST,  AT_LEAST",   // big enough minus small enough is big enough
            "AT_MOST,  AT_LEAST, AT_MOST",
            "AT_LEAST, AT_LEAST, APPROX",
            "AT_MOST,  AT_MOST,  APPROX",
            "APPROX,   EXACT,    APPROX",
            "EXACT,    APPROX,   APPROX",
            "APPROX,   AT_LEAST, APPROX",
            "APPROX,   APPROX,   APPROX",
            "EXACT,    EXACT,    EXACT",
    })
    void minus(Qualifier a, Qualifier b, Qualifier expected) {
        Value d = v("370", a).minus(v("63.5", b));
        assertEquals(0, new BigDecimal("306.5").compareTo(d.amount()));
        assertSame(expected, d.qualifier());
        assertFalse(d.derived());
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "AT_LEAST, EXACT,    AT_LEAST",
            "EXACT,    AT_LEAST, AT_LEAST",
            "AT_LEAST, AT_LEAST, AT_LEAST",
            "AT_MOST,  AT_MOST,  AT_MOST",
            "AT_LEAST, AT_MOST,  APPROX",
            "APPROX,   EXACT,    APPROX",
            "EXACT,    EXACT,    EXACT",
            "APPROX,   AT_MOST,  APPROX",
    })
    void plus(Qualifier a, Qualifier b, Qualifier expected) {
        Value s = v("57", a).plus(v("63.5", b));
        assertEquals(0, new BigDecimal("120.5").compareTo(s.amount()));
        assertSame(expected, s.qualifier());
    }

    @Test
    void derivedIsContagious() {
        Value derived = v("1", Qualifier.EXACT).asDerived();
        assertTrue(derived.derived());
        assertTrue(v("2", Qualifier.EXACT).plus(derived).derived());
        assertTrue(derived.minus(v("2", Qualifier.EXACT)).derived());
        assertFalse(v("2", Qualifier.EXACT).plus(v("1", Qualifier.EXACT)).derived());
    }

    @Test
    void flags() {
        assertEquals(Set.of(), v("1", Qualifier.EXACT).flags());
        assertEquals(EnumSet.of(Flag.APPROX), v("1", Qualifier.APPROX).flags());
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.AT_LEAST), v("1", Qualifier.AT_LEAST).asDerived().flags());
    }

    @Test
    void flagsOfAComparisonOrRatio() {
        // A change from a lower bound to an exact figure: the change is at most the difference.
        assertEquals(EnumSet.of(Flag.AT_MOST), v("2", Qualifier.EXACT).flagsWith(v("1", Qualifier.AT_LEAST)));
        assertEquals(EnumSet.of(Flag.AT_LEAST), v("2", Qualifier.AT_LEAST).flagsWith(v("1", Qualifier.EXACT)));
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.APPROX),
                v("2", Qualifier.APPROX).asDerived().flagsWith(v("1", Qualifier.APPROX)));
        assertEquals(EnumSet.of(Flag.DERIVED), v("2", Qualifier.EXACT).flagsWith(v("1", Qualifier.EXACT).asDerived()));
        assertEquals(Set.of(), v("2", Qualifier.EXACT).flagsWith(v("1", Qualifier.EXACT)));
    }

    /** Sums on the compact long form give what BigDecimal arithmetic gives: the same value and the same scale. */
    @ParameterizedTest(name = "{0}e-{1} and {2}e-{3}")
    @CsvSource({
            "150, 2, 25, 1",
            "-7, 0, 3, 6",
            "9223372036854775807, 2, 1, 2",          // the sum leaves the long range
            "-9223372036854775807, 0, 2, 0",
            "922337203685477580, 1, 1, 3",            // rescaling the first leaves the long range
            "5000000000000000000, 2, 5000000000000000000, 2",
            "1, 0, 1, 18",
            "123, 19, 4, 2",                           // a scale beyond the compact form
    })
    void compactSumsAreExactLikeBigDecimal(long a, int aScale, long b, int bScale) {
        Value x = Value.reported(a, aScale, Qualifier.EXACT);
        Value y = Value.reported(b, bScale, Qualifier.AT_LEAST);
        BigDecimal bx = BigDecimal.valueOf(a, aScale);
        BigDecimal by = BigDecimal.valueOf(b, bScale);

        assertEquals(bx.add(by), x.plus(y).amount());
        assertEquals(bx.subtract(by), x.minus(y).amount());
        assertEquals(by.subtract(bx), y.minus(x).amount());
        assertEquals(bx.add(by), x.plus(Value.reported(by, Qualifier.EXACT)).amount());
        assertSame(Qualifier.AT_LEAST, x.plus(y).qualifier());
        assertEquals(Value.reported(bx, Qualifier.EXACT), x);
    }

    @Test
    void manyCompactSumsEndExactlyWhereBigDecimalEnds() {
        java.util.Random random = new java.util.Random(20241231);
        Value sum = Value.reported(0, 0, Qualifier.EXACT);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 10_000; i++) {
            long unscaled = random.nextLong() >> random.nextInt(64);
            int scale = random.nextInt(8);
            Value v = Value.reported(unscaled, scale, Qualifier.EXACT);
            boolean subtract = random.nextBoolean();
            sum = subtract ? sum.minus(v) : sum.plus(v);
            expected = subtract ? expected.subtract(BigDecimal.valueOf(unscaled, scale))
                    : expected.add(BigDecimal.valueOf(unscaled, scale));
            assertEquals(expected, sum.amount());
        }
    }
}
