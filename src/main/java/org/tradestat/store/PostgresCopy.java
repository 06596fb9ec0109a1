package org.tradestat.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written through PostgreSQL's {@code COPY ... FROM STDIN} in CSV format, each row encoded as it is added: text
 * always quoted (so that an empty text is not taken for a null, which is an empty unquoted field), numbers plain.
 */
final class PostgresCopy extends BulkRows {

    private byte[] buffer = new byte[1 << 16];
    private int length;
    private int rows;

    PostgresCopy(JdbcTemplate jdbc, String table, String[] columns) {
        super(jdbc, table, columns);
    }

    @Override
    public void add(Object... values) {
        checkWidth(values);
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                put((byte) ',');
            }
            Object value = values[c];
            if (value instanceof String text) {
                quoted(text);
            } else if (value instanceof BigDecimal decimal) {
                ascii(decimal.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                ascii(value.toString());
            } else if (value != null) {
                throw new IllegalArgumentException("no COPY form for a " + value.getClass().getSimpleName());
            }
        }
        put((byte) '\n');
        if (++rows >= ROWS_PER_WRITE || length >= BYTES_PER_WRITE) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (rows == 0) {
            return;
        }
        onConnection(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columnList() + ") FROM STDIN (FORMAT csv)");
            try {
                copy.writeToCopy(buffer, 0, length);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
        length = 0;
        rows = 0;
    }

    private void quoted(String text) {
        put((byte) '"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                // rare: the rest of the text through the UTF-8 encoder, quotes still doubled
                put(text.substring(i).replace("\"", "\"\"").getBytes(StandardCharsets.UTF_8));
                break;
            }
            if (ch == '"') {
                put((byte) '"');
            }
            put((byte) ch);
        }
        put((byte) '"');
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) {
        room(1);
        buffer[length++] = b;
    }

    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
        }
    }
}
