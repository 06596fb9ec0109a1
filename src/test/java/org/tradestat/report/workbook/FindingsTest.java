package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradestat.report.workbook.SampleReport.change;
import static org.tradestat.report.workbook.SampleReport.level;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.TradeFacts;

class FindingsTest {

    @Test
    void sampleHeadlinesReadAsPlainSentences() {
        List<String> all = SampleReport.findings(SampleReport.data());
        assertEquals(List.of(
                "Trade turnover between Kazakhstan and South Korea was US$ 4.8 billion in 2022, 20.0% more than in "
                        + "2021 (there are no figures for the second half of 2022, so the latest period up to then is "
                        + "shown).",
                "Imports from South Korea made up 85.4% of the turnover between Kazakhstan and South Korea in 2022, a "
                        + "trade deficit of US$ 3.4 billion for Kazakhstan; the deficit widened by US$ 600.0 million "
                        + "since 2021.",
                "The derived trade turnover between Kyrgyzstan and South Korea in the second half of 2022, about US$ "
                        + "306.5 million, was 382.7% more "
                        + "than in the first half of 2022.",
                "In 2022 as a whole, trade turnover between Kyrgyzstan and South Korea was US$ 370.0 million.",
                "Trade turnover between Kyrgyzstan and South Korea was about US$ 63.5 million in the first half of "
                        + "2022, 11.4% more than in the first half of 2017 "
                        + "(2.2% a year)."),
                all.subList(0, 5));
        assertEquals(List.of(
                "Kazakhstan accounted for more than 62.5% of South Korea's trade with Central Asia in 2023.",
                "The concentration of South Korea's trade across the 5 partner countries in the input in 2023 was 0.49 "
                        + "on "
                        + "the Herfindahl\u2013Hirschman index; normalized, 0.36 (0 means spread evenly across them, 1 "
                        + "all with one partner).",
                "Investment from South Korea in Kazakhstan exceeded US$ 4.3 billion by 2024 (cumulative since 1992).",
                "Investment from South Korea in Kazakhstan during 2023 was US$ 450.0 million, 25.0% less than in 2022.",
                "More than 370 companies from South Korea operated in Kazakhstan in 2024.",
                "There were more than 200 joint ventures from South Korea in Kyrgyzstan in 2020.",
                "In 2024, 1 engagement event between Kazakhstan and South Korea was recorded: 1 forum (1 at expert "
                        + "level).",
                "10 agreements were signed between Kyrgyzstan and South Korea in 2024.",
                "In 2024, 11 engagement events between Kyrgyzstan and South Korea were recorded: 1 visit and 10 "
                        + "agreements signed "
                        + "(11 at head-of-state level).",
                "In 2022, 11 engagement events between Kyrgyzstan and South Korea were recorded: 5 visits, 5 cultural "
                        + "events and 1 "
                        + "business event (5 at minister level and 6 with no level given).",
                "The latest ministerial visit between Kyrgyzstan and South Korea, on 1 June 2022, came 3.2 years after "
                        + "the previous "
                        + "one (15 March 2019).",
                "Over 2018\u20132023 (n = 6 years), years with more engagement events between Kazakhstan and South "
                        + "Korea tended to "
                        + "have higher turnover (Pearson r = +0.72, Spearman rho = +0.60). It is not statistically "
                        + "significant (Pearson's p = 0.106, Spearman's p = 0.208): it may be chance. Only 6 years: "
                        + "read "
                        + "it as indicative. Correlation does not show that one causes the other."),
                all.subList(5, all.size()));
    }

    @Test
    void withoutTradeTheOtherFindingsStillSpeak() {
        ReportData sample = SampleReport.data();
        List<Indicator> noTrade = sample.indicators().stream()
                .filter(i -> i.series().dataset() != org.tradestat.figure.Dataset.TRADE).toList();
        List<String> lines = SampleReport.findings(new ReportData(sample.run(), List.of(), noTrade, List.of(), List.of(),
                List.of(), List.of(), sample.remarks(), SampleReport.NO_REJECTS, List.of()));
        assertEquals("No trade figures were loaded for this run.", lines.get(0));
        assertTrue(lines.contains("More than 370 companies from South Korea operated in Kazakhstan in 2024."));
    }

