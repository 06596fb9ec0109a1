package org.tradestat.ingest;

import static org.tradestat.ingest.FieldValues.count;
import static org.tradestat.ingest.FieldValues.money;
import static org.tradestat.ingest.FieldValues.period;
import static org.tradestat.ingest.FieldValues.qualifier;
import static org.tradestat.ingest.FieldValues.signedNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Countries;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.figure.GroupMember;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * Validates one CSV record of a known kind and turns it into an {@link InputRecord}: the typed line, or a reject
 * with the reason in plain words (SPEC section 3).
 */
public final class RecordParser {

    /** Characters of a field quoted in a reason; the whole line is in rejects.csv. */
    static final int QUOTED = 60;

    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern GROUP_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> FLOWS = Set.of("export", "import", "turnover");
    private static final Set<String> INVESTMENT_MEASURES = Set.of("inflow", "stock", "cumulative");
    private static final Set<String> CATEGORIES = Set.of("visit", "agreement", "forum", "cultural", "business", "other");
    private static final Set<String> LEVELS = Set.of("head_of_state", "head_of_government", "minister",
            "deputy_minister", "ambassador", "expert", "other");

    private final FileKind kind;
    private final Header header;
    private final Set<String> groupCodes;
    private final int fileSeq;

    public RecordParser(FileKind kind, Header header, Set<String> groupCodes, int fileSeq) {
        this.kind = kind;
        this.header = header;
        this.groupCodes = groupCodes;
        this.fileSeq = fileSeq;
    }

    public InputRecord parse(CsvRecord record) {
        try {
            LineRejectedException.checkShape(record, header);
            Row row = new Row(record.fields());
            return switch (kind) {
                case TRADE -> new InputRecord.FigureLine(fileSeq, record.line(), trade(row));
                case INVESTMENT -> new InputRecord.FigureLine(fileSeq, record.line(), investment(row));
                case COMPANIES -> new InputRecord.FigureLine(fileSeq, record.line(), companies(row));
                case EVENTS -> new InputRecord.EventLine(fileSeq, record.line(), event(row));
                case GROUPS -> new InputRecord.GroupLine(fileSeq, record.line(), group(row));
                case PUBLISHED -> new InputRecord.PublishedLine(fileSeq, record.line(), published(row));
                case COMTRADE, COMTRADE_LEGACY, COMTRADE_BULK, COMTRADE_SERVICES ->
                        throw new IllegalStateException("UN Comtrade files are read by ComtradeRecordParser");
            };
        } catch (LineRejectedException e) {
            return new InputRecord.Rejected(fileSeq, record.line(), e.getMessage(), record.raw());
        }
    }

    private Figure trade(Row row) throws LineRejectedException {
        String reporter = country(row, "reporter", false);
        String partner = country(row, "partner", true);
        distinct(reporter, partner, "reporter", "partner");
        String flow = oneOf(row, "flow", FLOWS);
        String commodity = row.get("commodity");
        if (commodity.isEmpty() || commodity.equalsIgnoreCase(SeriesKey.ALL_GOODS)) {
            commodity = SeriesKey.ALL_GOODS;
        } else if (commodity.indexOf(':') > 0) { // another classification than HS, as indicators.csv writes it
            String upper = upperCase(commodity);
            commodity = CommodityCode.of(upper).filter(c -> c.key().equals(upper)).map(CommodityCode::key)
                    .orElseThrow(() -> new LineRejectedException("commodity '" + row.get("commodity")
                            + "' is not a code such as SITC:84 or BEC:41"));
        } else if (commodity.length() < 2 || commodity.length() > 10 || !allDigits(commodity)) {
            throw new LineRejectedException("commodity '" + commodity
                    + "' is not an HS code (digits), a code such as SITC:84, or TOTAL");
        }
        return new Figure(new SeriesKey(Dataset.TRADE, reporter, partner, flow, commodity),
                period(row.get("period")), money(row.get("value_usd"), "value_usd"), qualifier(row.get("qualifier")),
                null, source(row));
    }

