package org.tradestat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Benchmark peer (issue 8): the job's core work in DuckDB through JDBC, in memory, on all cores. Reads the trade
 * CSV, sums to yearly totals per pair and flow (exact: DECIMAL), computes turnover, balance, coverage and the
 * year-on-year change of turnover, and writes the yearly table as CSV.
 *
 * <p>Not part of the application: scripts/bench.sh compiles it against org.duckdb:duckdb_jdbc fetched with
 * {@code mvn dependency:copy} into target/bench/. Usage: {@code DuckDbPeer TRADE_CSV OUTPUT_DIR}.
 */
public final class DuckDbPeer {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: DuckDbPeer TRADE_CSV OUTPUT_DIR");
            System.exit(2);
        }
        Path csv = Path.of(args[0]).toAbsolutePath();
        Path outDir = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(outDir);
        Path out = outDir.resolve("yearly-duckdb.csv");
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE yearly AS "
                    + "WITH sums AS ("
                    + "  SELECT reporter, partner, CAST(substr(period, 1, 4) AS INTEGER) AS year,"
                    + "         sum(value_usd) FILTER (WHERE flow = 'export') AS export_usd,"
                    + "         sum(value_usd) FILTER (WHERE flow = 'import') AS import_usd"
                    + "  FROM read_csv(" + quote(csv.toString()) + ", header = true, delim = ',', quote = '\"',"
                    + "       columns = {'reporter': 'VARCHAR', 'partner': 'VARCHAR', 'period': 'VARCHAR',"
                    + "                  'flow': 'VARCHAR', 'value_usd': 'DECIMAL(18,2)', 'commodity': 'VARCHAR',"
                    + "                  'source': 'VARCHAR'})"
                    + "  GROUP BY reporter, partner, year)"
                    + " SELECT reporter, partner, year, export_usd, import_usd,"
                    + "        export_usd + import_usd AS turnover_usd,"
                    + "        export_usd - import_usd AS balance_usd,"
                    + "        round(CAST(export_usd AS DOUBLE) / nullif(CAST(import_usd AS DOUBLE), 0), 6) AS coverage,"
                    + "        round(100 * (CAST(export_usd + import_usd AS DOUBLE)"
                    + "              / nullif(CAST(lag(export_usd + import_usd) OVER w AS DOUBLE), 0) - 1), 6)"
                    + "              AS turnover_yoy_pct"
                    + " FROM sums WINDOW w AS (PARTITION BY reporter, partner ORDER BY year)");
            st.execute("COPY (SELECT * FROM yearly ORDER BY reporter, partner, year) TO "
                    + quote(out.toString()) + " (HEADER, DELIMITER ',')");
            long rows;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM yearly")) {
                rs.next();
                rows = rs.getLong(1);
            }
            String version;
            try (ResultSet rs = st.executeQuery("SELECT version()")) {
                rs.next();
                version = rs.getString(1);
            }
            System.out.printf(Locale.ROOT, "duckdb %s: %d yearly rows to %s in %.2f s%n", version, rows, out,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
