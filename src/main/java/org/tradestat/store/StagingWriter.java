package org.tradestat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.ingest.FigureColumns;
import org.tradestat.ingest.FreeText;
import org.tradestat.ingest.InputBlock;
import org.tradestat.ingest.InputRecord;

/**
 * Writes a chunk of input lines ({@link InputBlock}s): figures to the load's
 * {@link FigureSpill} (there can be millions), events, group members and published figures to their staging tables, rejects to their
 * table; counts the summarised lines (breakdowns of a total given elsewhere) per file, one row per chunk and file.
 * The figures are spilled on a thread of their own while the next chunk is read and validated: one chunk at a time,
 * and a failure to spill fails the next write or the close.
 */
public class StagingWriter implements ItemStreamWriter<InputBlock> {

    private final JdbcTemplate jdbc;
    private final long runId;
    private final FigureSpill spill;
    private final ExecutorService spilling = Workers.start("tradestat-spill", 1);
    private Future<?> spillingChunk = CompletableFuture.completedFuture(null);

    public StagingWriter(JdbcTemplate jdbc, long runId, FigureSpill spill) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.spill = spill;
    }

    @Override
    public void close() {
        try {
            awaitSpilling();
            spill.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            spilling.shutdownNow();
        }
    }

    private void awaitSpilling() {
        Workers.await(spillingChunk, "writing the load's work files");
    }

    @Override
    public void write(Chunk<? extends InputBlock> blocks) {
        List<Object[]> events = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> published = new ArrayList<>();
        BulkRows rejects = BulkRows.into(jdbc, "ts_reject", "run_id", "file_seq", "line_no", "reason", "raw_text");
        Map<Integer, Long> summarised = new TreeMap<>();
        List<FigureColumns> figures = new ArrayList<>();
        List<Object[]> fileWarnings = new ArrayList<>();
        for (InputBlock block : blocks) {
            figures.add(block.figures());
            for (InputRecord record : block.others()) {
                if (record instanceof InputRecord.EventLine line) {
                    events.add(eventRow(line));
                } else if (record instanceof InputRecord.GroupLine line) {
                    groups.add(new Object[] {runId, line.fileSeq(), line.line(), line.member().group(),
                            line.member().member(), line.member().name()});
                } else if (record instanceof InputRecord.PublishedLine line) {
                    published.add(publishedRow(line));
                } else if (record instanceof InputRecord.Rejected line) {
                    // written as they come, a few megabytes at a time: a block of long rejected lines is large
                    rejects.add(runId, line.fileSeq(), line.line(),
                            FreeText.clean(line.reason(), FreeText.REASON_LIMIT), FreeText.raw(line.raw(), FreeText.RAW_LIMIT));
                } else if (record instanceof InputRecord.Summarised line) {
                    summarised.merge(line.fileSeq(), 1L, Long::sum);
                } else if (record instanceof InputRecord.FileWarning w) {
                    fileWarnings.add(new Object[] {runId, w.fileSeq(), w.line(), w.check(),
                            FreeText.clean(w.message(), FreeText.WARNING_LIMIT)});
                }
            }
        }
        awaitSpilling();
        spillingChunk = spilling.submit(() -> {
            for (FigureColumns lines : figures) {
                for (int i = 0; i < lines.size(); i++) {
                    spill.append(lines, i);
                }
            }
        });
        batch("INSERT INTO ts_staged_event (run_id, file_seq, line_no, event_date, period, country_a, country_b,"
                + " category, event_level, title, event_count, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events);
        batch("INSERT INTO ts_staged_group (run_id, file_seq, line_no, group_code, member, group_name)"
                + " VALUES (?,?,?,?,?,?)", groups);
        batch("INSERT INTO ts_staged_published (run_id, file_seq, line_no, subject, period, reporter, partner,"
                + " figure_value, unit, qualifier, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)", published);
        rejects.flush();
        List<Object[]> counts = new ArrayList<>();
        summarised.forEach((fileSeq, lines) -> counts.add(new Object[] {runId, fileSeq, lines}));
        batch("INSERT INTO ts_summarised_count (run_id, file_seq, summarised_lines) VALUES (?,?,?)", counts);
        batch("INSERT INTO ts_file_warning (run_id, file_seq, line_no, check_name, message) VALUES (?,?,?,?,?)",
                fileWarnings);
    }

    private Object[] eventRow(InputRecord.EventLine line) {
        EngagementEvent e = line.event();
        return new Object[] {runId, line.fileSeq(), line.line(), e.dateText(), e.period().toString(), e.countryA(),
                e.countryB(), e.category(), e.level(), e.title(), e.count(), e.source()};
    }

    private Object[] publishedRow(InputRecord.PublishedLine line) {
        PublishedFigure f = line.figure();
        return new Object[] {runId, line.fileSeq(), line.line(), f.subject(), f.period().toString(), f.reporter(),
                f.partner(), f.value(), f.unit().code(), f.qualifier().code(), f.source()};
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
