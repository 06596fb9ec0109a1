package org.tradestat.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tradestat.figure.Countries;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.util.LongIds;

/**
 * Reads a line of a trade file straight from its bytes, without a String or an object per line, when the line is
 * written the plain way: printable ASCII, the header's number of fields, upper-case country codes, a lower-case flow,
 * an HS code or TOTAL, a period such as 2024 or 2024-07, a value in plain digits. Every rule of README "Input files" is
 * checked in place; a line written any other way (lower-case codes, spaces around a field, a group code, a negative or
 * malformed value...) is {@linkplain #parse declined} and goes to {@link RecordParser}, which accepts it or says why
 * not. So both give the same figure for a line, and only the record parser writes reasons.
 */
final class TradeLineParser {

    private static final int LETTERS = TradeSeries.LETTERS;
    /** Three upper-case letters that are a country (ISO 3166-1 alpha-3, or a former country with its own code). */
    private static final boolean[] COUNTRY = new boolean[LETTERS];
    private static final int WORLD;
    private static final byte[][] FLOW_BYTES = bytes(TradeSeries.FLOWS);
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final byte[][] QUALIFIER_BYTES;
    private static final int MAX_DIGITS = 18;

    static {
        StringBuilder code = new StringBuilder("AAA");
        for (int i = 0; i < LETTERS; i++) {
            code.setCharAt(0, (char) ('A' + i / 676));
            code.setCharAt(1, (char) ('A' + i / 26 % 26));
            code.setCharAt(2, (char) ('A' + i % 26));
            COUNTRY[i] = Countries.isCountry(code.toString());
        }
        WORLD = letters(Countries.WORLD.getBytes(StandardCharsets.US_ASCII), 0);
        String[] codes = new String[QUALIFIERS.length];
        for (int q = 0; q < codes.length; q++) {
            codes[q] = QUALIFIERS[q].code();
        }
        QUALIFIER_BYTES = bytes(codes);
    }

    private final int fileSeq;
    private final int fields;
    private final int reporterAt;
    private final int partnerAt;
    private final int flowAt;
    private final int commodityAt;
    private final int periodAt;
    private final int valueAt;
    private final int qualifierAt;
    private final int sourceAt;
    /** Where each field of the current line starts and ends. */
    private final int[] starts;
    private final int[] ends;

    private final TradeSeries series;
    private final LongIds commodityIds = new LongIds();
    private final List<String> commodities = new ArrayList<>();
    private final LongIds periodIds = new LongIds();
    private final List<Period> periods = new ArrayList<>();
    private final SourceTexts sources = new SourceTexts();

    /** A parser of a file, or of one of its chunks; the parsers of a load share {@code series}. */
    TradeLineParser(Header header, int fileSeq, SeriesNumbers series) {
        this.series = new TradeSeries(series);
        this.fileSeq = fileSeq;
        this.fields = header.size();
        this.reporterAt = header.positionOf("reporter");
        this.partnerAt = header.positionOf("partner");
        this.flowAt = header.positionOf("flow");
        this.commodityAt = header.positionOf("commodity");
        this.periodAt = header.positionOf("period");
        this.valueAt = header.positionOf("value_usd");
        this.qualifierAt = header.positionOf("qualifier");
        this.sourceAt = header.positionOf("source");
        this.starts = new int[fields];
        this.ends = new int[fields];
    }

