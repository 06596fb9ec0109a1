package org.tradestat.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows of one table, collected and written in bulk, in the order they were added, on the connection of the caller's
 * transaction (so that they commit, or vanish, with it): on PostgreSQL through {@code COPY}, elsewhere (H2) as
 * multi-row {@code INSERT}s. A value is a {@link String}, a {@link Number} ({@code Integer}, {@code Long},
 * {@code BigDecimal}), a {@link Boolean} or {@code null}.
 */
public abstract sealed class BulkRows permits PostgresCopy, MultiRowInsert {

    /** The rows collected before they are written: each write is a whole statement, the connection free after it. */
    static final int ROWS_PER_WRITE = 10_000;
    /** Or the bytes of text collected before they are written: rows of long texts (rejected lines) take megabytes. */
    static final int BYTES_PER_WRITE = 1 << 22;

    final JdbcTemplate jdbc;
    final String table;
    final String[] columns;

    BulkRows(JdbcTemplate jdbc, String table, String[] columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = columns.clone();
    }

    /** Rows for {@code table}'s {@code columns}, written the fastest way the database offers. */
    public static BulkRows into(JdbcTemplate jdbc, String table, String... columns) {
        return onPostgres(jdbc) ? new PostgresCopy(jdbc, table, columns) : new MultiRowInsert(jdbc, table, columns);
    }

    /** Adds a row, one value per column; written by a later {@link #add} or by {@link #flush}. */
    public abstract void add(Object... values);

    /** Writes the rows collected so far. */
    public abstract void flush();

    String columnList() {
        return String.join(", ", columns);
    }

    void checkWidth(Object[] values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " has " + columns.length + " columns, not " + values.length);
        }
    }

    /** The connection the caller's transaction holds (or a new one, without a transaction), released after use. */
    <T> T onConnection(ConnectionWork<T> work) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("writing " + table, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    static boolean onPostgres(JdbcTemplate jdbc) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(org.postgresql.PGConnection.class);
        } catch (SQLException e) {
            return false;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
