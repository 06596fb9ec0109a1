package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/** Hand-built indicators for the chart tests. */
final class ChartTestData {

    private ChartTestData() {
    }

    static Indicator level(String reporter, String partner, String measure, String period, double usd, Flag... flags) {
        Set<Flag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        return new Indicator(SeriesKey.trade(reporter, partner, measure, SeriesKey.ALL_GOODS), period, "level",
                new BigDecimal(BigDecimal.valueOf(usd).toPlainString()), Unit.USD, "", set);
    }

    /** The seed figures (SPEC 9): KGZ–KOR turnover, halves approximate, 2022-H2 derived from the year. */
    static List<Indicator> seedTurnover() {
        List<Indicator> list = new ArrayList<>();
        list.add(level("KGZ", "KOR", "turnover", "2017-H1", 57e6, Flag.APPROX));
        list.add(level("KGZ", "KOR", "turnover", "2022-H1", 63.5e6, Flag.APPROX));
        list.add(level("KGZ", "KOR", "turnover", "2022-H2", 306.5e6, Flag.DERIVED, Flag.APPROX));
        list.add(level("KGZ", "KOR", "turnover", "2022", 370e6));
        // Noise the charts must ignore: other indicators, other commodities, other datasets, ranges.
        list.add(new Indicator(SeriesKey.trade("KGZ", "KOR", "turnover", SeriesKey.ALL_GOODS), "2022-H1", "yoy_pct",
                new BigDecimal("11.4"), Unit.PERCENT, "2017-H1", Set.of(Flag.APPROX)));
        list.add(new Indicator(SeriesKey.trade("KGZ", "KOR", "turnover", "8703"), "2022-H1", "level",
                new BigDecimal("999000000"), Unit.USD, "", Set.of()));
        list.add(new Indicator(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "fdi_stock", ""), "2024", "level",
                new BigDecimal("4300000000"), Unit.USD, "", Set.of(Flag.AT_LEAST)));
        list.add(new Indicator(SeriesKey.trade("KGZ", "KOR", "turnover", SeriesKey.ALL_GOODS), "2017/2022", "mean",
                new BigDecimal("100000000"), Unit.USD, "", Set.of()));
        return list;
    }

    /** Exports and imports for two pairs, with one derived half. */
    static List<Indicator> split() {
        List<Indicator> list = new ArrayList<>();
        String[][] kaz = {
                {"2020-H1", "2500", "1300"}, {"2020-H2", "2900", "1500"}, {"2021-H1", "2700", "1900"},
                {"2021-H2", "3200", "2100"}, {"2022-H1", "3600", "2400"}, {"2022-H2", "3900", "2600"}};
        for (String[] row : kaz) {
            double e = Double.parseDouble(row[1]) * 1e6;
            double i = Double.parseDouble(row[2]) * 1e6;
            boolean derived = row[0].equals("2022-H2");
            Flag[] flags = derived ? new Flag[] {Flag.DERIVED} : new Flag[0];
            list.add(level("KOR", "KAZ", "export", row[0], e, flags));
            list.add(level("KOR", "KAZ", "import", row[0], i, flags));
            list.add(level("KOR", "KAZ", "balance", row[0], e - i, flags));
            list.add(level("KOR", "KAZ", "turnover", row[0], e + i, flags));
        }
        String[][] kgz = {{"2021-H1", "210", "8"}, {"2021-H2", "260", "12"}, {"2022-H2", "290", "16.5"}};
        for (String[] row : kgz) {
            double e = Double.parseDouble(row[1]) * 1e6;
            double i = Double.parseDouble(row[2]) * 1e6;
            list.add(level("KOR", "KGZ", "export", row[0], e, Flag.APPROX));
            list.add(level("KOR", "KGZ", "import", row[0], i));
            // no balance indicator: the chart computes it
            list.add(level("KOR", "KGZ", "turnover", row[0], e + i, Flag.APPROX));
        }
        return list;
    }

    /** Eight pairs of quarterly figures over twelve years, with gaps: more than the charts show. */
    static List<Indicator> many() {
        String[] partners = {"KAZ", "KGZ", "UZB", "TJK", "TKM", "MNG", "AZE", "GEO"};
        List<Indicator> list = new ArrayList<>();
        for (int i = 0; i < partners.length; i++) {
            for (int year = 2012; year <= 2023; year++) {
                for (int q = 1; q <= 4; q++) {
                    if ((year * 7 + q + i) % 11 == 0) {
                        continue;
                    }
                    double e = (100 + 40 * i + 10 * (year - 2012) + 5 * q) * 1e6 / (i + 1);
                    double m = e * (0.3 + 0.1 * (i % 4));
                    String period = year + "-Q" + q;
                    Flag[] flags = (year + q) % 9 == 0 ? new Flag[] {Flag.DERIVED} : new Flag[0];
                    list.add(level("KOR", partners[i], "export", period, e, flags));
                    list.add(level("KOR", partners[i], "import", period, m, flags));
                    list.add(level("KOR", partners[i], "turnover", period, e + m, flags));
                }
            }
        }
        return list;
    }
}
