package org.tradestat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

class StagedDataResolverTest {

    private static final long SEVERAL_PARTITIONS = 5 * FigureSpill.BYTES_PER_PARTITION;
    private static final String[] REPORTERS = {"KAZ", "KGZ", "UZB", "TJK", "TKM", "CHN", "JPN", "RUS", "TUR", "IND",
            "USA", "DEU", "FRA", "GBR", "ITA", "ESP", "BRA", "MEX", "CAN", "AUS"};
    private static final String[] PARTNERS = {"KOR", "MNG"};

    @TempDir
    Path spillDir;

    private JdbcTemplate jdbc;

    @BeforeEach
    void createDatabase() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:x" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("tradestat-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    private static FigureSpill.Line line(int file, long line, String reporter, String partner, String flow,
                                         int year, String value) {
        return new FigureSpill.Line(file, line, new Figure(SeriesKey.trade(reporter, partner, flow, SeriesKey.ALL_GOODS),
                Period.year(year), new BigDecimal(value), Qualifier.EXACT, null, "file " + file));
    }

    private void spill(List<FigureSpill.Line> lines) throws IOException {
        try (FigureSpill spill = FigureSpill.create(spillDir, SEVERAL_PARTITIONS)) {
            lines.forEach(l -> spill.append(l.fileSeq(), l.line(), l.figure()));
        }
    }

    private void resolve(long runId) {
        new StagedDataResolver(jdbc, runId).resolve(spillDir);
    }

