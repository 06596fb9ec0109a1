package org.tradestat.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tradestat.figure.Classification;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Countries;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The fields of a UN Comtrade line as Tradestat reads them (docs/comtrade.md): areas by ISO code or M49 number, the
 * period, the commodity code with its classification, the trade value; each refused with the reason in plain words.
 */
final class ComtradeFields {

    /** A trade value this large is a broken file, not trade: world trade is about 2.5 × 10^13 US dollars a year. */
    static final BigDecimal ABSURD_VALUE = new BigDecimal("1e15");
    private static final int QUOTED = ComtradeRecordParser.QUOTED;
    /** A decimal number, also in scientific notation (1.23E8): Comtrade writes its values as doubles. */
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern AREA_CODE = Pattern.compile("\\d{1,4}");
    private static final Pattern COMMODITY = Pattern.compile("\\d{1,10}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{6}");

    private ComtradeFields() {
    }

    /** A country's ISO code when the file gives one, else the area number through the M49 table (0 is WLD). */
    static String area(String iso, String code, String role) throws LineRejectedException {
        String upper = Ascii.upper(iso) == null ? "" : Ascii.upper(iso);
        if (Countries.isCountry(upper) || Countries.WORLD.equals(upper)) {
            return upper;
        }
        if ("W00".equals(upper)) {
            return Countries.WORLD;
        }
        if (!AREA_CODE.matcher(code).matches()) {
            throw new LineRejectedException("unknown " + role + ": code '" + FreeText.quote(code, QUOTED)
                    + "' is not a UN M49 number"
                    + (iso.isEmpty() ? "" : " and '" + FreeText.quote(iso, QUOTED)
                    + "' is not an ISO 3166-1 alpha-3 code"));
        }
        return M49.area(Integer.parseInt(code));
    }

    /** {@code text}: the period or year column; {@code refMonth} 52 marks a year given as YYYYMM. */
    static Period period(String text, String refMonth) throws LineRejectedException {
        Optional<Period> period = Optional.empty();
        boolean yearMonth = YEAR_MONTH.matcher(text).matches();
        if (YEAR.matcher(text).matches() || (yearMonth && refMonth.equals("52"))) {
            period = Period.tryParse(text.substring(0, 4)); // refMonth 52 marks a year
        } else if (yearMonth) {
            period = Period.tryParse(text.substring(0, 4) + "-" + text.substring(4));
        }
        return period.orElseThrow(() -> new LineRejectedException("malformed period '" + text
                + "' (expected YYYY or YYYYMM)"));
    }

    /**
     * {@code TOTAL}, or the code as a series key writes it: HS digits as they are, other classifications with their
     * prefix ({@code SITC:84}), so that codes of different classifications are never taken for one another.
     */
    static String commodity(String code, String classification) throws LineRejectedException {
        if (code.equalsIgnoreCase(SeriesKey.ALL_GOODS)) {
            return SeriesKey.ALL_GOODS;
        }
        if (!COMMODITY.matcher(code).matches()) {
            throw new LineRejectedException("commodity code '" + FreeText.quote(code, QUOTED)
                    + "' is not TOTAL or a code of digits");
        }
        if (classification.isEmpty()) {
            return code;
        }
        Classification family = Classification.fromComtrade(classification).orElseThrow(() -> new LineRejectedException(
                "classification '" + FreeText.quote(classification, QUOTED)
                        + "' is not HS (H0 to H6), SITC (S1 to S4) or BEC (B4, B5)"));
        return new CommodityCode(family, code).key();
    }

    /** A trade value as Comtrade writes it: a double, maybe in scientific notation. */
    static BigDecimal value(String text) throws LineRejectedException {
        if (text.isEmpty()) {
            throw new LineRejectedException("the trade value is empty");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new LineRejectedException("trade value '" + FreeText.quote(text, QUOTED) + "' is not a number");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0) {
            throw new LineRejectedException("trade value '" + FreeText.quote(text, QUOTED) + "' is negative");
        }
        if (value.compareTo(ABSURD_VALUE) >= 0) {
            throw new LineRejectedException("trade value '" + FreeText.quote(text, QUOTED)
                    + "' is absurdly large (limit 10^15 US dollars)");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // 1.23E8 becomes 123000000; digits beyond a millionth of a dollar (double noise) are rounded off.
        return value.setScale(Math.max(0, Math.min(value.scale(), FieldValues.MAX_DECIMALS)), RoundingMode.HALF_UP);
    }
}