    @Test
    void qualifiersAndPluralsReadRight() {
        List<Indicator> ind = new ArrayList<>();
        ind.add(SampleReport.other(org.tradestat.figure.Dataset.COMPANIES, "KOR", "UZB", "representative_office",
                "2023", "level", "1", Unit.COUNT, "", Set.of()));
        ind.add(SampleReport.other(org.tradestat.figure.Dataset.COMPANIES, "KOR", "UZB", "operating", "2023", "level",
                "120", Unit.COUNT, "", EnumSet.of(Flag.APPROX)));
        ind.add(SampleReport.other(org.tradestat.figure.Dataset.INVESTMENT, "KOR", "UZB", "stock", "2023", "level",
                "950000000", Unit.USD, "", EnumSet.of(Flag.AT_MOST)));
        ind.add(SampleReport.other(org.tradestat.figure.Dataset.ENGAGEMENT, "KOR", "UZB", "agreement", "2023",
                "level", "1", Unit.COUNT, "", Set.of()));
        ind.add(SampleReport.other(org.tradestat.figure.Dataset.ENGAGEMENT, "KOR", "UZB", "all", "2023",
                "level", "1", Unit.COUNT, "", Set.of()));
        List<String> lines = SampleReport.findings(report(ind, "2023"));
        assertEquals(List.of("No trade figures were loaded for this run.",
                "The stock of investment from South Korea in Uzbekistan was at most US$ 950.0 million at the end of "
                        + "2023.",
                "About 120 companies from South Korea operated in Uzbekistan in 2023.",
                "There was 1 representative office from South Korea in Uzbekistan in 2023.",
                "1 agreement was signed between South Korea and Uzbekistan in 2023.",
                "In 2023, 1 engagement event between South Korea and Uzbekistan was recorded."), lines);
    }

    @Test
    void withoutAFocusPeriodEachPairShowsItsLatestPeriod() {
        List<String> lines = SampleReport.findings(withFocus(SampleReport.data(), null));
        assertEquals("Trade turnover between Kazakhstan and South Korea was US$ 4.8 billion in 2022, 20.0% more "
                + "than in 2021.",
                lines.get(0));
        // For KGZ–KOR the year 2022 ends with its second half and, being longer, is the latest period.
        assertEquals("Trade turnover between Kyrgyzstan and South Korea was US$ 370.0 million in 2022.", lines.get(2));
        assertEquals("Trade turnover between Kyrgyzstan and South Korea was about US$ 63.5 million in the first half "
                + "of 2022, 11.4% more than in "
                + "the first half of 2017 (2.2% a year).", lines.get(3));
    }

    @Test
    void focusOnTheFirstHalfGivesTheLongRunChangeFirst() {
        List<String> lines = SampleReport.findings(withFocus(SampleReport.data(), "2022-H1"));
        assertTrue(lines.contains("Trade turnover between Kyrgyzstan and South Korea was about US$ 63.5 million in the "
                + "first half of 2022, 11.4% "
                + "more than in the first half of 2017 (2.2% a year)."));
        assertTrue(lines.contains("In 2022 as a whole, trade turnover between Kyrgyzstan and South Korea was US$ 370.0 "
                + "million."));
        assertTrue(lines.stream().noneMatch(l -> l.contains("382.7%")));
    }

    @Test
    void fallsLowerBoundsAndExportsOnlyPairsSayWhatTheyAre() {
        List<Indicator> ind = new ArrayList<>();
        ind.add(level("KOR", "UZB", "export", "TOTAL", "2022", "2000000000", EnumSet.of(Flag.AT_LEAST)));
        ind.add(level("KOR", "UZB", "export", "TOTAL", "2023", "1500000000", Set.of()));
        ind.add(change("KOR", "UZB", "export", "2023", "yoy_abs", "-500000000", Unit.USD, "2022",
                EnumSet.of(Flag.AT_MOST)));
        ind.add(change("KOR", "UZB", "export", "2023", "yoy_pct", "-25", Unit.PERCENT, "2022",
                EnumSet.of(Flag.AT_MOST)));
        List<String> lines = SampleReport.findings(report(ind, "2023"));
        assertEquals(List.of("South Korea's exports to Uzbekistan were US$ 1.5 billion in 2023, at least 25.0% "
                + "less than in 2022."), lines);
        List<String> earlier = SampleReport.findings(report(ind, "2022"));
        assertEquals(List.of("South Korea's exports to Uzbekistan were more than US$ 2.0 billion in 2022."), earlier);
    }

    @Test
    void noTradeFiguresSaySo() {
        assertEquals(List.of("No trade figures were loaded for this run, so there are no findings to report."),
                SampleReport.findings(report(List.of(), "2022")));
    }