    private Figure investment(Row row) throws LineRejectedException {
        String investor = country(row, "investor", false);
        String host = country(row, "host", false);
        distinct(investor, host, "investor", "host");
        String measure = oneOf(row, "measure", INVESTMENT_MEASURES);
        Period period = period(row.get("period"));
        Integer since = null;
        String sinceText = row.get("since");
        if (!sinceText.isEmpty()) {
            if (!sinceText.matches("\\d{4}") || Integer.parseInt(sinceText) > period.year()) {
                throw new LineRejectedException("since '" + FreeText.quote(sinceText, QUOTED)
                        + "' is not a year on or before the period");
            }
            since = Integer.parseInt(sinceText);
        }
        return new Figure(new SeriesKey(Dataset.INVESTMENT, investor, host, measure, ""), period,
                money(row.get("value_usd"), "value_usd"), qualifier(row.get("qualifier")), since,
                source(row));
    }

    private Figure companies(Row row) throws LineRejectedException {
        String origin = country(row, "origin", false);
        String host = country(row, "host", false);
        distinct(origin, host, "origin", "host");
        String measure = lowerCase(row.get("measure"));
        if (!LABEL.matcher(measure).matches()) {
            throw new LineRejectedException("unknown measure '" + FreeText.quote(row.get("measure"), QUOTED)
                    + "': use a snake_case label such as operating or joint_venture");
        }
        if (measure.length() > FreeText.LABEL_LIMIT) {
            throw new LineRejectedException("measure label '" + FreeText.quote(measure, QUOTED) + "' is longer than "
                    + FreeText.LABEL_LIMIT + " characters");
        }
        long count = count(row.get("count"), "count", false);
        return new Figure(new SeriesKey(Dataset.COMPANIES, origin, host, measure, ""),
                period(row.get("period")), BigDecimal.valueOf(count), qualifier(row.get("qualifier")), null,
                source(row));
    }

