package org.tradestat.store;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.ConflictLine;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.InputSummary;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.RejectLine;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.SourceRef;
import org.tradestat.ingest.FileKind;
import org.tradestat.ingest.FreeText;
import org.tradestat.ingest.InputFile;
import org.tradestat.period.Period;

/** Reads and writes one run's rows: input files, loaded figures, warnings and remarks, and what the report shows. */
public final class RunRepository {

    private static final String[] STAGING_TABLES = {"ts_staged_event", "ts_staged_group", "ts_staged_published"};
    private static final int BATCH = 1000;
    /** {@code ts_input_file.warnings}: a file's warnings, one a line. */
    private static final int WARNINGS_LIMIT = 4000;

    private final JdbcTemplate jdbc;

    public RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveInputFiles(long runId, List<InputFile> files) {
        jdbc.update("DELETE FROM ts_input_file WHERE run_id = ?", runId);
        List<Object[]> rows = new ArrayList<>();
        for (InputFile f : files) {
            rows.add(new Object[] {runId, f.seq(), f.name(), f.kindCode(), f.encoding().name(), f.sha256(),
                    f.skippedLines(), FreeText.raw(String.join("\n", f.warnings()), WARNINGS_LIMIT)});
        }
        jdbc.batchUpdate("INSERT INTO ts_input_file (run_id, file_seq, file_name, kind, encoding, sha256, skipped_lines,"
                + " warnings) VALUES (?,?,?,?,?,?,?,?)", rows);
    }

