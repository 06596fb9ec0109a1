package org.tradestat.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Turns the staged lines of a run into its loaded data: streams each staging table in key order through a
 * {@link DuplicateResolver}, writes the winners to the final tables, the conflicts to {@code ts_conflict} and
 * the per-file counts of staged lines, duplicates and conflicts to {@code ts_file_outcome}. Re-running it gives the same rows.
 */
public final class StagedDataResolver {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final long runId;
    private final Map<Integer, long[]> fileCounts = new java.util.TreeMap<>();
    private long conflictSeq;

    public StagedDataResolver(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    record StagedFigure(List<Object> key, BigDecimal value, String qualifier, Integer since, String source,
                        int fileSeq, long line) {
        String item() {
            return String.join(" ", key.stream().map(Object::toString).filter(s -> !s.isEmpty()).toList());
        }
    }

    record StagedEvent(List<Object> key, String period, int count, String source, int fileSeq, long line) {
        String item() {
            return key.stream().map(Object::toString).filter(s -> !s.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
        }
    }

    record StagedGroup(List<Object> key, String name, int fileSeq, long line) {
    }

    public void resolve() {
        for (String table : List.of("ts_figure", "ts_event", "ts_group_member", "ts_conflict", "ts_file_outcome")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
        resolveFigures();
        resolveEvents();
        resolveGroups();
        for (String table : List.of("ts_staged_figure", "ts_staged_event", "ts_staged_group")) {
            jdbc.query("SELECT file_seq, COUNT(*) FROM " + table + " WHERE run_id = ? GROUP BY file_seq",
                    rs -> {
                        fileCounts.computeIfAbsent(rs.getInt(1), f -> new long[3])[2] += rs.getLong(2);
                    }, runId);
        }
        List<Object[]> rows = new ArrayList<>();
        fileCounts.forEach((file, c) -> rows.add(new Object[] {runId, file, c[2], c[0], c[1]}));
        jdbc.batchUpdate("INSERT INTO ts_file_outcome (run_id, file_seq, staged_lines, duplicates, conflicts)"
                + " VALUES (?,?,?,?,?)", rows);
    }

    private void resolveFigures() {
        RowMapper<StagedFigure> mapper = (rs, n) -> new StagedFigure(
                List.of(rs.getString("dataset"), rs.getString("reporter"), rs.getString("partner"),
                        rs.getString("measure"), rs.getString("commodity"), rs.getString("period")),
                rs.getBigDecimal("figure_value"), rs.getString("qualifier"), (Integer) rs.getObject("since_year", Integer.class),
                rs.getString("source"), rs.getInt("file_seq"), rs.getLong("line_no"));
        Batch winners = new Batch("INSERT INTO ts_figure (run_id, dataset, reporter, partner, measure, commodity, period,"
                + " figure_value, qualifier, since_year, source, file_seq, line_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        run("SELECT * FROM ts_staged_figure WHERE run_id = ? ORDER BY dataset, reporter, partner, measure, commodity,"
                        + " period, file_seq, line_no", mapper,
                StagedFigure::key, (a, b) -> a.value().compareTo(b.value()) == 0,
                new DuplicateResolver.Outcome<>() {
                    public void winner(StagedFigure f) {
                        List<Object> row = new ArrayList<>();
                        row.add(runId);
                        row.addAll(f.key());
                        row.addAll(java.util.Arrays.asList(f.value(), f.qualifier(), f.since(), f.source(),
                                f.fileSeq(), f.line()));
                        winners.add(row.toArray());
                    }

                    public void conflict(StagedFigure replaced, StagedFigure replacing) {
                        recordConflict((String) replaced.key().get(0), replaced.item(),
                                replaced.value().stripTrailingZeros().toPlainString(), replaced.fileSeq(), replaced.line(),
                                replacing.value().stripTrailingZeros().toPlainString(), replacing.fileSeq(), replacing.line());
                    }
                }, f -> f.fileSeq());
        winners.flush();
    }

    private void resolveEvents() {
        RowMapper<StagedEvent> mapper = (rs, n) -> new StagedEvent(
                List.of(rs.getString("event_date"), rs.getString("country_a"), rs.getString("country_b"),
                        rs.getString("category"), rs.getString("event_level"), rs.getString("title")),
                rs.getString("period"), rs.getInt("event_count"), rs.getString("source"), rs.getInt("file_seq"),
                rs.getLong("line_no"));
        Batch winners = new Batch("INSERT INTO ts_event (run_id, event_date, country_a, country_b, category, event_level,"
                + " title, period, event_count, source, file_seq, line_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        run("SELECT * FROM ts_staged_event WHERE run_id = ? ORDER BY event_date, country_a, country_b, category,"
                        + " event_level, title, file_seq, line_no", mapper,
                StagedEvent::key, (a, b) -> a.count() == b.count(),
                new DuplicateResolver.Outcome<>() {
                    public void winner(StagedEvent e) {
                        List<Object> row = new ArrayList<>();
                        row.add(runId);
                        row.addAll(e.key());
                        row.addAll(List.of(e.period(), e.count(), e.source(), e.fileSeq(), e.line()));
                        winners.add(row.toArray());
                    }

                    public void conflict(StagedEvent replaced, StagedEvent replacing) {
                        recordConflict("engagement", replaced.item() + " (count)", Integer.toString(replaced.count()),
                                replaced.fileSeq(), replaced.line(), Integer.toString(replacing.count()),
                                replacing.fileSeq(), replacing.line());
                    }
                }, e -> e.fileSeq());
        winners.flush();
    }

    private void resolveGroups() {
        RowMapper<StagedGroup> mapper = (rs, n) -> new StagedGroup(
                List.of(rs.getString("group_code"), rs.getString("member")), rs.getString("group_name"),
                rs.getInt("file_seq"), rs.getLong("line_no"));
        Batch winners = new Batch("INSERT INTO ts_group_member (run_id, group_code, member, group_name) VALUES (?,?,?,?)");
        // A member listed twice is the same membership; a different name is not a conflicting figure.
        run("SELECT * FROM ts_staged_group WHERE run_id = ? ORDER BY group_code, member, file_seq, line_no", mapper,
                StagedGroup::key, (a, b) -> true,
                new DuplicateResolver.Outcome<>() {
                    public void winner(StagedGroup g) {
                        winners.add(new Object[] {runId, g.key().get(0), g.key().get(1), g.name()});
                    }

                    public void conflict(StagedGroup replaced, StagedGroup replacing) {
                    }
                }, g -> g.fileSeq());
        winners.flush();
    }

    private <R> void run(String sql, RowMapper<R> mapper, Function<R, ?> key, BiPredicate<R, R> sameValue,
                         DuplicateResolver.Outcome<R> outcome, java.util.function.ToIntFunction<R> fileSeq) {
        DuplicateResolver<R> resolver = new DuplicateResolver<>(key, sameValue, fileSeq, outcome);
        try (var rows = jdbc.queryForStream(sql, mapper, runId)) {
            rows.forEach(resolver::accept);
        }
        resolver.finish();
        resolver.countsByFile().forEach((file, counts) -> {
            long[] total = fileCounts.computeIfAbsent(file, f -> new long[3]);
            total[0] += counts.duplicates();
            total[1] += counts.conflicts();
        });
    }

    private void recordConflict(String dataset, String item, String oldValue, int oldFile, long oldLine,
                                String newValue, int newFile, long newLine) {
        jdbc.update("INSERT INTO ts_conflict (run_id, conflict_seq, dataset, item, old_value, old_file_seq, old_line,"
                        + " new_value, new_file_seq, new_line) VALUES (?,?,?,?,?,?,?,?,?,?)",
                runId, ++conflictSeq, dataset, item, oldValue, oldFile, oldLine, newValue, newFile, newLine);
    }

    /** Collects rows and inserts them a thousand at a time. */
    private final class Batch {
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>(BATCH);

        Batch(String sql) {
            this.sql = sql;
        }

        void add(Object[] row) {
            rows.add(row);
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
    }

}
