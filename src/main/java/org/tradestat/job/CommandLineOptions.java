package org.tradestat.job;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tradestat.period.Period;

/** The command line of {@code scripts/run-report.sh} (SPEC 5), parsed and checked. */
public record CommandLineOptions(LocalDate runDate, String period, Path inputDir, Path outputDir,
                                 double maxRejectRate, boolean rerun, String dbUrl, boolean help,
                                 LocalDate compareWith) {

    public static final String USAGE = """
            Usage: scripts/run-report.sh [options]

            Loads the CSV files of the input folder, computes trade comparisons and writes the report to
            <output>/<date>/ (workbook, charts, indicators.csv, rejects.csv, run.json).

            Options:
              --date YYYY-MM-DD        as-of date of the run (default: today); only periods ended by then are used;
                                       years 1900 to 2999
              --period P               focus period of the summary, e.g. 2024, 2024-H1, 2024-Q3, 2024-07
                                       (default: the latest period with trade data); years 1900 to 2999
              --input DIR              input folder (default: input)
              --output DIR             report folder (default: reports); not the root folder /
              --max-reject-rate R      fail when more than this share of a file's lines is rejected (default: 0.05)
              --rerun                  produce a fresh run for a date whose run already completed
              --compare-with YYYY-MM-DD
                                       list the revisions since the completed run of that date (default: the
                                       latest completed run of an earlier date); not after --date
              --db JDBC_URL            database (default: H2 file database under data/;
                                       or set TRADESTAT_DB_URL, TRADESTAT_DB_USER, TRADESTAT_DB_PASSWORD)
              --help                   print this help

            Exit codes: 0 completed (or already completed), 1 the job failed, 2 bad parameters, or an input
            folder that is missing, unreadable or holds no *.csv files.
            A failed or killed run resumes when the same command runs again.
            """;

    /**
     * The years a run date or focus period may have. Wide enough for any statistics a run reads, narrow enough that the
     * period arithmetic (the next year's forecast, year-on-year lags) never leaves four-digit years.
     */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /** A command line that cannot run: the message says why. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static CommandLineOptions parse(String[] args, LocalDate today) throws UsageException {
        LocalDate runDate = today;
        String period = "";
        Path input = Path.of("input");
        Path output = Path.of("reports");
        double maxRejectRate = 0.05;
        boolean rerun = false;
        boolean help = false;
        String db = null;
        LocalDate compareWith = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--rerun" -> rerun = true;
                case "--date", "--period", "--input", "--output", "--max-reject-rate", "--db", "--compare-with" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--date" -> runDate = date(name, value);
                        case "--period" -> period = period(value);
                        case "--input" -> input = path(name, value);
                        case "--output" -> output = path(name, value);
                        case "--max-reject-rate" -> maxRejectRate = rate(value);
                        case "--compare-with" -> compareWith = date(name, value);
                        default -> db = value;
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (compareWith != null && compareWith.isAfter(runDate)) {
            throw new UsageException("--compare-with " + compareWith + " is after the as-of date " + runDate
                    + ": a run is compared with an earlier run (or an earlier run of its own date)");
        }
        return new CommandLineOptions(runDate, period, input, output, maxRejectRate, rerun, db, help, compareWith);
    }

    /**
     * A folder given on the command line. Java reads arguments and file names in the character set of the locale it
     * started in (fixed at start-up): under cron's C/POSIX locale that is ASCII, and a path with other letters cannot
     * be used. scripts/run-report.sh starts Java in a UTF-8 locale (README, Operations).
     */
    private static Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + value + "' cannot be used: this process runs in a locale whose"
                    + " character set is " + System.getProperty("sun.jnu.encoding") + ", not UTF-8, and cannot name"
                    + " the path; run it with scripts/run-report.sh or LC_ALL=C.UTF-8");
        }
    }

    private static LocalDate date(String option, String value) throws UsageException {
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("format", value, 0);
            }
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw new UsageException(option + " '" + value + "' is out of range: the year must be from " + FIRST_YEAR
                        + " to " + LAST_YEAR);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + value + "' is not a calendar date YYYY-MM-DD");
        }
    }

    private static String period(String value) throws UsageException {
        Period period = Period.tryParse(value).orElseThrow(() -> new UsageException("--period '" + value
                + "' is not a period (YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM)"));
        if (period.year() < FIRST_YEAR || period.year() > LAST_YEAR) {
            throw new UsageException("--period '" + value + "' is out of range: the year must be from " + FIRST_YEAR
                    + " to " + LAST_YEAR);
        }
        return period.toString();
    }

    private static double rate(String value) throws UsageException {
        try {
            double rate = Double.parseDouble(value);
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--max-reject-rate '" + value + "' must be a number from 0 to 1, e.g. 0.05");
    }
}
