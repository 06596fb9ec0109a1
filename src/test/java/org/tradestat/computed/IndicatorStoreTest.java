package org.tradestat.computed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/** The store of computed indicators: what computeIndicators writes and writeReport reads, possibly in another JVM. */
class IndicatorStoreTest {

    @TempDir
    Path dir;

    private static final SeriesKey KAZ_KOR_EXPORT = SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS);

    private static Indicator indicator(String period, String name, String value, Unit unit, String basis,
                                       Set<Flag> flags) {
        return new Indicator(KAZ_KOR_EXPORT, period, name, new BigDecimal(value), unit, basis, flags);
    }

    private Path store(List<Indicator> indicators) throws IOException {
        Path file = dir.resolve("run-1-indicators.store");
        try (IndicatorStoreWriter writer = new IndicatorStoreWriter(file)) {
            writer.append(indicators);
            writer.finish();
        }
        return file;
    }

    private static List<Indicator> read(Path file) throws IOException {
        List<Indicator> read = new ArrayList<>();
        StoredIndicators.open(file).forEach((rows, k) -> read.add(rows.indicator(k)));
        return read;
    }

    @Test
    void indicatorsComeBackInOrderWithTheirValuesAsIndicatorsCsvShowsThem() throws IOException {
        List<Indicator> written = List.of(
                indicator("2023-07", "level", "1250000.50", Unit.USD, "", Set.of(Flag.DERIVED, Flag.APPROX)),
                indicator("2023", "yoy_pct", "11.40350877192982", Unit.PERCENT, "2022", Set.of()),
                indicator("2023", "yoy_abs", "-3000.00", Unit.USD, "2022", Set.of(Flag.BREAK)),
                indicator("2018/2023", "trend_p", "0.0000123456789", Unit.RATIO, "", Set.of()),
                indicator("2018/2023", "mean", "0E+3", Unit.USD, "", Set.of()),
                indicator("2024", "forecast", "1.5E+4", Unit.USD, "2024", Set.of(Flag.AT_LEAST)),
                // beyond a long: 30 digits of money
                indicator("2023", "level", "123456789012345678901234567.89", Unit.USD, "", Set.of()),
                new Indicator(new SeriesKey(Dataset.ENGAGEMENT, "KGZ", "KOR", "visit:head_of_state", ""), "2015/2024",
                        "pearson_r", new BigDecimal("-0.25"), Unit.RATIO, "n=10", Set.of()));

        List<Indicator> read = read(store(written));

        assertThat(read).hasSize(written.size());
        for (int k = 0; k < written.size(); k++) {
            Indicator w = written.get(k);
            Indicator shownAsInTheFile = new Indicator(w.series(), w.period(), w.name(),
                    new BigDecimal(w.valueText()), w.unit(), w.basis(), w.flags());
            assertThat(read.get(k)).as("indicator %d", k).isEqualTo(shownAsInTheFile);
        }
        assertThat(read.get(0).value()).isEqualByComparingTo("1250000.5");
        assertThat(read.get(1).value()).isEqualTo(new BigDecimal("11.403509"));
        assertThat(read.get(3).value()).isEqualTo(new BigDecimal("0.0000123457"));
        assertThat(read.get(4).value()).isEqualTo(BigDecimal.ZERO);
        assertThat(read.get(5).value()).isEqualTo(new BigDecimal("15000"));
        assertThat(read.get(6).value()).isEqualTo(new BigDecimal("123456789012345678901234567.89"));
        assertThat(StoredIndicators.open(dir.resolve("run-1-indicators.store")).count()).isEqualTo(8);
    }

    @Test
    void anOutlierMarkedAfterItWasWrittenComesBackFlaggedAndOnlyIt() throws IOException {
        Indicator change2022 = indicator("2022", "yoy_pct", "4", Unit.PERCENT, "2021", Set.of(Flag.APPROX));
        Indicator change2023 = indicator("2023", "yoy_pct", "400", Unit.PERCENT, "2022", Set.of(Flag.APPROX));
        Indicator abs2023 = indicator("2023", "yoy_abs", "400", Unit.USD, "2022", Set.of());
        Path file = dir.resolve("run-1-indicators.store");
        try (IndicatorStoreWriter writer = new IndicatorStoreWriter(file)) {
            writer.append(List.of(change2022, change2023, abs2023));
            writer.append(indicator("2018/2023", "mean", "1", Unit.USD, "", Set.of()));
            writer.markOutlier(change2023);
            assertThatThrownBy(() -> writer.markOutlier(indicator("1999", "yoy_pct", "1", Unit.PERCENT, "1998",
                    Set.of()))).isInstanceOf(IllegalArgumentException.class);
            writer.finish();
        }

        assertThat(read(file)).extracting(Indicator::flags).containsExactly(Set.of(Flag.APPROX),
                Set.of(Flag.APPROX, Flag.OUTLIER), Set.of(), Set.of());
    }

    @Test
    void aWriterClosedWithoutFinishingLeavesNoFileAndANewOneStartsAfresh() throws IOException {
        Path file = dir.resolve("run-1-indicators.store");
        try (IndicatorStoreWriter writer = new IndicatorStoreWriter(file)) {
            writer.append(indicator("2023", "level", "1", Unit.USD, "", Set.of()));
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        // a killed attempt leaves its part: the next one writes over it
        Files.writeString(dir.resolve("run-1-indicators.store.part"), "what a killed attempt was writing");
        assertThat(read(store(List.of(indicator("2024", "level", "2", Unit.USD, "", Set.of())))))
                .extracting(Indicator::period).containsExactly("2024");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileCutShortOrOfAnotherKindIsRefused() throws IOException {
        Path file = store(List.of(indicator("2023", "level", "1", Unit.USD, "", Set.of()),
                indicator("2024", "level", "2", Unit.USD, "", Set.of())));
        byte[] whole = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThatThrownBy(() -> StoredIndicators.open(cut)).isInstanceOf(IOException.class)
                .hasMessageContaining("incomplete");
        Path csv = Files.writeString(dir.resolve("indicators.csv"), "dataset,reporter,partner,measure,commodity,"
                + "period,indicator,value,unit,basis,flags\n");
        assertThatThrownBy(() -> StoredIndicators.open(csv)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a store");
    }

    @Test
    void anIndicatorNameOutsideTheVocabularyIsRefusedWhenWritten() throws IOException {
        try (IndicatorStoreWriter writer = new IndicatorStoreWriter(dir.resolve("x.store"))) {
            assertThatThrownBy(() -> writer.append(indicator("2023", "levels", "1", Unit.USD, "", Set.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels");
        }
    }
}
