package org.tradestat.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.Figure;
import org.tradestat.figure.SeriesKey;

/**
 * Turns the staged lines of a run into its loaded data: passes the figure lines (from the load's {@link FigureSpill})
 * and each staging table in key order through a {@link DuplicateResolver}, writes the winners to the final tables, the conflicts to {@code ts_conflict} and
 * the per-file counts of staged lines, duplicates and conflicts to {@code ts_file_outcome}. Re-running it gives the same rows.
 */
public final class StagedDataResolver {

    /** Partitions resolved at the same time; each holds one partition's lines in memory. */
    static final int WORKERS = 2;

    private final JdbcTemplate jdbc;
    private final long runId;
    /** Per input file: lines merged as duplicates, lines that replaced a different value, staged lines. */
    private final Map<Integer, long[]> fileCounts = new java.util.TreeMap<>();
    private long conflictSeq;
    private final BulkRows conflicts;

    public StagedDataResolver(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.conflicts = BulkRows.into(jdbc, "ts_conflict", "run_id", "conflict_seq", "dataset", "item", "old_value",
                "old_file_seq", "old_line", "new_value", "new_file_seq", "new_line");
    }

    record StagedEvent(List<Object> key, String period, int count, String source, int fileSeq, long line) {
        String item() {
            return key.stream().map(Object::toString).filter(s -> !s.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
        }
    }

    record StagedGroup(List<Object> key, String name, int fileSeq, long line) {
    }

    /** A published figure's key is what it is about: subject, period and countries; its value, unit and qualifier. */
    record StagedPublished(List<Object> key, java.math.BigDecimal value, String unit, String qualifier, String source,
                           int fileSeq, long line) {
        boolean sameValue(StagedPublished other) {
            return value.compareTo(other.value) == 0 && unit.equals(other.unit) && qualifier.equals(other.qualifier);
        }

        String valueText() {
            return value.stripTrailingZeros().toPlainString() + " " + unit + ("exact".equals(qualifier) ? ""
                    : " (" + qualifier + ")");
        }
    }

