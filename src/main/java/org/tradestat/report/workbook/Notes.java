package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.SourceRef;
import org.tradestat.report.ReportData;

/**
 * The numbered notes of the Notes sheet. The definitions come first with fixed numbers, so that a
 * {@code [note N]} marker anywhere in the workbook points to the same note in every run; the published figures,
 * the sources and the run follow (its parameters are in run.json).
 */
final class Notes {

    /** A note: its number, a short topic, and the text. */
    record Note(int number, String topic, String text) {
        String marker() {
            return "[note " + number + "]";
        }
    }

    /** The fixed notes, in number order (note 1 is the first). */
    enum Def {
        SHORTHAND("Shorthand", "[x] means not available: the input has no figure for this cell, or too few "
                + "figures to compute it (the row then says \"insufficient data\" and why). [z] means not "
                + "applicable: the figure does not exist by definition, such as an annual growth rate for a one-year "
                + "comparison, a percentage change from a base of zero or the change of a deficit (see Changes and "
                + "percentages), or a coverage ratio when imports are zero. "
                + "In a Notes column, [e] marks an estimate (a figure derived from others) and [u] low reliability (a "
                + "figure the source gives as approximate). "
                + "A dash (\u2013) in a Notes or Warnings column means the row has nothing to note. Blank cells are "
                + "not used in the tables."),
        MONEY("Money", "Values are in US dollars at current prices, as the sources give them. The tables show them in "
                + "US$ million with one decimal; each cell holds the exact dollar value, so formulas and a wider "
                + "number format show the full figure. Sentences give amounts of US$ 1,000 million or more in "
                + "billions (US$ 8.5 billion) and smaller ones in millions (US$ 63.5 million), each with one "
                + "decimal."),
        PAIRS("Reporter and partner", "Exports are the reporter's exports to the partner, imports the reporter's "
                + "imports from the partner. The partner WLD is the World and a group code is a group of countries: "
                + "such rows are aggregates, shown on their own and never added to their members. Commodity is a code "
                + "of a classification, named with it: HS 84 (machinery) and SITC 84 (apparel) are different goods and "
                + "are never added together or compared. All goods is the total of all goods (TOTAL in the input); "
                + "Other goods is the sum of a pair's smaller commodities, beyond the ten largest over all years."),
        TURNOVER("Turnover", "Turnover is exports plus imports when both are known for the period; where a source gives "
                + "only the total, the reported turnover is used."),
        BALANCE("Balance", "Balance is exports minus imports. A negative balance is a trade deficit of the reporter "
                + "with the partner, a positive one a surplus."),
        COVERAGE("Coverage ratio", "Coverage ratio is exports divided by imports. Above 1, exports exceed imports; "
                + "below 1, imports exceed exports."),
        NORMALIZED("Normalized balance", "Normalized balance is (exports minus imports) divided by (exports plus "
                + "imports). It lies between -1 (imports only) and +1 (exports only); 0 means balanced trade."),
        DERIVED("Derived figures", "A derived figure was not given by a source but computed from figures that were: a "
                + "year from its two halves, four quarters or twelve months; a half from its quarters or months; or a "
                + "missing half from the year minus the other half (for example 2022 H2 = 2022 minus 2022 H1). A "
                + "reported figure always takes precedence over a derived one. A Notes cell marks a derived figure [e], the "
                + "spreadsheet guidance's shorthand for an estimate."),
        APPROX("Approximate (~)", "The source gives the figure as approximate (\"about\"). Tables show it with ~ "
                + "before the number, and a Notes cell marks it [u], the spreadsheet guidance's shorthand for low "
                + "reliability; anything computed from it is approximate too."),
        AT_LEAST("At least (\u2265)", "The source gives the figure as a lower bound (\"more than\", \"exceeded\"). "
                + "Tables show it with \u2265 before the number."),
        AT_MOST("At most (\u2264)", "The source gives the figure as an upper bound (\"less than\", \"up to\"). Tables "
                + "show it with \u2264 before the number."),
        COMPARISONS("Comparisons", "Year on year (yoy) compares a period with the same period one year earlier "
                + "(2022 H1 with 2021 H1). Previous period (seq) compares it with the period of the same length just "
                + "before it (2022 H2 with 2022 H1); years are compared year on year only. Long run (long) compares it "
                + "with the earliest period of the same kind at least two years before it (2022 H1 with 2017 H1), "
                + "and gives the compound annual growth rate (CAGR): the steady yearly growth that leads from the "
                + "earlier figure to the later one, (later / earlier)^(1 / years) - 1."),
        CHANGES("Changes and percentages", "A change is the later figure minus the earlier one; the percentage "
                + "change divides it by the earlier figure, and is given only when the earlier figure is positive "
                + "and the later one is not negative. The change of a negative figure (a trade deficit) is given as "
                + "an amount only and said in words: a deficit of US$ 2,189.9 million that becomes US$ 2,151.4 million "
                + "narrowed by US$ 38.5 million (a change of +38.5, the balance rose); a balance that turns from a "
                + "surplus to a deficit, or back, says so. Divided by a negative figure, a percentage reads the wrong "
                + "way round (that narrowing would be \"+1.8%\" of a deficit), so the percentage cell shows [z]. "
                + "Percentages are shown with one decimal. A rise shows a + sign and green text, a fall a - sign and "
                + "red text, so the sign alone tells the direction."),
        PERIODS("Periods", "Periods are years (2022), halves (2022 H1, 2022 H2), quarters (2022 Q1) or months "
                + "(2022-07). Only periods that ended on or before the as-of date are used."),
        QUALITY("Data quality", "Every data line of every input file is loaded, merged as an exact duplicate, or "
                + "rejected with a reason. When the same figure is given twice with different values, the value from "
                + "the later file (in file-name order), then the later line, is used; both are listed on the "
                + "Conflicts sheet, which the workbook has when there are any."),
        CHARTS("Charts", "Each chart is also saved as a PNG and an SVG file in the charts folder next to this "
                + "workbook."),
        INVESTMENT("Investment", "Investment figures are in US dollars of the investor's capital in the host "
                + "country, as the sources give them. Inflow is investment made during the period; stock is the "
                + "position at the end of the period; cumulative is the total since a start year (shown as Since) to "
                + "the end of the period. Only inflows add up over periods: stocks and cumulative totals are never "
                + "summed, and cumulative totals are compared only with totals from the same start year."),
        COMPANIES("Companies", "Company counts are the number of companies from the origin country in the host "
                + "country at the end of the period, as the sources give them. Each label (operating companies, "
                + "joint ventures, representative offices) is its own series; the labels are not added together."),
        ENGAGEMENT("Engagement events", "Events are official visits, agreements, forums, cultural, business and other "
                + "events between two countries recorded in the input; the pair has no direction. A line of the "
                + "input may stand for several events (for example 10 agreements signed at one summit), and each "
                + "counts. Agreements signed counts the agreements. Counts are given for years that have ended by "
                + "the as-of date; every year from a pair's first to its last year with an event has a count, 0 in a "
                + "year without one of a kind (the correlation counts such years as 0 too). By level counts "
                + "events whose level (head of state, minister, ...) the input names."),
        YEARS_BETWEEN("Time between events", "For each pair, category and level: the date of the latest event, "
                + "the date of the one before it, and the time between them in years (days / 365.25). Only events "
                + "dated to the day or to the month count; one known by its month counts from the first day of that "
                + "month, and the time is then approximate. An event known only by its year (or half or quarter) may "
                + "fall anywhere in it, so it is never the one before a dated event of the same year, and where it "
                + "surely falls between the two dated events, or after the latest, the time is not given."),
        SHARE("Share within a group", "A partner's share is its turnover with the reporter divided by the "
                + "reporter's turnover with all members of the group, in percent. It is computed only when every "
                + "member has a figure for the period; a group's own aggregate row is never used. A share computed "
                + "from a lower bound is itself a bound (shown with \u2265 or \u2264)."),
        HHI("Herfindahl-Hirschman index (HHI)", "The HHI is the sum of the squared shares of the parts of a "
                + "reporter's turnover: across partners (countries only, not the World or groups), or across the "
                + "top-level commodity codes of a pair. The parts are those the input has figures for: an index "
                + "across partners is over the partners in the input, not over all the reporter's partners. It runs from 1/N (N equal parts) to 1 (all with one part). "
                + "The normalized HHI, (HHI - 1/N) / (1 - 1/N), runs from 0 (spread evenly) to 1 (all with one part), "
                + "so indices over different numbers of parts compare. Only parts with a positive turnover count, and "
                + "an index needs at least two."),
        MIRROR("Mirror gap", "The same goods are reported twice: as A's exports to B and as B's imports from A. "
                + "The mirror gap is (B's figure - A's figure) / A's figure, in percent. Imports are usually valued "
                + "with freight and insurance (CIF) and exports without (FOB), so gaps of a few percent are normal; "
                + "gaps above 10% are listed on the Warnings sheet (there when any check warns)."),
        TREND("Trend (ordinary least squares)", "The trend is the straight line that best fits the yearly figures "
                + "(ordinary least squares). Its slope is the average change a year, in the unit of the series a "
                + "year. Years without a figure are left out, not counted as zero."),
        R_SQUARED("R\u00b2", "R\u00b2 (coefficient of determination) is the share of the year-to-year variation "
                + "that the trend line explains, from 0 (none) to 1 (all)."),
        P_VALUE("p-value", "The p-value of the slope is the probability of a slope at least this steep if there were "
                + "no trend at all (two-sided t test). Below 0.05 the trend is called statistically significant; a "
                + "large p-value means the data cannot tell a trend from chance."),
        FORECAST("Forecast and 95% prediction interval", "The forecast extends the trend line to the year after the "
                + "last figure. The 95% prediction interval is the range in which the next yearly figure is expected "
                + "to fall 95 times in 100 if the trend holds: forecast \u00b1 t \u00b7 s \u00b7 \u221a(1 + 1/n + "
                + "(x - mean x)\u00b2 / Sxx), with t from the t distribution with n - 2 degrees of freedom. Few years "
                + "give a wide interval."),
        DESCRIPTIVE("Mean, median and standard deviation", "The mean is the average of the yearly figures; the "
                + "median is the middle one when they are sorted (the average of the two middle ones for an even "
                + "number), and is not pulled by one unusual year; the standard deviation (sample, n - 1) measures "
                + "how far the yearly figures spread around the mean."),
        CV("Coefficient of variation (CV)", "The coefficient of variation is the standard deviation divided by the "
                + "absolute mean: spread relative to size, so series of different sizes compare. 0.10 means the "
                + "yearly figures typically differ from their mean by about 10%."),
        OUTLIER("Outliers (robust z-score)", "Each year-on-year change gets a robust z-score: 0.6745 "
                + "\u00b7 (change - median change) / MAD, where MAD is the median absolute deviation of the changes "
                + "from their median. The changes are taken in percent, except for a trade balance, whose changes "
                + "are taken as amounts (a balance can be a deficit or zero, and has no percentage change then); "
                + "changes from zero, which have no percentage, are left out. "
                + "Unlike the usual z-score it is not distorted by the outlier itself. A change "
                + "with |z| above 3.5 is flagged as an outlier (Iglewicz and Hoaglin); flagged changes are worth "
                + "checking against the source, but may be real."),
        CORRELATION("Correlation (Pearson and Spearman)", "Correlation measures how a pair's yearly engagement count "
                + "and its yearly turnover move together, from -1 (one rises as the other falls) through 0 (no "
                + "relation) to +1 (they rise together). Pearson's r measures a straight-line relation; Spearman's rho "
                + "uses ranks, so it measures any steadily rising or falling relation and resists outliers. The "
                + "p-value is the probability of a correlation at least this strong by chance (two-sided); a relation "
                + "is called statistically significant only when both p-values, Pearson's and Spearman's, are below "
                + "0.05. n is the number of years used: years with a turnover figure within the span of the pair's "
                + "events, a year without events counting as 0. Correlation does not show that one causes the other."),
        SMALL_SAMPLES("Small samples and insufficient data", "Statistics need enough data: a trend, forecast and "
                + "summary statistics of a series are given only when it has at least 5 yearly figures, none of them "
                + "a bound (\u2265 or \u2264), since a line through fewer points, or through a figure that only says "
                + "\"more than\", gives a forecast and an interval more certain than the data are. The outlier check "
                + "needs at least 4 year-on-year changes as well; a correlation at least 5 years, 3 of them with events, "
                + "and it is called significant only when Pearson's and Spearman's tests agree. Where there is less, "
                + "the tables say \"insufficient data\" with the reason and never show a number computed from too "
                + "little (indicators.csv holds what was computed). With fewer than about 10 years, trends, intervals "
                + "and p-values rest on little evidence: read them as indicative, not as firm results."),
        LIMITS("Large tables", "A sheet holds at most 1,048,576 rows. A table that would be longer is cut before that "
                + "limit, and a sentence under it says how many rows were left out; indicators.csv and rejects.csv "
                + "next to this workbook always hold every figure and every rejected line."),
        REFERENCE("Published figures", "A published figure is a figure as a source states it, given in the input's "
                + "published-figures file because no other kind of input can hold it (for example a share stated in a "
                + "speech). It is shown as the source states it, in a note of its own, and is never mixed with the "
                + "figures computed from the input nor used in any computation. Like every figure, it is shown only "
                + "when its period ended by the as-of date."),
        BREAK("Break in series [b]", "The territory behind a country code changed: Belgium was reported together with "
                + "Luxembourg until 1998 (UN M49 058) and alone from 1999 (056); Germany was the Federal Republic of "
                + "Germany until 1990 (280) and the united Germany from 1991 (276). The first figure under the new "
                + "territory, and every comparison across the change, is marked as a break: the figures on either "
                + "side are not of the same territory."),
        TRADE_INDICES("Trade indices (WITS)", TradeIndicesSheet.DEFINITIONS),
        RUNNING_TOTALS("Year to date and rolling twelve months", RunningTotalFindings.DEFINITION),
        REVISIONS("Revisions [r]", RevisionsSheet.DEFINITION);

