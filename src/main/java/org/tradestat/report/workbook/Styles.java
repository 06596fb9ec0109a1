package org.tradestat.report.workbook;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.report.model.Level;

/** Every cell style of the workbook, each created once. */
final class Styles {

    /** Money in US$ million with one decimal; the cell holds the exact dollar value. */
    static final String MILLIONS = "#,##0.0,,";
    static final String MILLIONS_SIGNED = "+#,##0.0,,;-#,##0.0,,;0.0";
    static final String PERCENT_SIGNED = "+0.0%;-0.0%;0.0%";
    static final String PERCENT = "0.0%";
    static final String RATIO = "0.00";
    static final String COUNT = "#,##0";
    static final String COUNT_SIGNED = "+#,##0;-#,##0;0";
    /** Counts that are averages or trends, such as a mean of 12.5 companies. */
    static final String COUNT_DECIMAL = "#,##0.0";
    static final String COUNT_DECIMAL_SIGNED = "+#,##0.0;-#,##0.0;0.0";
    /** Three decimals; below 0.001 "<0.001", as the sentences say it, rather than a rounded 0.000. */
    static final String P_VALUE = "[<0.001]\"<0.001\";0.000";
    static final String SIGNED_RATIO = "+0.00;-0.00;0.00";
    static final String YEARS = "0.0";

    static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
    static final byte[] RISE_COLOUR = {(byte) 0x00, (byte) 0x6E, (byte) 0x2E};
    static final byte[] FALL_COLOUR = {(byte) 0xC0, (byte) 0x00, (byte) 0x00};
    static final byte[] LINK_COLOUR = {(byte) 0x05, (byte) 0x63, (byte) 0xC1};

    final CellStyle text;
    final CellStyle wrap;
    /** Wrapped, indented by a character: a Notes column. */
    final CellStyle note;
    final CellStyle header;
    /** The header of a column of numbers: right-aligned, as they are. */
    final CellStyle headerRight;
    final CellStyle title;
    final CellStyle heading;
    final CellStyle subheading;
    final CellStyle link;
    final CellStyle shorthand;
    final CellStyle moneySigned;
    final CellStyle percentSigned;
    final CellStyle percent;
    final CellStyle count;
    final CellStyle lineNumber;
    final CellStyle countSigned;
    final CellStyle countDecimal;
    final CellStyle countDecimalSigned;
    final CellStyle plainRatio;
    /** A ratio to 3 decimals: the trade indices (an RCA of 1.833). */
    final CellStyle ratio3;
    final CellStyle signedRatio;
    final CellStyle pValue;
    final CellStyle years;
    /** Money that is not a reported level (a mean, a forecast): no qualifier symbol. */
    final CellStyle moneyPlain;
    private final Map<Qualifier, CellStyle> money = new EnumMap<>(Qualifier.class);
    private final Map<Qualifier, CellStyle> ratio = new EnumMap<>(Qualifier.class);
    private final Map<Qualifier, CellStyle> counts = new EnumMap<>(Qualifier.class);
    private final Map<Qualifier, CellStyle> percents = new EnumMap<>(Qualifier.class);

    static final String FONT = "Calibri";

    private final Font regular;

    Styles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        regular = font(wb, 11, false);

        text = base(wb);
        wrap = base(wb);
        wrap.setWrapText(true);
        // a Notes cell stands a character off the numbers right-aligned in the column before it
        note = base(wb);
        note.setWrapText(true);
        note.setIndention((short) 1);

        Font bold = font(wb, 11, true);
        header = base(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerRight = wb.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);

        Font big = font(wb, 16, true);
        title = base(wb);
        title.setFont(big);

        Font medium = font(wb, 13, true);
        heading = base(wb);
        heading.setFont(medium);

        subheading = base(wb);
        subheading.setFont(bold);

        XSSFFont linkFont = (XSSFFont) font(wb, 11, false);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(new XSSFColor(LINK_COLOUR, null));
        link = base(wb);
        link.setFont(linkFont);

        shorthand = base(wb);
        shorthand.setAlignment(HorizontalAlignment.RIGHT);

        moneySigned = numeric(wb, formats, MILLIONS_SIGNED);
        percentSigned = numeric(wb, formats, PERCENT_SIGNED);
        percent = numeric(wb, formats, PERCENT);
        count = numeric(wb, formats, COUNT);
        lineNumber = numeric(wb, formats, "0");
        countSigned = numeric(wb, formats, COUNT_SIGNED);
        countDecimal = numeric(wb, formats, COUNT_DECIMAL);
        countDecimalSigned = numeric(wb, formats, COUNT_DECIMAL_SIGNED);
        plainRatio = numeric(wb, formats, RATIO);
        ratio3 = numeric(wb, formats, "0.000");
        signedRatio = numeric(wb, formats, SIGNED_RATIO);
        pValue = numeric(wb, formats, P_VALUE);
        years = numeric(wb, formats, YEARS);
        moneyPlain = numeric(wb, formats, MILLIONS);
        for (Qualifier q : Qualifier.values()) {
            money.put(q, numeric(wb, formats, qualified(q, MILLIONS)));
            ratio.put(q, numeric(wb, formats, qualified(q, RATIO)));
            counts.put(q, numeric(wb, formats, qualified(q, COUNT)));
            percents.put(q, numeric(wb, formats, qualified(q, PERCENT)));
        }
    }

    /** Money level: "~63.5" for an approximate figure, "≥200.0" for a lower bound. */
    CellStyle money(Set<Flag> flags) {
        return money.get(Level.qualifierOf(flags));
    }

    CellStyle ratio(Set<Flag> flags) {
        return ratio.get(Level.qualifierOf(flags));
    }

    /** Count level: "≥370" for a lower bound. */
    CellStyle count(Set<Flag> flags) {
        return counts.get(Level.qualifierOf(flags));
    }

    /** A share held as a fraction: "≥62.0%" for a lower bound. */
    CellStyle percent(Set<Flag> flags) {
        return percents.get(Level.qualifierOf(flags));
    }

    /** A number format with the qualifier's symbol before positive and negative numbers. */
    static String qualified(Qualifier q, String format) {
        if (q == Qualifier.EXACT) {
            return format;
        }
        String symbol = "\"" + q.symbol() + "\"";
        return symbol + format + ";" + symbol + "-" + format;
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle base(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setFont(regular);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private CellStyle numeric(Workbook wb, DataFormat formats, String format) {
        CellStyle s = base(wb);
        s.setDataFormat(formats.getFormat(format));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }
}