    /** ts_figure rows of a run in the order they were stored, without the run id. */
    private List<List<Object>> figures(long runId) {
        return jdbc.query("SELECT dataset, reporter, partner, measure, commodity, period, figure_value, qualifier,"
                        + " since_year, source, derived, file_seq, line_no FROM ts_figure WHERE run_id = ? ORDER BY _ROWID_",
                (rs, n) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= 13; c++) {
                        row.add(c == 7 ? rs.getBigDecimal(c).stripTrailingZeros().toPlainString() : rs.getObject(c));
                    }
                    return row;
                }, runId);
    }

    /** ts_conflict rows of a run in conflict_seq order, without the run id. */
    private List<List<Object>> conflicts(long runId) {
        return jdbc.query("SELECT conflict_seq, dataset, item, old_value, old_file_seq, old_line, new_value,"
                        + " new_file_seq, new_line FROM ts_conflict WHERE run_id = ? ORDER BY conflict_seq",
                (rs, n) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getLong(9)), runId);
    }

    /** Per file: staged lines, duplicates, conflicts. */
    private Map<Integer, List<Long>> outcomes(long runId) {
        Map<Integer, List<Long>> outcomes = new TreeMap<>();
        jdbc.query("SELECT file_seq, staged_lines, duplicates, conflicts FROM ts_file_outcome WHERE run_id = ?",
                rs -> {
                    outcomes.put(rs.getInt(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, runId);
        return outcomes;
    }

    private static List<Object> figureRow(String reporter, String partner, String flow, int year, String value,
                                          int file, long line) {
        return Arrays.asList("trade", reporter, partner, flow, "TOTAL", Integer.toString(year), value, "exact", null,
                "file " + file, false, file, line);
    }

    @Test
    void anExactDuplicateInALaterFileIsMergedAndCountedForThatFile() throws IOException {
        spill(List.of(
                line(1, 2, "KOR", "KGZ", "export", 2020, "100.5"),
                line(1, 3, "KOR", "KGZ", "import", 2020, "50"),
                line(2, 2, "KOR", "KGZ", "export", 2020, "100.50"),
                line(2, 3, "KOR", "KAZ", "export", 2020, "10")));

        resolve(1);

        assertThat(figures(1)).containsExactlyInAnyOrder(
                figureRow("KOR", "KGZ", "export", 2020, "100.5", 1, 2),
                figureRow("KOR", "KGZ", "import", 2020, "50", 1, 3),
                figureRow("KOR", "KAZ", "export", 2020, "10", 2, 3));
        assertThat(conflicts(1)).isEmpty();
        assertThat(outcomes(1)).isEqualTo(Map.of(1, List.of(2L, 0L, 0L), 2, List.of(2L, 1L, 0L)));
    }

    @Test
    void aConflictingValueIsReplacedByTheLaterFileThenTheLaterLineAndBothValuesAreListed() throws IOException {
        spill(List.of(
                line(1, 5, "KOR", "KGZ", "export", 2020, "100"),
                line(1, 6, "KOR", "KGZ", "export", 2021, "7"),
                line(2, 3, "KOR", "KGZ", "export", 2020, "120.000"),
                line(2, 9, "KOR", "KGZ", "export", 2020, "130.25")));

        resolve(1);

        assertThat(figures(1)).containsExactlyInAnyOrder(
                figureRow("KOR", "KGZ", "export", 2020, "130.25", 2, 9),
                figureRow("KOR", "KGZ", "export", 2021, "7", 1, 6));
        assertThat(conflicts(1)).containsExactly(
                List.of(1L, "trade", "trade KOR KGZ export TOTAL 2020", "100", 1, 5L, "120", 2, 3L),
                List.of(2L, "trade", "trade KOR KGZ export TOTAL 2020", "120", 2, 3L, "130.25", 2, 9L));
        assertThat(outcomes(1)).isEqualTo(Map.of(1, List.of(2L, 0L, 0L), 2, List.of(2L, 0L, 2L)));
    }

    /**
     * Yearly export and import totals of 40 pairs in file 1; file 2 repeats the exports of every fourth pair
     * unchanged and changes the 2020 import of every seventh; file 3 changes the 2021 export of pairs 3, 13, 23 and 33
     * and then repeats its own new value.
     */
    private static List<FigureSpill.Line> fortyPairs() {
        List<FigureSpill.Line> lines = new ArrayList<>();
        long n = 2;
        for (int pair = 0; pair < 40; pair++) {
            for (int year = 2015; year <= 2022; year++) {
                lines.add(line(1, n++, reporter(pair), partner(pair), "export", year, pair + "" + year + ".5"));
                lines.add(line(1, n++, reporter(pair), partner(pair), "import", year, pair + "" + year));
            }
        }
        n = 2;
        for (int pair = 0; pair < 40; pair++) {
            if (pair % 4 == 0) {
                for (int year = 2015; year <= 2022; year++) {
                    lines.add(line(2, n++, reporter(pair), partner(pair), "export", year, pair + "" + year + ".50"));
                }
            }
            if (pair % 7 == 0) {
                lines.add(line(2, n++, reporter(pair), partner(pair), "import", 2020, "1" + pair));
            }
        }
        n = 2;
        for (int pair = 3; pair < 40; pair += 10) {
            lines.add(line(3, n++, reporter(pair), partner(pair), "export", 2021, "9" + pair));
            lines.add(line(3, n++, reporter(pair), partner(pair), "export", 2021, "9" + pair + ".0"));
        }
        return lines;
    }

    private static String reporter(int pair) {
        return REPORTERS[pair % REPORTERS.length];
    }

    private static String partner(int pair) {
        return PARTNERS[pair / REPORTERS.length];
    }

    /** The partition each pair's lines were spilled to, by "reporter partner". */
    private Map<String, Integer> partitionOfPair() throws IOException {
        Map<String, Integer> partitions = new HashMap<>();
        for (int p = 0; p < FigureSpill.partitionCount(spillDir); p++) {
            for (FigureSpill.Line l : FigureSpill.read(spillDir, p)) {
                partitions.put(l.figure().series().reporter() + " " + l.figure().series().partner(), p);
            }
        }
        return partitions;
    }

    @Test
    void resolvingTheSameSpillTwiceStoresTheSameRowsAndConflictsInPartitionOrder() throws IOException {
        spill(fortyPairs());
        Map<String, Integer> partitionOfPair = partitionOfPair();
        assertThat(FigureSpill.partitionCount(spillDir)).isEqualTo(5);

        resolve(1);
        resolve(2);

        List<List<Object>> figures = figures(1);
        List<List<Object>> conflicts = conflicts(1);
        assertThat(figures).hasSize(40 * 8 * 2);
        assertThat(conflicts).hasSize(6 + 4);
        assertThat(figures(2)).isEqualTo(figures);
        assertThat(conflicts(2)).isEqualTo(conflicts);

        List<Integer> figurePartitions = figures.stream()
                .map(row -> partitionOfPair.get(row.get(1) + " " + row.get(2))).toList();
        assertThat(figurePartitions).isSorted();
        List<Integer> conflictPartitions = conflicts.stream().map(row -> {
            String[] item = ((String) row.get(2)).split(" ");
            return partitionOfPair.get(item[1] + " " + item[2]);
        }).toList();
        assertThat(conflictPartitions).isSorted().doesNotContainNull();
        assertThat(conflictPartitions.stream().distinct().count()).isGreaterThan(2);
    }

    @Test
    void stagedLinesPerFileAreTheLinesSpilledForThatFile() throws IOException {
        List<FigureSpill.Line> lines = fortyPairs();
        spill(lines);

        resolve(7);

        Map<Integer, List<Long>> outcomes = outcomes(7);
        assertThat(outcomes).isEqualTo(Map.of(
                1, List.of(640L, 0L, 0L),
                2, List.of(80L + 6L, 80L, 6L),
                3, List.of(8L, 4L, 4L)));
        long staged = outcomes.values().stream().mapToLong(c -> c.get(0)).sum();
        long mergedOrReplaced = outcomes.values().stream().mapToLong(c -> c.get(1) + c.get(2)).sum();
        assertThat(staged).isEqualTo(lines.size());
        assertThat(figures(7)).hasSize((int) (staged - mergedOrReplaced));
    }

    @Test
    void aSpillCutShortFailsWithASentenceSayingTheNextRunStartsAfresh() throws IOException {
        spill(List.of(line(1, 2, "KAZ", "KOR", "export", 2020, "1"), line(1, 3, "KGZ", "KOR", "export", 2020, "2")));
        java.nio.file.Files.write(spillDir.resolve("figures-0.bin"), new byte[3]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resolve(1))
                .isInstanceOf(IllegalStateException.class)
                .hasNoCause()
                .hasMessage("cannot read the load's work files in " + spillDir + " (missing or incomplete; removed"
                        + " since the load?): run the same command again, it starts the run afresh");
    }
}