    public List<InputFile> inputFiles(long runId, Path inputDir) {
        return jdbc.query("SELECT * FROM ts_input_file WHERE run_id = ? ORDER BY file_seq", (rs, n) -> {
            String kind = rs.getString("kind");
            String warnings = rs.getString("warnings");
            return new InputFile(rs.getInt("file_seq"), rs.getString("file_name"),
                    inputDir.resolve(rs.getString("file_name")),
                    "unknown".equals(kind) ? Optional.empty() : Optional.of(FileKind.valueOf(kind.toUpperCase())),
                    Charset.forName(rs.getString("encoding")), rs.getString("sha256"), rs.getLong("skipped_lines"),
                    warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")));
        }, runId);
    }

    /** Empties the run's staging tables and rejects, so that a load that starts again starts clean. */
    public void clearStaging(long runId) {
        for (String table : STAGING_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
        jdbc.update("DELETE FROM ts_reject WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM ts_summarised_count WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM ts_file_warning WHERE run_id = ?", runId);
    }

    /** Drops the staged lines once they are resolved; rejects stay for the report. */
    public void dropStagedLines(long runId) {
        for (String table : STAGING_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    /**
     * Streams the loaded figures of a dataset, one pair at a time (same reporter and partner, all commodities),
     * so that memory holds one pair's figures, not the dataset.
     */
    public void forEachPair(long runId, Dataset dataset, Consumer<List<Figure>> groupConsumer) {
        List<Figure> group = new ArrayList<>();
        try (var rows = jdbc.queryForStream("SELECT reporter, partner, measure, commodity, period, figure_value, qualifier,"
                        + " since_year, source, derived FROM ts_figure WHERE run_id = ? AND dataset = ?"
                        // the leading run_id and dataset let H2 read in index order instead of sorting
                        + " ORDER BY run_id, dataset, reporter, partner, commodity, measure, period",
                (rs, n) -> new Figure(new SeriesKey(dataset, rs.getString("reporter"), rs.getString("partner"),
                        rs.getString("measure"), rs.getString("commodity")), Period.parse(rs.getString("period")),
                        rs.getBigDecimal("figure_value"), Qualifier.fromCode(rs.getString("qualifier")).orElseThrow(),
                        (Integer) rs.getObject("since_year", Integer.class), rs.getString("source"),
                        rs.getBoolean("derived")),
                runId, dataset.code())) {
            rows.forEach(f -> {
                if (!group.isEmpty() && !sameGroup(group.get(0).series(), f.series())) {
                    groupConsumer.accept(List.copyOf(group));
                    group.clear();
                }
                group.add(f);
            });
        }
        if (!group.isEmpty()) {
            groupConsumer.accept(List.copyOf(group));
        }
    }

    private static boolean sameGroup(SeriesKey a, SeriesKey b) {
        return a.reporter().equals(b.reporter()) && a.partner().equals(b.partner());
    }

    /** The run's loaded engagement events, in date order. */
    public List<org.tradestat.figure.EngagementEvent> events(long runId) {
        return jdbc.query("SELECT * FROM ts_event WHERE run_id = ? ORDER BY event_date, country_a, country_b, category,"
                + " event_level, title", (rs, n) -> {
                    String date = rs.getString("event_date");
                    java.time.LocalDate day = date.length() == 10 ? java.time.LocalDate.parse(date) : null;
                    return new org.tradestat.figure.EngagementEvent(day, Period.parse(rs.getString("period")),
                            rs.getString("country_a"), rs.getString("country_b"), rs.getString("category"),
                            rs.getString("event_level"), rs.getString("title"), rs.getInt("event_count"),
                            rs.getString("source"));
                }, runId);
    }

    /** The run's country groups: group code to its members, both sorted. */
    public Map<String, List<String>> groups(long runId) {
        Map<String, List<String>> groups = new java.util.TreeMap<>();
        jdbc.query("SELECT group_code, member FROM ts_group_member WHERE run_id = ? ORDER BY group_code, member",
                rs -> {
                    groups.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(rs.getString(2));
                }, runId);
        return groups;
    }

    public void clearAnalysis(long runId) {
        jdbc.update("DELETE FROM ts_warning WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM ts_remark WHERE run_id = ?", runId);
    }

    /** Sentences shown where a figure cannot be computed, by topic (statistics, shares, correlation). */
    public void saveRemarks(long runId, List<Remark> remarks) {
        List<Object[]> rows = new ArrayList<>();
        long seq = 1;
        for (Remark r : remarks) {
            rows.add(new Object[] {runId, seq++, r.topic(), FreeText.raw(r.message(), FreeText.WARNING_LIMIT)});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ts_remark (run_id, remark_seq, topic, message) VALUES (?,?,?,?)", rows);
        }
    }

    public List<Remark> remarks(long runId) {
        return jdbc.query("SELECT topic, message FROM ts_remark WHERE run_id = ? ORDER BY remark_seq",
                (rs, n) -> new Remark(rs.getString(1), rs.getString(2)), runId);
    }

    public long saveWarnings(long runId, List<QualityWarning> warnings, long firstSeq) {
        long seq = firstSeq;
        List<Object[]> rows = new ArrayList<>();
        for (QualityWarning w : warnings) {
            rows.add(new Object[] {runId, seq++, w.check(), FreeText.raw(w.message(), FreeText.WARNING_LIMIT)});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ts_warning (run_id, warning_seq, check_name, message) VALUES (?,?,?,?)", rows);
        }
        return seq;
    }

    /** Per input file, in file order, what became of its data lines: lines = loaded + duplicates + rejected. */
    public List<InputSummary> inputSummaries(long runId, Path inputDir) {
        Map<Integer, long[]> outcomes = new HashMap<>();
        jdbc.query("SELECT file_seq, staged_lines, duplicates, conflicts FROM ts_file_outcome WHERE run_id = ?",
                rs -> {
                    outcomes.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }, runId);
        Map<Integer, Long> rejected = new HashMap<>();
        jdbc.query("SELECT file_seq, COUNT(*) FROM ts_reject WHERE run_id = ? GROUP BY file_seq",
                rs -> {
                    rejected.put(rs.getInt(1), rs.getLong(2));
                }, runId);
        Map<Integer, Long> summarised = new HashMap<>();
        jdbc.query("SELECT file_seq, SUM(summarised_lines) FROM ts_summarised_count WHERE run_id = ? GROUP BY file_seq",
                rs -> {
                    summarised.put(rs.getInt(1), rs.getLong(2));
                }, runId);
        List<InputSummary> inputs = new ArrayList<>();
        for (InputFile f : inputFiles(runId, inputDir)) {
            long[] o = outcomes.getOrDefault(f.seq(), new long[3]); // staged lines, duplicates, conflicts
            long rejects = f.isLoaded() ? rejected.getOrDefault(f.seq(), 0L) : f.skippedLines();
            // lines = loaded + duplicates + rejected: summarised lines (breakdowns of a total given in another line)
            // count as duplicates, merged into their total.
            long summarisedLines = summarised.getOrDefault(f.seq(), 0L);
            inputs.add(new InputSummary(f.name(), f.kindCode(), f.sha256(), f.encoding().name(),
                    o[0] + summarisedLines + rejects, o[0] - o[1], o[1] + summarisedLines, o[2], rejects, f.warnings()));
        }
        return inputs;
    }

    /** Every figure that a later file or line replaced with another value, in the order they were found. */
    public List<ConflictLine> conflicts(long runId) {
        Map<Integer, String> names = new HashMap<>();
        jdbc.query("SELECT file_seq, file_name FROM ts_input_file WHERE run_id = ?",
                rs -> {
                    names.put(rs.getInt(1), rs.getString(2));
                }, runId);
        return jdbc.query("SELECT * FROM ts_conflict WHERE run_id = ? ORDER BY conflict_seq",
                (rs, n) -> new ConflictLine(rs.getString("dataset"), rs.getString("item"),
                        rs.getString("old_value"), names.get(rs.getInt("old_file_seq")), rs.getLong("old_line"),
                        rs.getString("new_value"), names.get(rs.getInt("new_file_seq")), rs.getLong("new_line")),
                runId);
    }

    /** The data-quality warnings: those of the input files' lines, in file and line order, then the analysis's. */
    public List<QualityWarning> warnings(long runId) {
        List<QualityWarning> warnings = new ArrayList<>(jdbc.query("SELECT check_name, message FROM ts_file_warning"
                        + " WHERE run_id = ? ORDER BY file_seq, line_no, message",
                (rs, n) -> new QualityWarning(rs.getString(1), rs.getString(2)), runId));
        warnings.addAll(jdbc.query("SELECT check_name, message FROM ts_warning WHERE run_id = ?"
                        + " ORDER BY warning_seq", (rs, n) -> new QualityWarning(rs.getString(1), rs.getString(2)), runId));
        return warnings;
    }

    /** The sources the run cites, with how many figures each gives ({@link RunSources#sources}). */
    public List<SourceRef> sources(long runId, java.time.LocalDate asOf) {
        return new RunSources(jdbc).sources(runId, asOf);
    }

    /** The run's published figures of periods that ended by the as-of date ({@link RunSources#published}). */
    public List<PublishedFigure> published(long runId, java.time.LocalDate asOf) {
        return new RunSources(jdbc).published(runId, asOf);
    }

    /**
     * Every rejected line of the run, in file and line order, each as it is read from the database (a run can reject
     * millions of lines: they are never all in memory); a file that was not read at all is one line, with the reason.
     */
    public void forEachReject(long runId, Path inputDir, Consumer<RejectLine> each) {
        for (InputFile f : inputFiles(runId, inputDir)) {
            if (!f.isLoaded()) {
                each.accept(new RejectLine(f.name(), 1, String.join("; ", f.warnings()), ""));
                continue;
            }
            // the leading run_id and file_seq let the database read in index order instead of sorting
            try (var rows = jdbc.queryForStream("SELECT line_no, reason, raw_text FROM ts_reject"
                            + " WHERE run_id = ? AND file_seq = ? ORDER BY run_id, file_seq, line_no",
                    (rs, n) -> new RejectLine(f.name(), rs.getLong(1), rs.getString(2), rs.getString(3)),
                    runId, f.seq())) {
                rows.forEach(each);
            }
        }
    }
}
