package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/** Indicators for the charts beyond trade: the shipped input's, and fuller made-up sets. */
final class ReportChartData {

    private ReportChartData() {
    }

    /** The indicators.csv of the shipped input run for 2024-12-31 (header left out). */
    static final String SHIPPED = """
            trade,KGZ,KOR,turnover,TOTAL,2017-H1,level,57000000,USD,,approx
            trade,KGZ,KOR,turnover,TOTAL,2022,level,370000000,USD,,
            trade,KGZ,KOR,turnover,TOTAL,2022-H1,level,63500000,USD,,approx
            trade,KGZ,KOR,turnover,TOTAL,2022-H1,long_abs,6500000,USD,2017-H1,approx
            trade,KGZ,KOR,turnover,TOTAL,2022-H1,long_pct,11.403509,percent,2017-H1,approx
            trade,KGZ,KOR,turnover,TOTAL,2022-H1,long_cagr_pct,2.183265,percent,2017-H1,approx
            trade,KGZ,KOR,turnover,TOTAL,2022-H2,level,306500000,USD,,derived|approx
            trade,KGZ,KOR,turnover,TOTAL,2022-H2,seq_abs,243000000,USD,2022-H1,derived|approx
            trade,KGZ,KOR,turnover,TOTAL,2022-H2,seq_pct,382.677165,percent,2022-H1,derived|approx
            investment,KOR,KAZ,cumulative,,2024,level,4300000000,USD,1992,at_least
            companies,KOR,KAZ,operating,,2024,level,370,count,,at_least
            companies,KOR,KGZ,joint_venture,,2020,level,200,count,,at_least
            engagement,KAZ,KOR,all,,2024,level,1,count,,
            engagement,KAZ,KOR,forum,,2024,level,1,count,,
            engagement,KAZ,KOR,level:expert,,2024,level,1,count,,
            engagement,KGZ,KOR,agreement,,2019,level,1,count,,
            engagement,KGZ,KOR,agreement,,2024,level,10,count,,
            engagement,KGZ,KOR,all,,2017,level,1,count,,
            engagement,KGZ,KOR,all,,2019,level,2,count,,
            engagement,KGZ,KOR,all,,2022,level,11,count,,
            engagement,KGZ,KOR,all,,2024,level,11,count,,
            engagement,KGZ,KOR,business,,2022,level,1,count,,
            engagement,KGZ,KOR,cultural,,2022,level,5,count,,
            engagement,KGZ,KOR,forum,,2017,level,1,count,,
            engagement,KGZ,KOR,level:ambassador,,2019,level,1,count,,
            engagement,KGZ,KOR,level:expert,,2017,level,1,count,,
            engagement,KGZ,KOR,level:expert,,2019,level,1,count,,
            engagement,KGZ,KOR,level:head_of_state,,2024,level,11,count,,
            engagement,KGZ,KOR,level:minister,,2022,level,5,count,,
            engagement,KGZ,KOR,visit,,2019,level,1,count,,
            engagement,KGZ,KOR,visit,,2022,level,5,count,,
            engagement,KGZ,KOR,visit,,2024,level,1,count,,
            """;

    static List<Indicator> shipped() {
        return parse(SHIPPED);
    }

    /** Lines in the layout of indicators.csv, without the header and without quoting. */
    static List<Indicator> parse(String csv) {
        List<Indicator> out = new ArrayList<>();
        for (String line : csv.strip().split("\n")) {
            String[] f = line.strip().split(",", -1);
            Dataset dataset = Dataset.fromCode(f[0]);
            Unit unit = Arrays.stream(Unit.values()).filter(u -> u.code().equals(f[8])).findFirst().orElseThrow();
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (!f[10].isEmpty()) {
                for (String flag : f[10].split("\\|")) {
                    flags.add(Flag.valueOf(flag.toUpperCase()));
                }
            }
            out.add(new Indicator(new SeriesKey(dataset, f[1], f[2], f[3], f[4]), f[5], f[6], new BigDecimal(f[7]),
                    unit, f[9], flags));
        }
        return out;
    }

    static Indicator level(Dataset dataset, String reporter, String partner, String measure, String period,
                           double value, String basis, Flag... flags) {
        Set<Flag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        Unit unit = dataset == Dataset.INVESTMENT || dataset == Dataset.TRADE ? Unit.USD : Unit.COUNT;
        return new Indicator(new SeriesKey(dataset, reporter, partner, measure,
                dataset == Dataset.TRADE ? SeriesKey.ALL_GOODS : ""), period, "level",
                new BigDecimal(BigDecimal.valueOf(value).toPlainString()), unit, basis, set);
    }

