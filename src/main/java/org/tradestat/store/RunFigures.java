package org.tradestat.store;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tradestat.analysis.RunFigure;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The resolved figures each completed run keeps by its run date ({@code ts_run_figure}), and the figures of two runs
 * in {@link RunFigure#KEY_ORDER}, for the comparison of a run with an earlier one (README, "Revisions").
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
     * Replaces the figures kept for {@code runDate} by the run's resolved figures, in the caller's transaction (copied
     * inside the database, in one statement); returns how many were kept.
     */
    public int keep(LocalDate runDate, long runId) {
        jdbc.update("DELETE FROM ts_run_figure WHERE run_date = ?", runDate);
        return jdbc.update("INSERT INTO ts_run_figure (run_date, run_id, " + KEY + ", figure_value, qualifier, derived)"
                + " SELECT CAST(? AS DATE), run_id, " + KEY + ", figure_value, qualifier, derived FROM ts_figure"
                + " WHERE run_id = ?", runDate, runId);
    }

    /**
     * The figures kept for {@code runDate}, in key order; close the stream after use. They are those of the run of that
     * date that last kept its figures: a run keeps them in its last step, so that is its latest completed run (or a
     * run killed between its last step and its end, whose figures were final).
     */
    public Stream<RunFigure> kept(LocalDate runDate) {
        return jdbc.queryForStream("SELECT " + KEY + ", figure_value FROM ts_run_figure WHERE run_date = ?"
                // the leading columns, one value each, let H2 read in the order of the index instead of sorting
                + " ORDER BY run_date, run_id, " + keyOrder, FIGURE, runDate);
    }

    /** A run's resolved figures, in key order; close the stream after use. */
    public Stream<RunFigure> resolved(long runId) {
        return jdbc.queryForStream("SELECT " + KEY + ", figure_value FROM ts_figure WHERE run_id = ? ORDER BY run_id, "
                + keyOrder, FIGURE, runId);
    }
}
