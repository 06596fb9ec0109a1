package org.tradestat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tradestat.job.CommandLineOptions;
import org.tradestat.job.DatabaseFiles;
import org.tradestat.job.ExitCodes;
import org.tradestat.job.RunLauncher;
import org.tradestat.job.RunLock;
import org.tradestat.job.RunLog;

/** The command line: checks the parameters, takes the run lock, starts Spring and the job, returns SPEC 5's exit code. */
@SpringBootApplication
public class TradestatApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(args, LocalDate.now());
        } catch (CommandLineOptions.UsageException e) {
            err.println("tradestat: " + e.getMessage());
            err.println();
            err.print(CommandLineOptions.USAGE);
            return ExitCodes.BAD_PARAMETERS;
        }
        if (options.help()) {
            out.print(CommandLineOptions.USAGE);
            return ExitCodes.COMPLETED;
        }
        Path input = options.inputDir();
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            err.println("tradestat: input directory '" + input + "' "
                    + (Files.exists(input) ? "is not a readable directory" : "does not exist"));
            return ExitCodes.BAD_PARAMETERS;
        }
        if (isRoot(options.outputDir())) {
            err.println("tradestat: --output '" + options.outputDir() + "' is the root folder: the report would go to /"
                    + options.runDate() + "/ and the logs to /logs/. Give the reports a folder of their own, e.g."
                    + " --output reports");
            return ExitCodes.BAD_PARAMETERS;
        }
        Path logFile = options.outputDir().resolve("logs").resolve("tradestat-" + options.runDate() + ".log");
        try {
            Files.createDirectories(logFile.getParent());
        } catch (Exception e) {
            err.println("tradestat: cannot write to the output folder '" + options.outputDir() + "': "
                    + (e instanceof java.nio.file.FileSystemException fs ? RunLauncher.describe(fs) : e.getMessage())
                    + ". " + RunLauncher.advice(e, options.outputDir()) + " and run again.");
            return ExitCodes.JOB_FAILED;
        }
        RunLog log = new RunLog(logFile);
        Optional<String> unwritable = log.checkWritable();
        if (unwritable.isPresent()) {
            err.println("tradestat: " + unwritable.get());
            return ExitCodes.JOB_FAILED;
        }
        String dbUrl = databaseUrl(options);
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(dbUrl, options.runDate());
        } catch (Exception e) {
            err.println("tradestat: cannot take the run lock: " + e.getMessage());
            return ExitCodes.JOB_FAILED;
        }
        if (lock.isEmpty()) {
            err.println("tradestat: another run for " + options.runDate() + " is in progress on this database;"
                    + " this one is refused. Run again when it has finished.");
            return ExitCodes.JOB_FAILED;
        }
        try (RunLock held = lock.get();
             ConfigurableApplicationContext context = start(dbUrl, log)) {
            int code = context.getBean(RunLauncher.class).launch(options, out, err);
            DatabaseFiles.restrict(dbUrl); // a trace file H2 may have started meanwhile
            (code == ExitCodes.COMPLETED ? out : err).println(log.consoleLine());
            return code;
        } catch (Exception e) {
            err.println("tradestat: " + explain(e, dbUrl));
            err.println(log.consoleLine());
            return ExitCodes.JOB_FAILED;
        }
    }

    /** The root of the file system, however written ({@code /}, {@code /..}, or a link to it). */
    static boolean isRoot(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            absolute = absolute.toRealPath();
        } catch (java.io.IOException e) {
            // not there yet: as written
        }
        return absolute.getParent() == null;
    }

    static String databaseUrl(CommandLineOptions options) {
        if (options.dbUrl() != null) {
            return options.dbUrl();
        }
        String env = System.getenv("TRADESTAT_DB_URL");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return "jdbc:h2:file:" + Path.of("data", "tradestat").toAbsolutePath();
    }

    private static ConfigurableApplicationContext start(String dbUrl, RunLog log) throws java.io.IOException {
        DatabaseFiles.prepare(dbUrl);
        Map<String, Object> properties = new HashMap<>();
        // The console shows the launcher's few lines; the details, stack traces included, go to the run's log file.
        properties.put("logging.file.name", log.file().toString());
        properties.put("logging.threshold.console", "OFF");
        properties.put("spring.datasource.url", durable(dbUrl));
        // Credentials may also be in the URL (?user=...&password=...); set them only when given.
        String user = envOr("TRADESTAT_DB_USER", dbUrl.startsWith("jdbc:h2:") ? "sa" : "");
        if (!user.isEmpty()) {
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", envOr("TRADESTAT_DB_PASSWORD", ""));
        }
        SpringApplication app = new SpringApplication(TradestatApplication.class);
        app.setDefaultProperties(properties);
        app.addListeners(log);
        ConfigurableApplicationContext context = app.run();
        DatabaseFiles.restrict(dbUrl);
        return context;
    }

    /**
     * An H2 file database writes committed transactions to disk in the background, by default up to 500 ms later:
     * a killed run would lose its last commits (a step marked completed, say) while what it did outside the database
     * (work files removed, a report folder written) stays done. {@code WRITE_DELAY=0} writes each commit at once, so
     * that a killed run resumes from what it really finished. A URL that sets WRITE_DELAY itself is left as it is.
     */
    static String durable(String dbUrl) {
        String upper = dbUrl.toUpperCase(java.util.Locale.ROOT);
        boolean embeddedFile = upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:")
                && !upper.startsWith("JDBC:H2:TCP:") && !upper.startsWith("JDBC:H2:SSL:");
        if (embeddedFile && !upper.contains("WRITE_DELAY")) {
            return dbUrl + ";WRITE_DELAY=0";
        }
        return dbUrl;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** The message for an operator: the root cause in a line, with the known cases said plainly. */
    static String explain(Throwable e, String dbUrl) {
        Throwable root = e;
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(t.getMessage()).append('\n');
            root = t;
        }
        // H2 says it on the way up ("Database may be already in use") or at the root, depending on the version
        // ("The file is locked: ...mv.db"): look at the whole chain, not only at the root cause.
        String all = chain.toString();
        if (all.contains("Database may be already in use") || all.contains("locked by another process")
                || all.contains("The file is locked")) {
            return "the database " + dbUrl + " is in use by another Tradestat run (the embedded H2 database allows one"
                    + " process at a time). Run again when it has finished, or use PostgreSQL with --db.";
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("Connection refused") || message.contains("connect")) {
            return "cannot connect to the database " + dbUrl + ": " + message.lines().findFirst().orElse("");
        }
        return message.lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}