    static Indicator share(String reporter, String member, String period, double pct, String group, Flag... flags) {
        Set<Flag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        return new Indicator(SeriesKey.trade(reporter, member, "turnover", SeriesKey.ALL_GOODS), period, "share_pct",
                new BigDecimal(BigDecimal.valueOf(pct).toPlainString()), Unit.PERCENT, group, set);
    }

    /** Yearly KOR–KAZ and KOR–UZB turnover over ten years, with the statistics step's forecasts added. */
    static List<Indicator> yearlyWithForecast() {
        List<Indicator> list = new ArrayList<>();
        double[] kaz = {4100, 3900, 4500, 4800, 5200, 4600, 5900, 6400, 6100, 6800};
        double[] uzb = {1200, 1500, 1400, 1900, 2300, 2100, 2400, 2600, 2800, 3100};
        for (int i = 0; i < kaz.length; i++) {
            String year = Integer.toString(2015 + i);
            list.add(level(Dataset.TRADE, "KOR", "KAZ", "turnover", year, kaz[i] * 1e6, ""));
            list.add(level(Dataset.TRADE, "KOR", "UZB", "turnover", year, uzb[i] * 1e6, "",
                    i == 9 ? new Flag[] {Flag.APPROX} : new Flag[0]));
        }
        return SeriesStatistics.analyse(list).applyTo(list);
    }

    /** One pair's yearly turnover, five years (the fewest a forecast needs), with the forecast. */
    static List<Indicator> onePairWithForecast() {
        List<Indicator> list = new ArrayList<>();
        double[] v = {280, 310, 295, 352, 370};
        for (int i = 0; i < v.length; i++) {
            list.add(level(Dataset.TRADE, "KGZ", "KOR", "turnover", Integer.toString(2018 + i), v[i] * 1e6, "",
                    i == 4 ? new Flag[0] : new Flag[] {Flag.APPROX}));
        }
        return SeriesStatistics.analyse(list).applyTo(list);
    }

    /** Half-yearly turnover for most periods, and the five yearly figures of 2019–2023 that give a forecast. */
    static List<Indicator> halvesWithYearlyForecast() {
        List<Indicator> list = new ArrayList<>();
        double[][] halves = {{2019, 110, 125}, {2020, 120, 140}, {2021, 150, 160}, {2022, 63.5, 306.5},
                {2023, 180, 200}};
        for (double[] h : halves) {
            int y = (int) h[0];
            list.add(level(Dataset.TRADE, "KGZ", "KOR", "turnover", y + "-H1", h[1] * 1e6, ""));
            list.add(level(Dataset.TRADE, "KGZ", "KOR", "turnover", y + "-H2", h[2] * 1e6, "",
                    y == 2022 ? new Flag[] {Flag.DERIVED} : new Flag[0]));
            list.add(level(Dataset.TRADE, "KGZ", "KOR", "turnover", Integer.toString(y), (h[1] + h[2]) * 1e6, "",
                    y == 2022 ? new Flag[0] : new Flag[] {Flag.DERIVED}));
        }
        return SeriesStatistics.analyse(list).applyTo(list);
    }

    /** Korea's turnover with all five Central Asian states in three years, and the shares the analysis gives. */
    static List<Indicator> centralAsiaShares() {
        List<Indicator> list = new ArrayList<>();
        String[] members = {"KAZ", "KGZ", "TJK", "TKM", "UZB"};
        double[][] pct = {
                {58.4, 5.1, 0.9, 2.6, 33.0},
                {60.2, 6.3, 1.1, 2.2, 30.2},
                {62.7, 5.9, 1.0, 1.8, 28.6}};
        for (int y = 0; y < pct.length; y++) {
            for (int m = 0; m < members.length; m++) {
                list.add(share("KOR", members[m], Integer.toString(2022 + y), pct[y][m], "CENTRAL_ASIA",
                        y == 2 && m == 1 ? new Flag[] {Flag.DERIVED} : m == 3 ? new Flag[] {Flag.APPROX}
                                : new Flag[0]));
            }
        }
        return list;
    }