    /**
     * Adds the line {@code b[from, to)} (without its line break) to {@code out} when it is written the plain way;
     * false, with nothing added, when the record parser must read it.
     */
    boolean parse(byte[] b, int from, int to, long line, FigureColumns out) {
        if (!split(b, from, to)) {
            return false;
        }
        int reporter = country(b, reporterAt);
        int partner = country(b, partnerAt);
        if (reporter < 0 || partner < 0 || !COUNTRY[reporter] || !(COUNTRY[partner] || partner == WORLD)
                || reporter == partner) {
            return false;
        }
        int flow = oneOf(b, flowAt, FLOW_BYTES);
        int commodity = commodity(b);
        Period period = period(b);
        if (flow < 0 || commodity < 0 || period == null) {
            return false;
        }
        // the value: plain digits with at most one point, at most 18 digits (below 10^18), at most 6 decimals
        int vs = starts[valueAt];
        int ve = ends[valueAt];
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (int i = vs; i < ve; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return false;
            }
        }
        int scale = point < 0 ? 0 : ve - point - 1;
        if (digits == 0 || digits > MAX_DIGITS || scale > FieldValues.MAX_DECIMALS) {
            return false;
        }
        Qualifier qualifier = qualifier(b);
        String source = sourceAt < 0 ? "" : sources.of(b, starts[sourceAt], ends[sourceAt]);
        if (qualifier == null || source == null) {
            return false;
        }
        SeriesNumbers.Numbered numbered = series.of(reporter, partner, flow, commodity, commodities.get(commodity));
        out.add(fileSeq, line, numbered.series(), numbered.number(), period, unscaled, unscaled == 0 ? 0 : scale,
                qualifier, source);
        return true;
    }

    /** Finds the fields: exactly the header's number, all printable ASCII, none with a space at either end. */
    private boolean split(byte[] b, int from, int to) {
        int field = 0;
        starts[0] = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == ',') {
                ends[field] = i;
                if (++field == fields) {
                    return false;
                }
                starts[field] = i + 1;
            } else if (c < ' ' || c > '~') {
                return false;
            }
        }
        ends[field] = to;
        if (field != fields - 1) {
            return false;
        }
        for (int f = 0; f < fields; f++) {
            if (ends[f] > starts[f] && (b[starts[f]] == ' ' || b[ends[f] - 1] == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** The country code of a field as a number below 26³, or -1 when it is not three upper-case letters. */
    private int country(byte[] b, int field) {
        if (field < 0 || ends[field] - starts[field] != 3) {
            return -1;
        }
        return letters(b, starts[field]);
    }

    private static int letters(byte[] b, int at) {
        int code = 0;
        for (int i = at; i < at + 3; i++) {
            int letter = b[i] - 'A';
            if (letter < 0 || letter >= 26) {
                return -1;
            }
            code = code * 26 + letter;
        }
        return code;
    }

    private int oneOf(byte[] b, int field, byte[][] allowed) {
        if (field < 0) {
            return -1;
        }
        for (int k = 0; k < allowed.length; k++) {
            if (java.util.Arrays.equals(b, starts[field], ends[field], allowed[k], 0, allowed[k].length)) {
                return k;
            }
        }
        return -1;
    }

    /** The number of the commodity: TOTAL (empty or written so), or an HS code of 2 to 10 digits; -1 otherwise. */
    private int commodity(byte[] b) {
        int s = commodityAt < 0 ? 0 : starts[commodityAt];
        int e = commodityAt < 0 ? 0 : ends[commodityAt];
        long code;
        if (e == s || (e - s == 5 && b[s] == 'T' && b[s + 1] == 'O' && b[s + 2] == 'T' && b[s + 3] == 'A'
                && b[s + 4] == 'L')) {
            code = 0;
        } else {
            if (e - s < 2 || e - s > 10) {
                return -1;
            }
            code = e - s; // the length, so that 01 and 1 differ
            long digits = 0;
            for (int i = s; i < e; i++) {
                if (b[i] < '0' || b[i] > '9') {
                    return -1;
                }
                digits = digits * 10 + (b[i] - '0');
            }
            code += digits << 4;
        }
        int id = commodityIds.get(code);
        if (id < 0) {
            id = commodities.size();
            commodities.add(code == 0 ? SeriesKey.ALL_GOODS : new String(b, s, e - s, StandardCharsets.US_ASCII));
            commodityIds.put(code, id);
        }
        return id;
    }

    /** {@code YYYY}, {@code YYYY-MM}, {@code YYYY-H1} or {@code YYYY-Q1} as Period reads them; null otherwise. */
    private Period period(byte[] b) {
        int s = starts[periodAt];
        int n = ends[periodAt] - s;
        if (n != 4 && n != 7) {
            return null;
        }
        int year = 0;
        for (int i = s; i < s + 4; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return null;
            }
            year = year * 10 + (b[i] - '0');
        }
        if (year < 1000) {
            return null;
        }
        PeriodKind kind = PeriodKind.YEAR;
        int index = 1;
        if (n == 7) {
            byte a = b[s + 5];
            byte c = b[s + 6];
            if (b[s + 4] != '-' || c < '0' || c > '9') {
                return null;
            }
            if (a == 'H' || a == 'Q') {
                kind = a == 'H' ? PeriodKind.HALF : PeriodKind.QUARTER;
                index = c - '0';
            } else if (a >= '0' && a <= '9') {
                kind = PeriodKind.MONTH;
                index = (a - '0') * 10 + (c - '0');
            } else {
                return null;
            }
            if (index < 1 || index > kind.perYear()) {
                return null;
            }
        }
        long code = (long) year << 8 | kind.ordinal() << 4 | index;
        int id = periodIds.get(code);
        if (id < 0) {
            id = periods.size();
            periods.add(new Period(year, kind, index));
            periodIds.put(code, id);
        }
        return periods.get(id);
    }

    private Qualifier qualifier(byte[] b) {
        if (qualifierAt < 0 || ends[qualifierAt] == starts[qualifierAt]) {
            return Qualifier.EXACT;
        }
        int q = oneOf(b, qualifierAt, QUALIFIER_BYTES);
        return q < 0 ? null : QUALIFIERS[q];
    }

    private static byte[][] bytes(String[] texts) {
        byte[][] out = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
