package org.tradestat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorName;
import org.tradestat.computed.IndicatorStoreWriter;
import org.tradestat.computed.StoredIndicators;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/** indicators.csv as writeReport writes it, once, from the run's store of computed indicators. */
class IndicatorsCsvTest {

    @TempDir
    Path dir;

    private static final SeriesKey KAZ_KOR_EXPORT = SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS);

    static StoredIndicators store(Path dir, List<Indicator> indicators, List<Indicator> outliers) throws IOException {
        Path file = dir.resolve("run-1-indicators.store");
        try (IndicatorStoreWriter writer = new IndicatorStoreWriter(file)) {
            writer.append(indicators);
            outliers.forEach(writer::markOutlier);
            writer.finish();
        }
        return StoredIndicators.open(file);
    }

    private List<String> csv(List<Indicator> indicators, List<Indicator> outliers) throws IOException {
        Path file = dir.resolve("indicators.csv");
        IndicatorsCsv.write(store(dir, indicators, outliers), file);
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** A line as the text of the README's columns says it, field by field: what the byte writer must give. */
    private static String expectedLine(Indicator i) {
        SeriesKey s = i.series();
        return String.join(",", CsvText.text(s.dataset().code()), CsvText.text(s.reporter()),
                CsvText.text(s.partner()), CsvText.text(s.measure()), CsvText.text(s.commodity()),
                CsvText.text(i.period()), i.name(), i.valueText(), i.unit().code(), CsvText.text(i.basis()),
                i.flags().stream().map(Flag::code).collect(Collectors.joining("|")));
    }

    @Test
    void eachIndicatorIsOneLineWithItsFlagsInTheOrderOfTheReadme() throws IOException {
        List<Indicator> written = List.of(
                new Indicator(KAZ_KOR_EXPORT, "2024", "yoy_pct", new BigDecimal("11.4035087"), Unit.PERCENT, "2023",
                        Set.of(Flag.APPROX, Flag.DERIVED)),
                new Indicator(KAZ_KOR_EXPORT, "2023", "yoy_pct", new BigDecimal("-3.50"), Unit.PERCENT, "2022", Set.of()),
                new Indicator(KAZ_KOR_EXPORT, "2023-07", "level", new BigDecimal("1200.00"), Unit.USD, "", Set.of()),
                new Indicator(new SeriesKey(Dataset.ENGAGEMENT, "KGZ", "KOR", "all", ""), "2015/2024", "pearson_p",
                        new BigDecimal("0.000012345678"), Unit.RATIO, "n=10", Set.of()));

        assertThat(csv(written, List.of())).containsExactly(IndicatorsCsv.HEADER,
                "trade,KAZ,KOR,export,TOTAL,2024,yoy_pct,11.403509,percent,2023,derived|approx",
                "trade,KAZ,KOR,export,TOTAL,2023,yoy_pct,-3.5,percent,2022,",
                "trade,KAZ,KOR,export,TOTAL,2023-07,level,1200,USD,,",
                "engagement,KGZ,KOR,all,,2015/2024,pearson_p,0.0000123457,ratio,n=10,");
    }

    @Test
    void anOutlierFoundAfterItsLineWasComputedIsFlaggedInTheOneWriting() throws IOException {
        Indicator change = new Indicator(KAZ_KOR_EXPORT, "2024", "yoy_pct", new BigDecimal("60"), Unit.PERCENT, "2023",
                Set.of(Flag.AT_LEAST));
        Indicator level = new Indicator(KAZ_KOR_EXPORT, "2024", "level", BigDecimal.TEN, Unit.USD, "", Set.of());

        assertThat(csv(List.of(change, level), List.of(change))).containsExactly(IndicatorsCsv.HEADER,
                "trade,KAZ,KOR,export,TOTAL,2024,yoy_pct,60,percent,2023,at_least|outlier",
                "trade,KAZ,KOR,export,TOTAL,2024,level,10,USD,,");
    }

    @Test
    void textThatASpreadsheetWouldRunIsProtected() throws IOException {
        Indicator odd = new Indicator(new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", "=cmd", ""),
                "2024", "level", BigDecimal.ONE, Unit.COUNT, "@basis, with a comma", Set.of());

        assertThat(csv(List.of(odd), List.of()).get(1))
                .isEqualTo("companies,KOR,KAZ,'=cmd,,2024,level,1,count,\"'@basis, with a comma\",");
    }

    @Test
    void theBytesAreThoseOfTheFieldsWrittenAsText() throws IOException {
        Random random = new Random(20241231);
        IndicatorName[] names = IndicatorName.values();
        Unit[] units = Unit.values();
        List<Indicator> written = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(random.nextInt(10) == 0 ? 120 : 62), random);
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(),
                    random.nextInt(30) - 5);
            SeriesKey series = SeriesKey.trade("R" + random.nextInt(5), "P" + random.nextInt(5), "export",
                    random.nextBoolean() ? SeriesKey.ALL_GOODS : Integer.toString(random.nextInt(99)));
            written.add(new Indicator(series, Integer.toString(1990 + random.nextInt(35)),
                    names[random.nextInt(names.length)].code(), value, units[random.nextInt(units.length)],
                    random.nextBoolean() ? "" : "2020", Indicator.flags(random.nextInt(1 << Flag.values().length))));
        }
        List<String> expected = new ArrayList<>(List.of(IndicatorsCsv.HEADER));
        written.forEach(i -> expected.add(expectedLine(i)));

        assertThat(csv(written, List.of())).containsExactlyElementsOf(expected);
    }
}