        private final String topic;
        private final String text;

        Def(String topic, String text) {
            this.topic = topic;
            this.text = text;
        }

        int number() {
            return ordinal() + 1;
        }

        String marker() {
            return "[note " + number() + "]";
        }

        Note note() {
            return new Note(number(), topic, text);
        }
    }

    private Notes() {
    }

    /** Every note of the report: the definitions, then the published figures, then one per source, then the run. */
    static List<Note> all(ReportData data) {
        List<Note> notes = new ArrayList<>();
        for (Def d : Def.values()) {
            notes.add(d.note());
        }
        int n = notes.size();
        for (PublishedFigure p : data.published()) {
            notes.add(new Note(++n, PUBLISHED_TOPIC, Texts.published(p) + (p.source().isEmpty() ? ""
                    : ", as published by " + p.source()) + ". Shown as published, not computed from the input "
                    + Def.REFERENCE.marker() + "."));
        }
        for (SourceRef s : data.sources()) {
            String noun = "engagement".equals(s.dataset()) ? "event" : "figure";
            String count = Texts.count(s.figures()) + " " + noun + (s.figures() == 1 ? "" : "s");
            notes.add(new Note(++n, SOURCE_TOPIC, s.source() + " (" + s.dataset() + ": " + count + ")"));
        }
        // the parameters as given (folders on the machine that ran the job) are for operators: run.json has them
        ReportData.RunInfo run = data.run();
        notes.add(new Note(++n, "Run", "Job " + run.job() + ", run id " + run.runId() + ", as-of date "
                + run.runDate() + ", focus period " + blankAsNone(run.focusPeriod()) + ". The run's parameters and "
                + "input files are in run.json, next to this workbook."));
        return notes;
    }

