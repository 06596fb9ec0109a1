package org.tradestat.store;

import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tradestat.analysis.RunFigure;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The resolved figures of a run ({@code ts_figure}, which keeps every run's by its run id) in {@link
 * RunFigure#KEY_ORDER}, for the comparison of a run with an earlier one (README, "Revisions").
 */
public final class RunFigures {

    private static final String KEY = "dataset, reporter, partner, commodity, measure, period";
    private static final RowMapper<RunFigure> FIGURE = (rs, n) -> new RunFigure(
            new SeriesKey(Dataset.fromCode(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(5),
                    rs.getString(4)), Period.parse(rs.getString(6)), rs.getBigDecimal(7));

    private final JdbcTemplate jdbc;
    /** The ORDER BY of the figures: PostgreSQL sorts text by the database's locale unless told to compare it as bytes. */
    private final String keyOrder;

    public RunFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String collate = BulkRows.onPostgres(jdbc) ? " COLLATE \"C\"" : "";
        this.keyOrder = String.join(", ", java.util.Arrays.stream(KEY.split(", ")).map(c -> c + collate).toList());
    }

    /**
     * Whether the run's figures are still in the database: every run records its input files, so a run without them
     * has been deleted (README, "What the database holds").
     */
    public boolean held(long runId) {
        Integer files = jdbc.queryForObject("SELECT COUNT(*) FROM ts_input_file WHERE run_id = ?", Integer.class, runId);
        return files != null && files > 0;
    }

    /** A run's resolved figures, in key order; close the stream after use. */
    public Stream<RunFigure> resolved(long runId) {
        return jdbc.queryForStream("SELECT " + KEY + ", figure_value FROM ts_figure WHERE run_id = ? ORDER BY run_id, "
                + keyOrder, FIGURE, runId);
    }
}
