package org.tradestat.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written as {@code INSERT}s of {@value #ROWS_PER_STATEMENT} rows each (one VALUES list), in JDBC batches: H2
 * pays per statement, and an {@code INSERT ... SELECT FROM CSVREAD} of a work file measured slower (BENCHMARKS.md).
 */
final class MultiRowInsert extends BulkRows {

    static final int ROWS_PER_STATEMENT = 500;

    private final List<Object[]> rows = new ArrayList<>();
    /** The characters of the texts collected (about their bytes: the codes and texts are mostly ASCII). */
    private long textChars;

    MultiRowInsert(JdbcTemplate jdbc, String table, String[] columns) {
        super(jdbc, table, columns);
    }

    @Override
    public void add(Object... values) {
        checkWidth(values);
        rows.add(values);
        for (Object value : values) {
            if (value instanceof String text) {
                textChars += text.length();
            }
        }
        if (rows.size() >= ROWS_PER_WRITE || textChars >= BYTES_PER_WRITE) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (rows.isEmpty()) {
            return;
        }
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        onConnection(connection -> {
            if (full > 0) {
                try (PreparedStatement insert = connection.prepareStatement(sql(ROWS_PER_STATEMENT))) {
                    for (int first = 0; first < full; first += ROWS_PER_STATEMENT) {
                        bind(insert, first, ROWS_PER_STATEMENT);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement insert = connection.prepareStatement(sql(rows.size() - full))) {
                    bind(insert, full, rows.size() - full);
                    insert.executeUpdate();
                }
            }
            return null;
        });
        rows.clear();
        textChars = 0;
    }

    private void bind(PreparedStatement insert, int first, int count) throws java.sql.SQLException {
        int parameter = 1;
        for (int r = first; r < first + count; r++) {
            for (Object value : rows.get(r)) {
                insert.setObject(parameter++, value);
            }
        }
    }

    private String sql(int rowCount) {
        String row = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + columnList() + ") VALUES " + String.join(",", Collections.nCopies(rowCount, row));
    }
}