    /** The topic of the note of each source, in the order of {@link ReportData#sources()}. */
    static final String SOURCE_TOPIC = "Source";

    /** The topic of the note of each published figure, in the order of {@link ReportData#published()}. */
    static final String PUBLISHED_TOPIC = "Published figure";

    private static String blankAsNone(String s) {
        return s == null || s.isBlank() ? "none" : s;
    }

    /** The flags a Notes cell names, in its order, each with its word (and shorthand) and its note. */
    private enum FlagNote {
        DERIVED(Flag.DERIVED, "Derived [e]", Def.DERIVED),
        APPROX(Flag.APPROX, "Approximate [u]", Def.APPROX),
        AT_LEAST(Flag.AT_LEAST, "At least", Def.AT_LEAST),
        AT_MOST(Flag.AT_MOST, "At most", Def.AT_MOST),
        BREAK(Flag.BREAK, "Break in series [b]", Def.BREAK),
        REVISED(Flag.REVISED, "Revised [r]", Def.REVISIONS);

        private final Flag flag;
        private final String word;
        private final Def def;

        FlagNote(Flag flag, String word, Def def) {
            this.flag = flag;
            this.word = word;
            this.def = def;
        }
    }

    /**
     * The Notes-column text for figures with flags, e.g. "Derived [e]: turnover [note 8]. Approximate [u]: export,
     * turnover [note 9]." The bracketed shorthand is the spreadsheet guidance's: [e] estimated, [u] low reliability.
     */
    static String flagNotes(Map<String, Set<Flag>> flagsByMeasure) {
        List<String> parts = new ArrayList<>();
        for (FlagNote f : FlagNote.values()) {
            List<String> measures = new ArrayList<>();
            flagsByMeasure.forEach((measure, flags) -> {
                if (flags.contains(f.flag)) {
                    measures.add(measure);
                }
            });
            if (!measures.isEmpty()) {
                parts.add(f.word + ": " + String.join(", ", measures) + " " + f.def.marker() + ".");
            }
        }
        return String.join(" ", parts);
    }

    /** The Notes-column text for one figure (a comparison): "Derived [e] [note 8]. Approximate [u] [note 9]." */
    static String flagNotes(Set<Flag> flags) {
        List<String> parts = new ArrayList<>();
        for (FlagNote f : FlagNote.values()) {
            if (flags.contains(f.flag)) {
                parts.add(f.word + " " + f.def.marker() + ".");
            }
        }
        return String.join(" ", parts);
    }
}