    @Test
    void manyPairsAreCutToTheLargestAndTheFindingsSaySo() {
        List<Indicator> ind = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String partner = "P" + (char) ('A' + i) + "X";
            ind.add(level("KOR", partner, "turnover", "TOTAL", "2022", Long.toString((i + 1) * 1_000_000L),
                    Set.of()));
        }
        List<String> lines = SampleReport.findings(report(ind, "2022"));
        assertEquals(Findings.MAX_PAIRS + 1, lines.size());
        assertTrue(lines.get(0).contains("South Korea and PFX"), lines.get(0));
        assertEquals("These findings cover the 10 pairs with the largest figures; the Key figures sheet lists all 15 "
                + "pairs.", lines.get(10));
    }

    /** The analysis's own indicators for the seed figures give the sentences SPEC 9 checks. */
    @Test
    void readsTheIndicatorsTheTradeAnalysisWrites() {
        List<Figure> figures = List.of(
                figure("2017-H1", "57000000", Qualifier.APPROX),
                figure("2022-H1", "63500000", Qualifier.APPROX),
                figure("2022", "370000000", Qualifier.EXACT));
        List<Indicator> ind = TradeAnalysis.analyse(figures, LocalDate.of(2024, 12, 31)).indicators();
        List<String> lines = SampleReport.findings(report(ind, "2022-H2"));
        assertEquals(List.of(
                "The derived trade turnover between Kyrgyzstan and South Korea in the second half of 2022, about US$ "
                        + "306.5 million, was 382.7% more "
                        + "than in the first half of 2022.",
                "In 2022 as a whole, trade turnover between Kyrgyzstan and South Korea was US$ 370.0 million.",
                "Trade turnover between Kyrgyzstan and South Korea was about US$ 63.5 million in the first half of "
                        + "2022, 11.4% more than in the first half of 2017 "
                        + "(2.2% a year)."), lines);
    }

    /** The index is over the partners the input holds, counted, and never said to be over all of them. */
    @Test
    void concentrationNamesHowManyPartnersOfTheInputItIsOver() {
        List<Indicator> ind = new ArrayList<>();
        String[][] partners = {{"KAZ", "600000000"}, {"UZB", "300000000"}, {"KGZ", "100000000"}, {"WLD", "9000000000"}};
        for (String[] p : partners) {
            Figure f = new Figure(SeriesKey.trade("KOR", p[0], "turnover", "TOTAL"), Period.parse("2023"),
                    new BigDecimal(p[1]), Qualifier.EXACT, null, "test");
            ind.addAll(TradeAnalysis.analyse(List.of(f), LocalDate.of(2024, 12, 31)).indicators());
        }
        ind.addAll(org.tradestat.analysis.Concentration.analyse(ind));
        List<String> lines = SampleReport.findings(report(ind, "2023"));
        assertTrue(lines.contains("The concentration of South Korea's trade across the 3 partner countries in the "
                + "input in "
                + "2023 was 0.46 on the Herfindahl\u2013Hirschman index; normalized, 0.19 (0 means spread evenly "
                + "across "
                + "them, 1 all with one partner)."), lines.toString());
    }

    /** Three yearly figures, one a lower bound, gave "a 95% prediction interval from 385 to 385": no such finding. */
    @Test
    void noTrendOrForecastIsAFindingFromFewYearsOrABound() {
        List<Figure> figures = List.of(figure("2020", "300000000", Qualifier.EXACT),
                figure("2021", "340000000", Qualifier.AT_LEAST), figure("2022", "380000000", Qualifier.EXACT));
        List<Indicator> ind = new ArrayList<>(TradeAnalysis.analyse(figures, LocalDate.of(2024, 12, 31)).indicators());
        // the statistics as an analysis that does not refuse such a series computes them: a perfect line
        String[][] stats = {{"trend_slope", "40000000", "USD_PER_YEAR", ""}, {"trend_r2", "1", "RATIO", ""},
                {"trend_p", "0", "RATIO", ""}, {"forecast", "420000000", "USD", "2023"},
                {"forecast_lo95", "420000000", "USD", "2023"}, {"forecast_hi95", "420000000", "USD", "2023"},
                {"mean", "340000000", "USD", ""}};
        for (String[] st : stats) {
            ind.add(new Indicator(SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL"), "2020/2022", st[0],
                    new BigDecimal(st[1]), Unit.valueOf(st[2]), st[3], EnumSet.of(Flag.APPROX)));
        }
        List<String> lines = SampleReport.findings(report(ind, "2022"));
        assertTrue(lines.contains("Trade turnover between Kyrgyzstan and South Korea: insufficient data for a trend or "
                + "forecast (only "
                + "3 yearly figures over 2020\u20132022, and the figure of 2021 (\u2265) is only a bound; a trend, "
                + "forecast and summary statistics need at least 5 yearly figures, none of them a bound (\u2265 or "
                + "\u2264))."), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains(" grew by ") || l.contains("prediction interval")),
                lines.toString());
    }

    /** Significant only when Pearson and Spearman agree; the findings and the Statistics sheet say it alike. */
    @Test
    void aCorrelationIsCalledSignificantOnlyWhenBothTestsAgree() {
        List<String> onlyPearson = correlationFindings("0.021", "0.197");
        assertEquals(List.of("Over 2014\u20132023 (n = 10 years), years with more engagement events between Kazakhstan "
                + "and South Korea "
                + "tended to have higher turnover (Pearson r = +0.70, Spearman rho = +0.44). It is not called "
                + "statistically significant: only one of the two tests is below 0.05 (Pearson's p = 0.021, Spearman's "
                + "p = 0.197), and a relation is called significant only when both are. Correlation does not show that "
                + "one causes the other."), onlyPearson);
        assertTrue(correlationFindings("0.021", "0.030").get(0).contains("The relation is statistically significant: "
                + "both tests agree (Pearson's p = 0.021, Spearman's p = 0.030)."));
        String withoutSpearman = correlationFindings("0.021", null).get(0);
        assertTrue(withoutSpearman.contains("Without Spearman's p-value it is not called statistically significant "
                + "(Pearson's p = 0.021)."), withoutSpearman);
        assertTrue(!withoutSpearman.contains(" is statistically significant"), withoutSpearman);
    }

    private static List<String> correlationFindings(String pearsonP, String spearmanP) {
        List<Indicator> ind = new ArrayList<>();
        List<String[]> values = new ArrayList<>(List.of(new String[]{"pearson_r", "0.70"},
                new String[]{"pearson_p", pearsonP}, new String[]{"spearman_rho", "0.44"}));
        if (spearmanP != null) {
            values.add(new String[]{"spearman_p", spearmanP});
        }
        for (String[] v : values) {
            ind.add(SampleReport.other(org.tradestat.figure.Dataset.ENGAGEMENT, "KAZ", "KOR", "all", "2014/2023", v[0],
                    v[1], Unit.RATIO, "n=10", Set.of()));
        }
        AnalysisFacts facts = AnalysisFacts.of(ind, List.of());
        List<String> lines = Findings.beyondTrade(facts, null);
        assertEquals(List.of(CorrelationTable.correlationSentence(facts.correlations().get(0))), lines,
                "the findings say what the Statistics sheet says");
        return lines;
    }

    /**
     * Events known only by their year give no time between events (docs/statistics.md): never a fraction of a year
     * counted from 1 January, nor a previous one in the same year.
     */
    @Test
    void theTimeBetweenEventsIsGivenOnlyFromDatesKnownToTheDayOrMonth() {
        List<org.tradestat.figure.EngagementEvent> events = List.of(
                event(LocalDate.of(2022, 3, 15), "2022", "visit", "minister"),
                event(null, "2022", "visit", "minister"),
                event(null, "2013", "visit", "head_of_state"),
                event(LocalDate.of(2024, 12, 3), "2024", "visit", "head_of_state"),
                event(null, "2023", "forum", "expert"),
                event(LocalDate.of(2024, 2, 20), "2024", "forum", "expert"),
                event(null, "2022-09", "business", "expert"),
                event(LocalDate.of(2024, 12, 3), "2024", "business", "expert"));
        List<Indicator> ind = org.tradestat.analysis.EngagementAnalysis.analyse(events, LocalDate.of(2024, 12, 31));
        List<String> lines = SampleReport.findings(report(ind, "2024"));
        // a month is close enough for years and tenths, said to be approximate
        assertTrue(lines.contains("The latest expert-level business event between Kyrgyzstan and South Korea, on 3 "
                + "December 2024, "
                + "came about 2.3 years after the previous one (September 2022)."), lines.toString());
        // the visits and the forum have a year-only event before the latest: no time between them is stated
        assertEquals(1, lines.stream().filter(l -> l.contains("previous one") || l.contains("time between")).count(),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.matches(".*0\\.[0-9] years.*")), lines.toString());
    }

    private static org.tradestat.figure.EngagementEvent event(LocalDate day, String period, String category,
                                                               String level) {
        return new org.tradestat.figure.EngagementEvent(day, Period.parse(period), "KGZ", "KOR", category, level,
                "event", 1, "test");
    }

    /** Issue 15: a deficit of 2,189.9 that became 2,151.4 (US$ million) was once "+1.8%"; it narrowed by 38.5. */
    @Test
    void theChangeOfADeficitIsSaidInWordsWithoutAPercentage() {
        List<Figure> figures = List.of(
                trade("export", "2023", "2000000000"), trade("import", "2023", "4189900000"),
                trade("export", "2024", "2100000000"), trade("import", "2024", "4251400000"));
        List<Indicator> ind = TradeAnalysis.analyse(figures, LocalDate.of(2024, 12, 31)).indicators();
        List<String> lines = SampleReport.findings(report(ind, "2024"));
        assertEquals(List.of(
                "Trade turnover between South Korea and Japan was US$ 6.4 billion in 2024, 2.6% more than in 2023.",
                "Imports from Japan made up 66.9% of the turnover between South Korea and Japan in 2024, a trade "
                        + "deficit of US$ 2.2 billion for South Korea; the deficit narrowed by US$ 38.5 million since "
                        + "2023."), lines);
    }

    @Test
    void aSurplusThatTurnsIntoADeficitSaysSo() {
        List<Figure> figures = List.of(
                trade("export", "2023", "30000000"), trade("import", "2023", "20000000"),
                trade("export", "2024", "30000000"), trade("import", "2024", "35000000"));
        List<Indicator> ind = TradeAnalysis.analyse(figures, LocalDate.of(2024, 12, 31)).indicators();
        String split = SampleReport.findings(report(ind, "2024")).get(1);
        assertEquals("Imports from Japan made up 53.8% of the turnover between South Korea and Japan in 2024, a trade "
                + "deficit of US$ 5.0 "
                + "million for South Korea; the balance turned from a surplus of US$ 10.0 million in 2023 to a deficit "
                + "of US$ "
                + "5.0 million.", split);
    }

    private static Figure trade(String flow, String period, String usd) {
        return new Figure(SeriesKey.trade("KOR", "JPN", flow, "TOTAL"), Period.parse(period), new BigDecimal(usd),
                Qualifier.EXACT, null, "test");
    }

    private static Figure figure(String period, String usd, Qualifier q) {
        return new Figure(SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL"), Period.parse(period),
                new BigDecimal(usd), q, null, "seed");
    }

    private static ReportData withFocus(ReportData d, String focus) {
        ReportData.RunInfo r = d.run();
        return new ReportData(new ReportData.RunInfo(r.job(), r.runId(), r.runDate(), focus, r.parameters()),
                d.inputs(), d.indicators(), d.rejects(), d.conflicts(), d.warnings(), d.sources(), List.of(),
                d.rejectCounts(), List.of());
    }

    private static ReportData report(List<Indicator> indicators, String focus) {
        return new ReportData(new ReportData.RunInfo("job", 1, LocalDate.of(2024, 12, 31), focus, Map.of()),
                List.of(), indicators, List.of(), List.of(), List.of(), List.of(), List.of(), SampleReport.NO_REJECTS,
                List.of());
    }

    @Test
    void aDownloadOfOneProductIsNamedAsThatProductNeverAsThePairsTrade() {
        List<Indicator> indicators = List.of(
                level("KOR", "WLD", "import", "8542", "2022", "50000000000", Set.of()),
                level("KOR", "WLD", "import", "8542", "2023", "58117380644", Set.of()),
                level("KOR", "WLD", "export", "8542", "2023", "86154902117.75", Set.of()),
                level("KOR", "WLD", "turnover", "8542", "2023", "144272282761.75", Set.of()),
                level("UZB", "KOR", "export", "SITC:84", "2023", "15118402", Set.of()));
        assertEquals(List.of(
                "No figure of trade in all goods was loaded for this run, only figures of single commodities.",
                "The input holds no figure of trade in all goods between South Korea and the World, only HS 8542, so "
                        + "no trade turnover or balance of the pair is given.",
                "In 2023, South Korea's imports of HS 8542 from the World were US$ 58.1 billion and its exports of "
                        + "HS 8542 to the World US$ 86.2 billion.",
                "The input holds no figure of trade in all goods between Uzbekistan and South Korea, only SITC 84, so "
                        + "no trade turnover or balance of the pair is given.",
                "In 2023, Uzbekistan's exports of SITC 84 to South Korea were US$ 15.1 million."),
                Findings.headline(TradeFacts.of(indicators), AnalysisFacts.of(SampleReport.data()), null)
                        .subList(0, 5));
    }
}