    /** Investment with inflows over years and a cumulative figure. */
    static List<Indicator> investment() {
        List<Indicator> list = new ArrayList<>();
        double[] inflow = {120, 95, 180, 210, 160};
        for (int i = 0; i < inflow.length; i++) {
            list.add(level(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", Integer.toString(2020 + i), inflow[i] * 1e6, "",
                    i == 4 ? new Flag[] {Flag.APPROX} : new Flag[0]));
        }
        list.add(level(Dataset.INVESTMENT, "KOR", "UZB", "stock", "2023", 850e6, ""));
        list.add(level(Dataset.INVESTMENT, "KOR", "UZB", "stock", "2024", 910e6, ""));
        return list;
    }

    /** Engagement of three pairs over several years. */
    static List<Indicator> engagement() {
        List<Indicator> list = new ArrayList<>(shipped().stream()
                .filter(i -> i.series().dataset() == Dataset.ENGAGEMENT).toList());
        String[][] uzb = {{"2019", "visit", "3"}, {"2019", "agreement", "12"}, {"2021", "forum", "2"},
                {"2023", "visit", "2"}, {"2023", "business", "4"}, {"2023", "other", "1"}, {"2024", "cultural", "3"}};
        for (String[] e : uzb) {
            list.add(level(Dataset.ENGAGEMENT, "KOR", "UZB", e[1], e[0], Double.parseDouble(e[2]), ""));
        }
        return list;
    }

    /** More of everything than the charts show: eight pairs, eight members, two groups, many series. */
    static List<Indicator> stress() {
        String[] partners = {"KAZ", "KGZ", "UZB", "TJK", "TKM", "MNG", "AZE", "GEO"};
        List<Indicator> trade = new ArrayList<>();
        for (int p = 0; p < partners.length; p++) {
            for (int y = 2012; y <= 2023; y++) {
                double v = (300 + 90 * p + 25 * (y - 2012) + ((y * 7 + p) % 5) * 40) * 1e6 / (p + 1);
                trade.add(level(Dataset.TRADE, "KOR", partners[p], "turnover", Integer.toString(y), v, ""));
            }
        }
        List<Indicator> list = new ArrayList<>(SeriesStatistics.analyse(trade).applyTo(trade));
        String[] groups = {"CENTRAL_ASIA", "CAUCASUS_PLUS"};
        String[] reporters = {"KOR", "JPN"};
        for (String reporter : reporters) {
            for (String group : groups) {
                for (int y = 2016; y <= 2023; y++) {
                    double[] raw = new double[partners.length];
                    double sum = 0;
                    for (int m = 0; m < partners.length; m++) {
                        raw[m] = (partners.length - m) * (partners.length - m) + (y + m + reporter.length()) % 4;
                        sum += raw[m];
                    }
                    for (int m = 0; m < partners.length; m++) {
                        list.add(share(reporter, partners[m], Integer.toString(y), 100 * raw[m] / sum, group));
                    }
                }
            }
        }
        for (int s = 0; s < 8; s++) {
            for (int y = 2018; y <= 2024; y++) {
                if ((y + s) % 3 == 0) {
                    continue;
                }
                list.add(level(Dataset.INVESTMENT, "KOR", partners[s], s % 2 == 0 ? "inflow" : "stock",
                        Integer.toString(y), (50 + 30 * s + 10 * (y - 2018)) * 1e6, ""));
            }
            list.add(level(Dataset.COMPANIES, "KOR", partners[s], "operating", "2024", 20 + 40 * s, "",
                    Flag.AT_LEAST));
            list.add(level(Dataset.INVESTMENT, "KOR", partners[s], "inflow", "2024-H1", 20e6, ""));
        }
        String[] categories = {"visit", "agreement", "forum", "cultural", "business", "other"};
        for (int p = 0; p < 6; p++) {
            for (int y = 2010; y <= 2024; y++) {
                for (int c = 0; c < categories.length; c++) {
                    int n = (y * 3 + p * 5 + c * 7) % 6 - 2;
                    if (n > 0) {
                        String a = partners[p].compareTo("KOR") < 0 ? partners[p] : "KOR";
                        String b = partners[p].compareTo("KOR") < 0 ? "KOR" : partners[p];
                        list.add(level(Dataset.ENGAGEMENT, a, b, categories[c], Integer.toString(y), n, ""));
                    }
                }
            }
        }
        return list;
    }
}