    public void resolve(Path spillDir) {
        for (String table : List.of("ts_figure", "ts_event", "ts_group_member", "ts_published", "ts_conflict",
                "ts_file_outcome")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
        resolveFigures(spillDir);
        resolveEvents();
        resolveGroups();
        resolvePublished();
        conflicts.flush();
        for (String table : List.of("ts_staged_event", "ts_staged_group", "ts_staged_published")) {
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

    /**
     * Resolves the spilled figure lines partition by partition, {@link #WORKERS} partitions at a time: each worker
     * reads a partition, sorts it by key (stable, so each key's lines stay in input order, file then line, for the
     * duplicate rules), merges duplicates and reduces each pair's winners to what the analysis needs (see
     * {@link org.tradestat.analysis.TradeAnalysis#reduce}). This thread then stores the partitions' rows and conflicts in partition order,
     * so the database holds the same rows in the same order however the work was shared.
     */
    private void resolveFigures(Path spillDir) {
        BulkRows stored = BulkRows.into(jdbc, "ts_figure", "run_id", "dataset", "reporter", "partner", "measure",
                "commodity", "period", "figure_value", "qualifier", "since_year", "source", "derived", "file_seq",
                "line_no");
        int partitions;
        try {
            if (!FigureSpill.isComplete(spillDir)) {
                throw new java.io.FileNotFoundException("missing or incomplete");
            }
            partitions = FigureSpill.partitionCount(spillDir);
        } catch (java.io.IOException e) {
            throw missingWorkFiles(spillDir, e);
        }
        ExecutorService workers = Workers.start("tradestat-resolve", WORKERS);
        try {
            java.util.ArrayDeque<Future<PartitionResolver.Resolved>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            for (int p = 0; p < partitions; p++) {
                while (next < partitions && inFlight.size() < WORKERS) {
                    int partition = next++;
                    inFlight.add(workers.submit(() -> resolvePartition(spillDir, partition)));
                }
                PartitionResolver.Resolved resolved = await(inFlight.poll(), spillDir);
                resolved.counts().forEach((file, c) -> {
                    long[] total = fileCounts.computeIfAbsent(file, f -> new long[3]);
                    for (int k = 0; k < 3; k++) {
                        total[k] += c[k];
                    }
                });
                for (PartitionResolver.Conflict c : resolved.conflicts()) {
                    recordConflict(c.dataset(), c.item(), c.oldValue(), c.oldFile(), c.oldLine(), c.newValue(),
                            c.newFile(), c.newLine());
                }
                for (PartitionResolver.Stored f : resolved.figures()) {
                    stored.add(row(f));
                }
            }
        } finally {
            workers.shutdownNow();
        }
        stored.flush();
    }

    private static PartitionResolver.Resolved await(Future<PartitionResolver.Resolved> partition, Path spillDir) {
        try {
            return Workers.await(partition, "resolving duplicates");
        } catch (java.io.UncheckedIOException e) {
            throw missingWorkFiles(spillDir, e.getCause());
        }
    }

    private static IllegalStateException missingWorkFiles(Path spillDir, java.io.IOException e) {
        // the launcher then finds them missing and starts the run afresh (README, Operations, "Resume")
        // no cause: the operator's message is this sentence, not the root cause's (job/Failures.message)
        return new IllegalStateException("cannot read the load's work files in " + spillDir + " (" + e.getMessage()
                + "; removed since the load?): run the same command again, it starts the run afresh");
    }

    private static PartitionResolver.Resolved resolvePartition(Path spillDir, int partition) throws java.io.IOException {
        return PartitionResolver.resolve(FigureSpill.readColumns(spillDir, partition));
    }

    private Object[] row(PartitionResolver.Stored stored) {
        Figure f = stored.figure();
        SeriesKey s = f.series();
        return new Object[] {runId, s.dataset().code(), s.reporter(), s.partner(), s.measure(), s.commodity(),
                f.period().toString(), f.value(), f.qualifier().code(), f.sinceYear(), f.source(), f.derived(),
                stored.fileSeq(), stored.line()};
    }

    private void resolveEvents() {
        RowMapper<StagedEvent> mapper = (rs, n) -> new StagedEvent(
                List.of(rs.getString("event_date"), rs.getString("country_a"), rs.getString("country_b"),
                        rs.getString("category"), rs.getString("event_level"), rs.getString("title")),
                rs.getString("period"), rs.getInt("event_count"), rs.getString("source"), rs.getInt("file_seq"),
                rs.getLong("line_no"));
        BulkRows winners = BulkRows.into(jdbc, "ts_event", "run_id", "event_date", "country_a", "country_b", "category",
                "event_level", "title", "period", "event_count", "source", "file_seq", "line_no");
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
        BulkRows winners = BulkRows.into(jdbc, "ts_group_member", "run_id", "group_code", "member", "group_name");
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

    private void resolvePublished() {
        RowMapper<StagedPublished> mapper = (rs, n) -> new StagedPublished(
                List.of(rs.getString("subject"), rs.getString("period"), rs.getString("reporter"),
                        rs.getString("partner")), rs.getBigDecimal("figure_value"), rs.getString("unit"),
                rs.getString("qualifier"), rs.getString("source"), rs.getInt("file_seq"), rs.getLong("line_no"));
        BulkRows winners = BulkRows.into(jdbc, "ts_published", "run_id", "subject", "period", "reporter", "partner",
                "figure_value", "unit", "qualifier", "source", "file_seq", "line_no");
        run("SELECT * FROM ts_staged_published WHERE run_id = ? ORDER BY subject, period, reporter, partner, file_seq,"
                        + " line_no", mapper,
                StagedPublished::key, StagedPublished::sameValue,
                new DuplicateResolver.Outcome<>() {
                    public void winner(StagedPublished p) {
                        List<Object> row = new ArrayList<>();
                        row.add(runId);
                        row.addAll(p.key());
                        row.addAll(List.of(p.value(), p.unit(), p.qualifier(), p.source(), p.fileSeq(), p.line()));
                        winners.add(row.toArray());
                    }

                    public void conflict(StagedPublished replaced, StagedPublished replacing) {
                        recordConflict("published", replaced.key().get(0) + " " + replaced.key().get(1),
                                replaced.valueText(), replaced.fileSeq(), replaced.line(), replacing.valueText(),
                                replacing.fileSeq(), replacing.line());
                    }
                }, p -> p.fileSeq());
        winners.flush();
    }

    private <R> void run(String sql, RowMapper<R> mapper, Function<R, ?> key, BiPredicate<R, R> sameValue,
                         DuplicateResolver.Outcome<R> outcome, java.util.function.ToIntFunction<R> fileSeq) {
        try (var rows = jdbc.queryForStream(sql, mapper, runId)) {
            run(rows::iterator, key, sameValue, outcome, fileSeq);
        }
    }

    private <R> void run(Iterable<R> rows, Function<R, ?> key, BiPredicate<R, R> sameValue,
                         DuplicateResolver.Outcome<R> outcome, java.util.function.ToIntFunction<R> fileSeq) {
        DuplicateResolver<R> resolver = new DuplicateResolver<>(key, sameValue, fileSeq, outcome);
        rows.forEach(resolver::accept);
        resolver.finish();
        resolver.countsByFile().forEach((file, counts) -> {
            long[] total = fileCounts.computeIfAbsent(file, f -> new long[3]);
            total[0] += counts.duplicates();
            total[1] += counts.conflicts();
        });
    }

    private void recordConflict(String dataset, String item, String oldValue, int oldFile, long oldLine,
                                String newValue, int newFile, long newLine) {
        conflicts.add(new Object[] {runId, ++conflictSeq, dataset, item, oldValue, oldFile, oldLine, newValue, newFile,
                newLine});
    }
}