    private EngagementEvent event(Row row) throws LineRejectedException {
        String a = country(row, "country_a", false);
        String b = country(row, "country_b", false);
        distinct(a, b, "country_a", "country_b");
        String category = oneOf(row, "category", CATEGORIES);
        String level = lowerCase(row.get("level"));
        if (!level.isEmpty() && !LEVELS.contains(level)) {
            throw new LineRejectedException("unknown level '" + FreeText.quote(row.get("level"), QUOTED)
                    + "' (expected one of "
                    + String.join(", ", LEVELS.stream().sorted().toList()) + ")");
        }
        int count = row.get("count").isEmpty() ? 1 : (int) count(row.get("count"), "count", true);
        String dateText = row.get("date");
        LocalDate day = null;
        Period period;
        if (dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                day = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new LineRejectedException("malformed date '" + FreeText.quote(dateText, QUOTED)
                        + "': no such day");
            }
            if (day.getYear() < 1000) {
                throw new LineRejectedException("malformed date '" + FreeText.quote(dateText, QUOTED)
                        + "': the year is out of range");
            }
            period = Period.month(day.getYear(), day.getMonthValue());
        } else {
            period = Period.tryParse(dateText).orElseThrow(() -> new LineRejectedException("malformed date '"
                    + dateText + "' (expected YYYY-MM-DD, or a period such as 2022 or 2022-09)"));
        }
        return new EngagementEvent(day, period, a, b, category, level, FreeText.clean(row.get("title"), FreeText.TITLE_LIMIT),
                count, source(row));
    }

    private GroupMember group(Row row) throws LineRejectedException {
        String group = upperCase(row.get("group"));
        if (!isGroupCode(group)) {
            throw new LineRejectedException("group code '" + FreeText.quote(row.get("group"), QUOTED)
                    + "' must be upper-case letters, digits or _ (at most " + FreeText.LABEL_LIMIT
                    + " characters) and not a country code");
        }
        return new GroupMember(group, country(row, "member", false), FreeText.clean(row.get("name"), FreeText.TITLE_LIMIT));
    }

    private PublishedFigure published(Row row) throws LineRejectedException {
        String subject = FreeText.clean(row.get("subject"), FreeText.TITLE_LIMIT);
        if (subject.isEmpty()) {
            throw new LineRejectedException("subject is empty: say what the figure is, e.g. Korea's trade with"
                    + " Central Asia: share going to Kazakhstan");
        }
        String reporter = row.get("reporter").isEmpty() ? "" : country(row, "reporter", false);
        String partner = row.get("partner").isEmpty() ? "" : country(row, "partner", true);
        if (!reporter.isEmpty()) {
            distinct(reporter, partner, "reporter", "partner");
        }
        String unitText = row.get("unit");
        Unit unit = Unit.fromCode(unitText).orElseThrow(() -> new LineRejectedException("unknown unit '"
                + FreeText.quote(unitText, QUOTED) + "' (expected one of " + String.join(", ",
                java.util.Arrays.stream(Unit.values()).map(Unit::code).toList()) + ")"));
        return new PublishedFigure(subject, period(row.get("period")), signedNumber(row.get("value"), "value"), unit,
                qualifier(row.get("qualifier")), reporter, partner, source(row));
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Upper-cased in ASCII; a code with another letter (a look-alike such as ı or ſ) is no code: "?" matches none. */
    private static String upperCase(String code) {
        String upper = Ascii.upper(code);
        return upper == null ? "?" : upper;
    }

    /** Lower-cased in ASCII; "?" (matching no code or label) when it holds another letter. */
    private static String lowerCase(String text) {
        String lower = Ascii.lower(text);
        return lower == null ? "?" : lower;
    }

    /** A valid group code: upper-case letters, digits and _, and neither a country code nor WLD. */
    static boolean isGroupCode(String code) {
        return code.length() <= FreeText.LABEL_LIMIT && GROUP_CODE.matcher(code).matches() && !Countries.isCountry(code)
                && !Countries.WORLD.equals(code);
    }

    private String country(Row row, String column, boolean aggregateAllowed) throws LineRejectedException {
        String code = upperCase(row.get(column));
        if (code.isEmpty()) {
            throw new LineRejectedException(column + " is empty");
        }
        if (Countries.isCountry(code)) {
            return code;
        }
        if (Countries.WORLD.equals(code) || groupCodes.contains(code)) {
            if (aggregateAllowed) {
                return code;
            }
            throw new LineRejectedException(column + " '" + FreeText.quote(code, QUOTED)
                    + "' is an aggregate; it must be a country");
        }
        throw new LineRejectedException("unknown country code '" + FreeText.quote(row.get(column), QUOTED)
                + "' in " + column
                + " (expected ISO 3166-1 alpha-3 such as KOR" + (aggregateAllowed ? ", WLD or a group code" : "")
                + ")");
    }

    private static void distinct(String a, String b, String nameA, String nameB) throws LineRejectedException {
        if (a.equals(b)) {
            throw new LineRejectedException(nameA + " equals " + nameB + " (" + a + ")");
        }
    }

    private static String oneOf(Row row, String column, Set<String> allowed) throws LineRejectedException {
        String value = lowerCase(row.get(column));
        if (!allowed.contains(value)) {
            throw new LineRejectedException("unknown " + column + " '" + FreeText.quote(row.get(column), QUOTED)
                    + "' (expected one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return value;
    }

    private static String source(Row row) {
        return FreeText.clean(row.get("source"), FreeText.SOURCE_LIMIT);
    }

    /** Field access by column name; absent optional columns read as empty. */
    final class Row {
        private final List<String> fields;

        Row(List<String> fields) {
            this.fields = fields;
        }

        String get(String column) {
            int position = header.positionOf(column);
            if (position < 0) {
                return "";
            }
            String field = fields.get(position);
            return field.isEmpty() || (field.charAt(0) > ' ' && field.charAt(field.length() - 1) > ' ')
                    ? field : field.strip();
        }
    }
}
