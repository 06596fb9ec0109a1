package org.tradestat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark check (issue 8: "every total still exact to the cent"): recomputes, from a generated trade CSV, the
 * yearly all-goods totals per pair (export, import, turnover, balance in cents; coverage; turnover year-on-year
 * change) and compares them with the {@code TOTAL} yearly figures of Tradestat's indicators.csv. Money must match
 * to the cent; coverage and percentages to the 6 decimals indicators.csv writes.
 *
 * <p>Usage: {@code java src/bench/java/org/tradestat/bench/CheckTotals.java TRADE_CSV INDICATORS_CSV}. Prints one
 * line; exit code 0 when everything matches, 1 when a figure differs or is missing. Expects the generator's plain
 * lines (no quoting) in column order {@code reporter,partner,period,flow,value_usd,...}.
 */
public final class CheckTotals {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: CheckTotals TRADE_CSV INDICATORS_CSV");
            System.exit(2);
        }
        // key "REP,PAR,YEAR" -> {export cents, import cents}
        Map<String, long[]> expected = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("reporter,partner,period,flow,value_usd")) {
                throw new IllegalArgumentException("not a generated trade file: " + args[0]);
            }
            Map<String, long[]> cache = new HashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                int c1 = line.indexOf(','), c2 = line.indexOf(',', c1 + 1), c3 = line.indexOf(',', c2 + 1);
                int c4 = line.indexOf(',', c3 + 1), c5 = line.indexOf(',', c4 + 1);
                String key = line.substring(0, c2 + 5); // "KOR,KAZ,2015"
                long[] sums = cache.get(key);
                if (sums == null) {
                    sums = new long[2];
                    cache.put(key, sums);
                    expected.put(key, sums);
                }
                int flow = line.startsWith("export", c3 + 1) ? 0 : 1;
                sums[flow] += cents(line, c4 + 1, c5 < 0 ? line.length() : c5);
            }
        }

        Map<String, String> actual = new HashMap<>(); // "REP,PAR,YEAR,measure,indicator" -> value
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("trade,")) {
                    continue;
                }
                List<String> f = split(line);
                // dataset,reporter,partner,measure,commodity,period,indicator,value,...
                if (f.size() < 8 || !f.get(4).equals("TOTAL") || f.get(5).length() != 4) {
                    continue;
                }
                String indicator = f.get(6);
                if (indicator.equals("level") || indicator.equals("yoy_pct")) {
                    actual.put(f.get(1) + "," + f.get(2) + "," + f.get(5) + "," + f.get(3) + "," + indicator,
                            f.get(7));
                }
            }
        }

        int pairYears = 0;
        int exact = 0;
        List<String> problems = new ArrayList<>();
        Map<String, Long> previousTurnover = new HashMap<>();
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            pairYears++;
            String key = e.getKey();
            long exp = e.getValue()[0];
            long imp = e.getValue()[1];
            exact += money(actual, key, "export", exp, problems);
            exact += money(actual, key, "import", imp, problems);
            exact += money(actual, key, "turnover", exp + imp, problems);
            exact += money(actual, key, "balance", exp - imp, problems);
            if (imp != 0) {
                ratio(actual, key + ",coverage,level", (double) exp / imp, 1e-6, problems);
            }
            String pair = key.substring(0, 7);
            Long previous = previousTurnover.get(pair);
            if (previous != null && previous != 0) {
                ratio(actual, key + ",turnover,yoy_pct", 100.0 * ((double) (exp + imp) / previous - 1), 1e-5,
                        problems);
            }
            previousTurnover.put(pair, exp + imp);
        }
        if (problems.isEmpty()) {
            System.out.printf("totals OK: %d pair-years, %d money figures exact to the cent, coverage and yoy match%n",
                    pairYears, exact);
            return;
        }
        System.out.printf("totals DIFFER: %d pair-years, %d money figures exact, %d problems; first:%n", pairYears,
                exact, problems.size());
        problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
        System.exit(1);
    }

    private static int money(Map<String, String> actual, String key, String measure, long cents,
            List<String> problems) {
        String value = actual.get(key + "," + measure + ",level");
        BigDecimal want = BigDecimal.valueOf(cents, 2);
        if (value == null) {
            problems.add(key + " " + measure + ": missing (expected " + want.toPlainString() + ")");
            return 0;
        }
        if (new BigDecimal(value).compareTo(want) != 0) {
            problems.add(key + " " + measure + ": " + value + " but expected " + want.toPlainString());
            return 0;
        }
        return 1;
    }

    private static void ratio(Map<String, String> actual, String key, double want, double tolerance,
            List<String> problems) {
        String value = actual.get(key);
        if (value == null) {
            problems.add(key + ": missing (expected " + want + ")");
        } else if (Math.abs(Double.parseDouble(value) - want) > tolerance) {
            problems.add(key + ": " + value + " but expected " + want);
        }
    }

    /** "1234.5", "1234.56" or "1234" as cents. */
    private static long cents(String s, int from, int to) {
        long units = 0;
        int decimals = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimals = 0;
            } else {
                units = units * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (decimals <= 0) {
            return units * 100;
        }
        return decimals == 1 ? units * 10 : units; // the generator writes two decimals
    }

    /** One CSV record of one line, RFC 4180 quotes. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        fields.add(sb.toString());
        return fields;
    }
}
