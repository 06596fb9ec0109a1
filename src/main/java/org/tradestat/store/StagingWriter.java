package org.tradestat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.ingest.InputRecord;

/**
 * Writes a chunk of input lines: figures to the load's {@link FigureSpill} (there can be millions), events and group
 * members to their staging tables, rejects to their table; counts the summarised lines (breakdowns of a total given
 * elsewhere) per file, one row per chunk and file.
 */
public class StagingWriter implements ItemStreamWriter<InputRecord> {

    private final JdbcTemplate jdbc;
    private final long runId;
    private final FigureSpill spill;

    public StagingWriter(JdbcTemplate jdbc, long runId, FigureSpill spill) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.spill = spill;
    }

    @Override
    public void close() {
        try {
            spill.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void write(Chunk<? extends InputRecord> chunk) {
        List<Object[]> events = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> rejects = new ArrayList<>();
        Map<Integer, Long> summarised = new TreeMap<>();
        for (InputRecord record : chunk) {
            if (record instanceof InputRecord.FigureLine line) {
                spill.append(line.fileSeq(), line.line(), line.figure());
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
        batch("INSERT INTO ts_staged_event (run_id, file_seq, line_no, event_date, period, country_a, country_b,"
                + " category, event_level, title, event_count, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events);
        batch("INSERT INTO ts_staged_group (run_id, file_seq, line_no, group_code, member, group_name)"
                + " VALUES (?,?,?,?,?,?)", groups);
        batch("INSERT INTO ts_reject (run_id, file_seq, line_no, reason, raw_text) VALUES (?,?,?,?,?)", rejects);
        List<Object[]> counts = new ArrayList<>();
        summarised.forEach((fileSeq, lines) -> counts.add(new Object[] {runId, fileSeq, lines}));
        batch("INSERT INTO ts_summarised_count (run_id, file_seq, summarised_lines) VALUES (?,?,?)", counts);
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
