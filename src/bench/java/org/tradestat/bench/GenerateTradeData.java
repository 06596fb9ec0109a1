package org.tradestat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic trade CSV for the benchmark (issue 8), deterministically: the same arguments give the same
 * bytes on every machine and JDK. SYNTHETIC DATA: the figures are made up and must never go into {@code input/}.
 *
 * <p>Header {@code reporter,partner,period,flow,value_usd,commodity,source}. Shape: pairs x years x periods per
 * year (12 months, or 1 for yearly periods) x 2 flows (export, import) x HS chapters. Presets:
 * <ul>
 *   <li>{@code 10m}: 430 pairs x 10 years (2015-2024) x 12 months x 2 flows x 97 chapters = 10,010,400 lines;</li>
 *   <li>{@code 1m}: 43 pairs, otherwise the same = 1,001,040 lines (its lines are the 10m file's first 43 pairs);</li>
 *   <li>{@code 1k}: 5 pairs x 10 years (yearly periods) x 2 flows x 10 chapters = 1,000 lines.</li>
 * </ul>
 * Pairs: 10 reporters, each with the 43 other countries of a fixed list of 44 real ISO 3166-1 alpha-3 codes
 * (so reporter != partner). Lines come period by period (as a monthly customs extract is appended), then pair,
 * flow, chapter. A value depends only on the seed and its line's key, never on the line's position: a series
 * has a level (log-uniform, US$ 1 thousand to 20 million a month), a yearly trend (-5% to +10%) and monthly
 * noise (+-30%), so there are no jumps by a factor of 10; values have cents.
 *
 * <p>Run without a build: {@code java src/bench/java/org/tradestat/bench/GenerateTradeData.java --size 1m
 * --out target/bench-data/1m/trade-1m.csv}. The file is written to a temporary name and renamed; a
 * {@code .manifest} beside it records the arguments, the line count and the total of all values in cents;
 * {@code --if-stale} skips the work when an existing file's manifest matches.
 */
public final class GenerateTradeData {

    /** Bump when the output for the same arguments changes, so scripts regenerate stale files. */
    static final int FORMAT_VERSION = 1;

    static final String HEADER = "reporter,partner,period,flow,value_usd,commodity,source";

    /** 44 real ISO 3166-1 alpha-3 codes; the first 10 are the reporters. */
    static final String[] COUNTRIES = {
            "KOR", "KAZ", "KGZ", "UZB", "TJK", "TKM", "CHN", "JPN", "USA", "DEU",
            "RUS", "TUR", "IND", "GBR", "FRA", "ITA", "ESP", "NLD", "BEL", "POL", "CZE", "AUT", "CHE", "SWE",
            "NOR", "FIN", "DNK", "CAN", "MEX", "BRA", "ARG", "AUS", "NZL", "IDN", "MYS", "THA", "VNM", "PHL",
            "SGP", "SAU", "ARE", "IRN", "EGY", "ZAF"};
    static final int REPORTERS = 10;
    static final int MAX_PAIRS = REPORTERS * (COUNTRIES.length - 1); // 430
    static final int MAX_CHAPTERS = 97;                               // HS chapters 01..97
    static final String[] FLOWS = {"export", "import"};

    record Shape(int pairs, int firstYear, int years, boolean monthly, int chapters, long seed, String source) {
        long lines() {
            return (long) pairs * years * (monthly ? 12 : 1) * FLOWS.length * chapters;
        }

        String describe() {
            return String.format(Locale.ROOT,
                    "format=%d pairs=%d first_year=%d years=%d periods=%s flows=%d chapters=%d seed=%d source=%s",
                    FORMAT_VERSION, pairs, firstYear, years, monthly ? "monthly" : "yearly", FLOWS.length, chapters,
                    seed, source);
        }
    }

    public static void main(String[] args) throws IOException {
        Shape shape;
        Path out;
        boolean ifStale;
        try {
            String size = null;
            Integer pairs = null;
            Integer years = null;
            Integer chapters = null;
            Boolean monthly = null;
            int firstYear = 2015;
            long seed = 20241231L;
            String source = "synthetic";
            out = null;
            ifStale = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> {
                        usage(System.out);
                        return;
                    }
                    case "--size" -> size = value(args, ++i, a);
                    case "--pairs" -> pairs = Integer.parseInt(value(args, ++i, a));
                    case "--years" -> years = Integer.parseInt(value(args, ++i, a));
                    case "--first-year" -> firstYear = Integer.parseInt(value(args, ++i, a));
                    case "--chapters" -> chapters = Integer.parseInt(value(args, ++i, a));
                    case "--periods" -> {
                        String p = value(args, ++i, a);
                        if (!p.equals("monthly") && !p.equals("yearly")) {
                            throw new IllegalArgumentException("--periods is monthly or yearly, not " + p);
                        }
                        monthly = p.equals("monthly");
                    }
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--source" -> source = value(args, ++i, a);
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--if-stale" -> ifStale = true;
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            Shape preset = preset(size == null ? "10m" : size, seed, firstYear, source);
            shape = new Shape(pairs != null ? pairs : preset.pairs(), preset.firstYear(),
                    years != null ? years : preset.years(), monthly != null ? monthly : preset.monthly(),
                    chapters != null ? chapters : preset.chapters(), seed, source);
            if (out == null) {
                throw new IllegalArgumentException("--out FILE is required");
            }
            check(shape);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateTradeData: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }

        Path dir = out.toAbsolutePath().getParent();
        Path manifestFile = dir.resolve(out.getFileName() + ".manifest");
        if (ifStale && upToDate(out, manifestFile, shape)) {
            System.out.println("up to date: " + out + " (" + shape.describe() + ")");
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(out.getFileName() + ".tmp");
        long[] result;
        try (OutputStream os = Files.newOutputStream(tmp)) {
            result = write(shape, os);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long lines = result[0];
        long bytes = Files.size(out);
        String manifest = shape.describe() + "\nlines=" + lines + "\nbytes=" + bytes + "\ntotal_cents=" + result[1]
                + "\n";
        Files.writeString(manifestFile, manifest, StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "wrote %s: %,d lines, %,d bytes in %.1f s (%s)%n", out, lines, bytes, seconds,
                shape.describe());
    }

    /** The file exists, with a manifest for the same arguments and the size the manifest records. */
    static boolean upToDate(Path out, Path manifestFile, Shape shape) throws IOException {
        if (!Files.isRegularFile(out) || !Files.isRegularFile(manifestFile)) {
            return false;
        }
        List<String> manifest = Files.readAllLines(manifestFile, StandardCharsets.UTF_8);
        return !manifest.isEmpty() && manifest.get(0).equals(shape.describe())
                && manifest.contains("bytes=" + Files.size(out));
    }

    static Shape preset(String size, long seed, int firstYear, String source) {
        return switch (size.toLowerCase(Locale.ROOT)) {
            // a century of months: 100,104,000 lines (4.6 GB), the same series as 10m, ten times the periods
            case "100m" -> new Shape(430, firstYear - 90, 100, true, 97, seed, source);
            case "10m" -> new Shape(430, firstYear, 10, true, 97, seed, source);
            case "1m" -> new Shape(43, firstYear, 10, true, 97, seed, source);
            case "1k" -> new Shape(5, firstYear, 10, false, 10, seed, source);
            default -> throw new IllegalArgumentException("--size is 1k, 1m, 10m or 100m, not " + size);
        };
    }

    static void check(Shape s) {
        if (s.pairs() < 1 || s.pairs() > MAX_PAIRS) {
            throw new IllegalArgumentException("--pairs must be 1.." + MAX_PAIRS);
        }
        if (s.chapters() < 1 || s.chapters() > MAX_CHAPTERS) {
            throw new IllegalArgumentException("--chapters must be 1.." + MAX_CHAPTERS);
        }
        if (s.years() < 1 || s.firstYear() < 1900 || s.firstYear() + s.years() - 1 > 9999) {
            throw new IllegalArgumentException("--first-year/--years out of range");
        }
        if (s.source().indexOf(',') >= 0 || s.source().indexOf('"') >= 0 || s.source().indexOf('\n') >= 0) {
            throw new IllegalArgumentException("--source must not need CSV quoting");
        }
    }

    static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    static void usage(java.io.PrintStream ps) {
        ps.println("""
                Usage: java src/bench/java/org/tradestat/bench/GenerateTradeData.java --out FILE [--size 1k|1m|10m]
                         [--pairs N] [--years N] [--first-year YYYY] [--periods monthly|yearly] [--chapters N]
                         [--seed N] [--source TEXT] [--if-stale]
                Writes SYNTHETIC trade data (never put it in input/). Default --size 10m, --first-year 2015,
                --seed 20241231. Presets: 10m = 430 pairs x 10 years x 12 months x 2 flows x 97 HS chapters
                (10,010,400 lines); 1m = 43 pairs (1,001,040 lines); 1k = 5 pairs x 10 years (yearly periods)
                x 2 flows x 10 chapters (1,000 lines). Options override the preset's values. --if-stale: do
                nothing when FILE and its .manifest already match these arguments.""");
    }

    /** Writes the header and every line; returns {lines, total of all values in cents}. */
    static long[] write(Shape s, OutputStream os) throws IOException {
        List<byte[]> pairPrefix = new ArrayList<>();      // "KOR,KAZ,"
        int[][] pairCodes = new int[s.pairs()][2];
        for (int r = 0, n = 0; r < REPORTERS && n < s.pairs(); r++) {
            for (int p = 0; p < COUNTRIES.length && n < s.pairs(); p++) {
                if (p == r) {
                    continue;
                }
                pairPrefix.add(ascii(COUNTRIES[r] + "," + COUNTRIES[p] + ","));
                pairCodes[n][0] = r;
                pairCodes[n][1] = p;
                n++;
            }
        }
        byte[][] flowBytes = new byte[FLOWS.length][];
        for (int f = 0; f < FLOWS.length; f++) {
            flowBytes[f] = ascii(FLOWS[f] + ",");
        }
        byte[][] chapterBytes = new byte[s.chapters()][];  // ",01,"
        for (int c = 0; c < s.chapters(); c++) {
            chapterBytes[c] = ascii(String.format(Locale.ROOT, ",%02d,", c + 1));
        }
        byte[] sourceLine = ascii(s.source() + "\n");

        // Per series (pair, flow, chapter): the level in cents per month and the yearly growth factor.
        int series = s.pairs() * FLOWS.length * s.chapters();
        double[] level = new double[series];
        double[] growth = new double[series];
        for (int pair = 0; pair < s.pairs(); pair++) {
            for (int f = 0; f < FLOWS.length; f++) {
                for (int c = 0; c < s.chapters(); c++) {
                    int i = (pair * FLOWS.length + f) * s.chapters() + c;
                    long h = mix(s.seed(), pairCodes[pair][0], pairCodes[pair][1], f, c + 1, 0, 0);
                    // log-uniform between 1e5 and 2e9 cents (US$ 1 thousand .. 20 million) a month
                    level[i] = StrictMath.exp(StrictMath.log(1e5) + unit(h) * (StrictMath.log(2e9) - StrictMath.log(1e5)));
                    growth[i] = 1.0 + (-0.05 + 0.15 * unit(mix(h, 1, 0, 0, 0, 0, 0)));
                }
            }
        }

        Buffer buf = new Buffer(os, 1 << 20);
        buf.put(ascii(HEADER + "\n"));
        long lines = 0;
        long total = 0;
        int months = s.monthly() ? 12 : 1;
        for (int y = 0; y < s.years(); y++) {
            int year = s.firstYear() + y;
            double[] yearFactor = new double[series];
            for (int i = 0; i < series; i++) {
                yearFactor[i] = level[i] * StrictMath.pow(growth[i], y) * (s.monthly() ? 1 : 12);
            }
            for (int m = 1; m <= months; m++) {
                byte[] period = ascii(s.monthly() ? String.format(Locale.ROOT, "%d-%02d,", year, m) : year + ",");
                for (int pair = 0; pair < s.pairs(); pair++) {
                    byte[] prefix = pairPrefix.get(pair);
                    int r = pairCodes[pair][0];
                    int p = pairCodes[pair][1];
                    for (int f = 0; f < FLOWS.length; f++) {
                        for (int c = 0; c < s.chapters(); c++) {
                            int i = (pair * FLOWS.length + f) * s.chapters() + c;
                            double noise = 0.7 + 0.6 * unit(mix(s.seed(), r, p, f, c + 1, year, m));
                            long cents = Math.max(1L, (long) (yearFactor[i] * noise));
                            buf.put(prefix);
                            buf.put(period);
                            buf.put(flowBytes[f]);
                            buf.putCents(cents);
                            buf.put(chapterBytes[c]);
                            buf.put(sourceLine);
                            lines++;
                            total += cents;
                        }
                    }
                }
            }
        }
        buf.flush();
        return new long[] {lines, total};
    }

    /** SplitMix64 finaliser over the key: stable across JDKs, independent of line order. */
    static long mix(long seed, int a, int b, int c, int d, int e, int f) {
        long h = seed;
        for (long v : new long[] {a, b, c, d, e, f}) {
            h = splitmix(h ^ (v * 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    static long splitmix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A double in [0, 1) from the top 53 bits. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A plain byte buffer in front of the stream: no per-line String or formatter. */
    static final class Buffer {
        private final OutputStream os;
        private final byte[] bytes;
        private int pos;
        private final byte[] digits = new byte[20];

        Buffer(OutputStream os, int size) {
            this.os = os;
            this.bytes = new byte[size];
        }

        void put(byte[] b) throws IOException {
            if (pos + b.length > bytes.length) {
                flush();
            }
            System.arraycopy(b, 0, bytes, pos, b.length);
            pos += b.length;
        }

        /** Writes cents as dollars with two decimals: 123456 -> "1234.56". */
        void putCents(long cents) throws IOException {
            if (pos + 24 > bytes.length) {
                flush();
            }
            long dollars = cents / 100;
            int rest = (int) (cents % 100);
            int n = 0;
            do {
                digits[n++] = (byte) ('0' + dollars % 10);
                dollars /= 10;
            } while (dollars > 0);
            while (n > 0) {
                bytes[pos++] = digits[--n];
            }
            bytes[pos++] = '.';
            bytes[pos++] = (byte) ('0' + rest / 10);
            bytes[pos++] = (byte) ('0' + rest % 10);
        }

        void flush() throws IOException {
            os.write(bytes, 0, pos);
            pos = 0;
        }
    }
}
