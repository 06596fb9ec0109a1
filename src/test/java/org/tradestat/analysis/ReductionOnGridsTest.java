package org.tradestat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/** Until the maps are gone: the reduction on period grids gives, figure for figure and in order, what it gave on maps. */
class ReductionOnGridsTest {

    private static final String[] FLOWS = {"export", "import", "re_export", "re_import", "turnover"};
    private static final String[] COMMODITIES = {"TOTAL", "01", "02", "27", "84", "85", "8542", "270900", "30", "72",
            "10", "11", "12", "13", "14", "15", "SITC:84", "SITC:7", "SITC:78", "BEC:41", "BEC:4"};
    private static final String[] VALUES = {"1", "2.5", "2.50", "1000", "0", "123456.78", "0.000001", "7"};

    @Test
    void randomPairsReduceToTheSameFiguresOnGridsAsOnMaps() {
        Random random = new Random(42);
        for (int round = 0; round < 400; round++) {
            List<Figure> figures = new ArrayList<>();
            List<String> commodities = new ArrayList<>(List.of(COMMODITIES));
            Collections.shuffle(commodities, random);
            commodities = commodities.subList(0, 1 + random.nextInt(commodities.size()));
            int firstYear = 2015 + random.nextInt(3);
            int years = 1 + random.nextInt(4);
            for (String commodity : commodities) {
                for (String flow : FLOWS) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    int shape = random.nextInt(5);
                    SeriesKey series = SeriesKey.trade("KOR", "KAZ", flow, commodity);
                    for (int year = firstYear; year < firstYear + years; year++) {
                        List<Period> periods = switch (shape) {
                            case 0 -> List.of(Period.year(year));
                            case 1 -> Period.year(year).parts(org.tradestat.period.PeriodKind.MONTH);
                            case 2 -> Period.year(year).parts(org.tradestat.period.PeriodKind.QUARTER);
                            case 3 -> List.of(Period.year(year), Period.half(year, 1 + random.nextInt(2)));
                            default -> List.of(Period.half(year, 1), Period.month(year, 7), Period.month(year, 8));
                        };
                        for (Period p : periods) {
                            if (random.nextInt(12) == 0) {
                                continue; // a gap
                            }
                            Qualifier q = random.nextInt(8) == 0 ? Qualifier.values()[random.nextInt(4)] : Qualifier.EXACT;
                            figures.add(new Figure(series, p, new BigDecimal(VALUES[random.nextInt(VALUES.length)]), q,
                                    null, "src " + random.nextInt(2), random.nextInt(15) == 0));
                        }
                    }
                }
            }
            if (random.nextInt(5) == 0) {
                figures.add(new Figure(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", ""), Period.year(2016),
                        BigDecimal.TEN, Qualifier.EXACT, null, "inv"));
            }
            if (figures.isEmpty()) {
                continue;
            }
            if (random.nextBoolean()) {
                Collections.shuffle(figures, random); // not sorted by series: the grids must not rely on it
            }
            assertThat(TradeAnalysis.reduce(figures)).as("round %d", round).isEqualTo(ReductionOnMaps.reduce(figures));
        }
    }
}
