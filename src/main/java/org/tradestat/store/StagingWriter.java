package org.tradestat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.ingest.InputRecord;

/**
 * Writes a chunk of input lines to the staging tables (figures, events, group members) and to the rejects; counts
 * the summarised lines (breakdowns of a total given elsewhere) per file, one row per chunk and file.
 */
public class StagingWriter implements ItemWriter<InputRecord> {

    private final JdbcTemplate jdbc;
    private final long runId;

    public StagingWriter(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends InputRecord> chunk) {
        List<Object[]> figures = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> rejects = new ArrayList<>();
        Map<Integer, Long> summarised = new TreeMap<>();
        for (InputRecord record : chunk) {
            if (record instanceof InputRecord.FigureLine line) {
                figures.add(figureRow(line));
            } else if (record instanceof InputRecord.EventLine line) {
                events.add(eventRow(line));
            } else if (record instanceof InputRecord.GroupLine line) {
                groups.add(new Object[] {runId, line.fileSeq(), line.line(), line.member().group(),
                        line.member().member(), line.member().name()});
            } else if (record instanceof InputRecord.Rejected line) {
                rejects.add(new Object[] {runId, line.fileSeq(), line.line(), line.reason(), line.raw()});
            } else if (record instanceof InputRecord.Summarised line) {
                summarised.merge(line.fileSeq(), 1L, Long::sum);
            }
        }
        batch("INSERT INTO ts_staged_figure (run_id, file_seq, line_no, dataset, reporter, partner, measure, commodity,"
                + " period, figure_value, qualifier, since_year, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", figures);
        batch("INSERT INTO ts_staged_event (run_id, file_seq, line_no, event_date, period, country_a, country_b,"
                + " category, event_level, title, event_count, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events);
        batch("INSERT INTO ts_staged_group (run_id, file_seq, line_no, group_code, member, group_name)"
                + " VALUES (?,?,?,?,?,?)", groups);
        batch("INSERT INTO ts_reject (run_id, file_seq, line_no, reason, raw_text) VALUES (?,?,?,?,?)", rejects);
        List<Object[]> counts = new ArrayList<>();
        summarised.forEach((fileSeq, lines) -> counts.add(new Object[] {runId, fileSeq, lines}));
        batch("INSERT INTO ts_summarised_count (run_id, file_seq, summarised_lines) VALUES (?,?,?)", counts);
    }

    private Object[] figureRow(InputRecord.FigureLine line) {
        Figure f = line.figure();
        return new Object[] {runId, line.fileSeq(), line.line(), f.series().dataset().code(), f.series().reporter(),
                f.series().partner(), f.series().measure(), f.series().commodity(), f.period().toString(), f.value(),
                f.qualifier().code(), f.sinceYear(), f.source()};
    }

    private Object[] eventRow(InputRecord.EventLine line) {
        EngagementEvent e = line.event();
        return new Object[] {runId, line.fileSeq(), line.line(), e.dateText(), e.period().toString(), e.countryA(),
                e.countryB(), e.category(), e.level(), e.title(), e.count(), e.source()};
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
