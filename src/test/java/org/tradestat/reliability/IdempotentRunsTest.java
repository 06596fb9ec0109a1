package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 3: "Re-loading the same files gives the same database contents (loads are idempotent)", and a run that is
 * run again gives the same result. Two runs of the same input in one database ({@code --rerun} makes the second)
 * leave the same rows in every Tradestat table, run id aside, and the same indicators.csv byte for byte; a load
 * that failed after committing part of its lines and was then resumed leaves the same rows as a load that went
 * through at once.
 */
class IdempotentRunsTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    /** Duplicates and conflicts across files, rejects, events, groups, investment and companies. */
    void writeMixedInput(Path input) throws IOException {
        Files.createDirectories(input);
        Files.writeString(input.resolve("a-trade.csv"), """
                reporter,partner,period,flow,value_usd,commodity,qualifier,source
                KGZ,KOR,2017-H1,turnover,57000000,TOTAL,approx,NISI round table 2017
                KGZ,KOR,2022-H1,turnover,63500000,TOTAL,approx,Kabar interview 2023
                KGZ,KOR,2022,turnover,370000000,,,Kabar interview 2023
                KAZ,KOR,2021,export,100,,,a
                KAZ,KOR,2021,export,100,,,a
                KAZ,KOR,2022,export,120,,,a
                KAZ,KOR,2022,import,80,,,a
                KAZ,KOR,2023,export,150,27,,a
                KAZ,KOR,2023-H3,export,1,,,bad period
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("b-trade.csv"), """
                reporter,partner,period,flow,value_usd
                KAZ,KOR,2022,export,125
                KAZ,KOR,2021,export,100
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("c-investment.csv"), """
                investor,host,period,measure,value_usd,since,qualifier,source
                KOR,KAZ,2024,cumulative,4300000000,1992,at_least,KazISS
                KOR,KAZ,2022,cumulative,4000000000,1992,,x
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("d-companies.csv"), """
                origin,host,period,measure,count,qualifier,source
                KOR,KAZ,2024,operating,370,at_least,KazISS
                KOR,KGZ,2020,joint_venture,200,at_least,Lomakina
                """, StandardCharsets.UTF_8);
        Harness.writeSideFiles(input);
    }

    @Test
    void loadingTheSameFilesTwiceGivesTheSameRowsAndTheSameIndicators() throws Exception {
        Path input = temp.resolve("input");
        writeMixedInput(input);
        Path output = temp.resolve("reports");
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db"),
                "--max-reject-rate", "1"));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        byte[] indicators = Files.readAllBytes(output.resolve(DATE + "/indicators.csv"));

        Harness.Result second = Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db"),
                "--max-reject-rate", "1", "--rerun"));
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(Files.readAllBytes(output.resolve(DATE + "/indicators.csv")))
                .as("indicators.csv of the --rerun, byte for byte").isEqualTo(indicators);
        assertThat(output.resolve(".work")).as("work files of completed runs").doesNotExist();

        Map<String, List<List<String>>> runs = rowsByRun(temp.resolve("db"));
        assertThat(runs).hasSize(2);
        List<List<List<String>>> both = new ArrayList<>(runs.values());
        List<String> firstRows = both.get(0).stream().map(Object::toString).toList();
        List<String> secondRows = both.get(1).stream().map(Object::toString).toList();
        assertThat(secondRows).as("rows of the second load, run id aside").isEqualTo(firstRows);
        assertThat(firstRows).as("the rows compared include loaded figures, events, groups, rejects and conflicts")
                .anyMatch(r -> r.startsWith("[TS_FIGURE, "))
                .anyMatch(r -> r.startsWith("[TS_EVENT, "))
                .anyMatch(r -> r.startsWith("[TS_GROUP_MEMBER, "))
                .anyMatch(r -> r.startsWith("[TS_REJECT, "))
                .anyMatch(r -> r.startsWith("[TS_CONFLICT, "))
                .noneMatch(r -> r.startsWith("[TS_STAGED_"));
    }

    @Test
    void aLoadResumedAfterFailingHalfwayLeavesTheSameRowsAsALoadThatWentThrough() throws Exception {
        Path input = temp.resolve("input");
        // Events, groups and a reject first, then 12,480 good lines (960 figures, each 13 times): the load commits
        // in chunks of 5,000, so two chunks, with the events, groups and reject, are in before the failure.
        Harness.writeSideFiles(Files.createDirectories(input));
        Files.writeString(input.resolve("f-one-reject.csv"), InputErrorsTest.goodLines("TKM", 19)
                + "TKM,KOR,2019-H3,export,1\n", StandardCharsets.UTF_8); // 1 of 20: 5%, not above the limit
        Harness.writeTradeFile(input.resolve("m-big.csv"), Harness.SYNTHETIC_COUNTRIES, 1, 2000, 13, 11);
        Files.writeString(input.resolve("z-bad.csv"), """
                reporter,partner,period,flow,value_usd
                KAZ,KOR,2030-H3,export,1
                KAZ,KOR,2031,export,1
                """, StandardCharsets.UTF_8);
        Path output = temp.resolve("reports");
        Path db = temp.resolve("db");
        Harness.Result failed = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("z-bad.csv");

        Harness.Result resumed = Harness.runInProcess(Harness.args(DATE, input, output, db, "--max-reject-rate", "1"));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("Resuming");
        Harness.Result clean = Harness.runInProcess(Harness.args(DATE, input, output, db, "--max-reject-rate", "1",
                "--rerun"));
        assertThat(clean.exitCode()).as(clean.toString()).isZero();

        Map<String, List<List<String>>> runs = rowsByRun(db);
        assertThat(runs).hasSize(2);
        List<List<List<String>>> both = new ArrayList<>(runs.values());
        assertThat(both.get(0)).as("rows of the resumed load vs a load that went through at once")
                .isEqualTo(both.get(1));
        assertThat(both.get(0).stream().filter(r -> r.get(0).equals("TS_FIGURE")).count()).isGreaterThanOrEqualTo(960);
        assertThat(both.get(0)).anyMatch(r -> r.get(0).equals("TS_REJECT")).anyMatch(r -> r.get(0).equals("TS_EVENT"));
        assertThat(Files.readString(output.resolve(DATE + "/run.json")))
                .contains("\"lines\": 12480, \"loaded\": 960, \"duplicates\": 11520, \"conflicts\": 0, \"rejected\": 0");
    }

    /**
     * Every row of every Tradestat table that has a run id, by run id: each row as [table, column values without the
     * run id], sorted, so that two runs compare as lists.
     */
    static Map<String, List<List<String>>> rowsByRun(Path dbFolder) throws SQLException {
        Map<String, List<List<String>>> runs = new TreeMap<>();
        String url = "jdbc:h2:file:" + dbFolder.resolve("tradestat").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME LIKE 'TS\\_%' AND COLUMN_NAME = 'RUN_ID' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("TS_FIGURE", "TS_INPUT_FILE", "TS_WARNING");
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        row.add(table);
                        String runId = null;
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (meta.getColumnName(i).equals("RUN_ID")) {
                                runId = rs.getString(i);
                            } else {
                                row.add(meta.getColumnName(i) + "=" + rs.getString(i));
                            }
                        }
                        runs.computeIfAbsent(runId, r -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        runs.values().forEach(rows -> rows.sort((a, b) -> a.toString().compareTo(b.toString())));
        // order the runs by run id as numbers
        Map<String, List<List<String>>> ordered = new java.util.LinkedHashMap<>();
        runs.keySet().stream().sorted(java.util.Comparator.comparingLong(Long::parseLong))
                .forEach(k -> ordered.put(k, runs.get(k)));
        return ordered;
    }
}
