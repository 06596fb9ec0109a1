package org.tradestat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tradestat.job.CommandLineOptions;
import org.tradestat.job.CompilerChoice;
import org.tradestat.job.Database;
import org.tradestat.job.DatabaseFiles;
import org.tradestat.job.ExitCodes;
import org.tradestat.job.Failures;
import org.tradestat.job.RunLauncher;
import org.tradestat.job.RunLock;
import org.tradestat.job.RunLog;
import org.tradestat.remote.RemoteOptions;
import org.tradestat.remote.RemoteWorker;

/** The command line: checks the parameters, takes the run lock, starts Spring and the job, returns SPEC 5's exit code. */
@SpringBootApplication
public class TradestatApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err, true));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** {@code chooseCompiler}: size the JIT to the input (a JVM of its own: not in tests, which share one). */
    private static int run(String[] allArgs, PrintStream out, PrintStream err, boolean chooseCompiler) {
        CommandLineOptions options;
        RemoteOptions remote;
        try {
            remote = RemoteOptions.extract(allArgs, System.getenv());
            if (remote.worker()) {
                return RemoteWorker.run(remote, databaseUrl(null), out, err,
                        (properties, profile) -> RemoteWorker.springStart(TradestatApplication.class, properties, profile));
            }
            options = CommandLineOptions.parse(remote.rest().toArray(String[]::new), LocalDate.now());
        } catch (CommandLineOptions.UsageException e) {
            err.println("tradestat: " + e.getMessage());
            err.println();
            err.print(CommandLineOptions.USAGE);
            return ExitCodes.BAD_PARAMETERS;
        }
        if (options.help()) {
            out.print(CommandLineOptions.USAGE + RemoteOptions.USAGE);
            return ExitCodes.COMPLETED;
        }
        Path input = options.inputDir();
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            err.println("tradestat: input directory '" + input + "' "
                    + (Files.exists(input) ? "is not a readable directory" : "does not exist"));
            return ExitCodes.BAD_PARAMETERS;
        }
        if (chooseCompiler) {
            CompilerChoice.forInput(input);
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
                    + (e instanceof java.nio.file.FileSystemException fs ? Failures.describe(fs) : e.getMessage())
                    + ". " + Failures.advice(e, options.outputDir()) + " and run again.");
            return ExitCodes.JOB_FAILED;
        }
        RunLog log = new RunLog(logFile);
        Optional<String> unwritable = log.checkWritable();
        if (unwritable.isPresent()) {
            err.println("tradestat: " + unwritable.get());
            return ExitCodes.JOB_FAILED;
        }
        Database db;
        try {
            db = Database.of(databaseUrl(options), System.getenv("TRADESTAT_DB_USER"),
                    System.getenv("TRADESTAT_DB_PASSWORD"));
        } catch (Database.BadUrlException e) {
            err.println("tradestat: " + e.getMessage());
            return ExitCodes.BAD_PARAMETERS;
        }
        Optional<String> refused = remote.refusal(db).or(() -> remote.manager() ? remote.checkBroker(out) : Optional.empty());
        if (refused.isPresent()) {
            err.println("tradestat: " + refused.get());
            return ExitCodes.BAD_PARAMETERS;
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(db, options.runDate(), logFile.getParent());
        } catch (SQLException e) {
            // README, Parameters: an unreachable or wrong --db is a parameter problem.
            err.println("tradestat: cannot connect to the " + db.describe() + " (PostgreSQL JDBC driver): "
                    + DatabaseMessages.whyNoConnection(e, db) + ". Check --db (or TRADESTAT_DB_URL, TRADESTAT_DB_USER,"
                    + " TRADESTAT_DB_PASSWORD).");
            return ExitCodes.BAD_PARAMETERS;
        } catch (Exception e) {
            err.println("tradestat: cannot take the run lock: " + (e instanceof java.nio.file.FileSystemException fs
                    ? Failures.describe(fs) : db.maskAll(e.getMessage())));
            return ExitCodes.JOB_FAILED;
        }
        if (lock.isEmpty()) {
            err.println("tradestat: another run for " + options.runDate() + " is in progress on this database;"
                    + " this one is refused. Run again when it has finished.");
            return ExitCodes.JOB_FAILED;
        }
        try {
            privateTempFiles();
        } catch (java.io.IOException e) {
            err.println("tradestat: cannot create a temporary folder in " + System.getProperty("java.io.tmpdir") + ": "
                    + (e instanceof java.nio.file.FileSystemException fs ? Failures.describe(fs) : e.getMessage()));
            lock.get().closeQuietly();
            return ExitCodes.JOB_FAILED;
        }
        RunStopper stopper = new RunStopper(options, err);
        Thread hook = new Thread(stopper::onSignal, "tradestat-stop");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the signal came before the run started: nothing was done
            lock.get().closeQuietly();
            err.println("tradestat: the run for " + options.runDate() + " was stopped before it started (signal"
                    + " received); run the same command again.");
            return ExitCodes.JOB_FAILED;
        }
        try (RunLock held = lock.get();
             ConfigurableApplicationContext context = start(db, log, remote)) {
            RunLauncher launcher = context.getBean(RunLauncher.class);
            stopper.attach(launcher);
            int code = launcher.launch(options, db, out, err);
            DatabaseFiles.restrict(db.url()); // a trace file H2 may have started meanwhile
            if (stopper.signalled() && code != ExitCodes.COMPLETED) {
                stopper.printStopped();
                return ExitCodes.JOB_FAILED;
            }
            (code == ExitCodes.COMPLETED ? out : err).println(log.consoleLine());
            return code;
        } catch (Exception e) {
            if (stopper.signalled()) {
                stopper.printStopped();
                return ExitCodes.JOB_FAILED;
            }
            if (DatabaseMessages.refusedCredentials(e)) {
                err.println("tradestat: the " + db.describe() + " refused the user name or password. Check --db (or"
                        + " TRADESTAT_DB_URL, TRADESTAT_DB_USER, TRADESTAT_DB_PASSWORD).");
                return ExitCodes.BAD_PARAMETERS;
            }
            err.println("tradestat: " + DatabaseMessages.explain(e, db));
            err.println(log.consoleLine());
            return ExitCodes.JOB_FAILED;
        } finally {
            stopper.finished();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running, and returns now that the run has ended
            }
        }
    }

    private static boolean privateTempFiles;

    /**
     * The workbook's streamed sheets are written to temporary files (POI's SXSSF), by default in
     * {@code <tmp>/poifiles}: a fixed name in the shared temporary folder that another user can create first, as a
     * link to a folder of theirs or as a file that makes every report fail. They go instead to a folder of a fresh
     * random name made for this process, {@code rwx------} (README, Operations: Overlapping runs).
     */
    private static synchronized void privateTempFiles() throws java.io.IOException {
        if (!privateTempFiles) {
            Path dir = Files.createTempDirectory("tradestat-");
            dir.toFile().deleteOnExit(); // once POI has removed its files (it does when a workbook is closed)
            org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                    new org.apache.poi.util.DefaultTempFileCreationStrategy(dir.toFile()));
            privateTempFiles = true;
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
        if (options != null && options.dbUrl() != null) {
            return options.dbUrl();
        }
        String env = System.getenv("TRADESTAT_DB_URL");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return "jdbc:h2:file:" + Path.of("data", "tradestat").toAbsolutePath();
    }

    private static ConfigurableApplicationContext start(Database db, RunLog log, RemoteOptions remote)
            throws java.io.IOException {
        DatabaseFiles.prepare(db.url());
        Map<String, Object> properties = new HashMap<>(remote.properties());
        // The console shows the launcher's few lines; the details, stack traces included, go to the run's log file.
        properties.put("logging.file.name", log.file().toString());
        properties.put("logging.threshold.console", "OFF");
        // The run stops itself on SIGTERM (RunStopper) and closes the context when it has: no logging shut down before.
        properties.put("logging.register-shutdown-hook", "false");
        // The URL without its password (Database): the password goes to the driver as a property only.
        properties.put("spring.datasource.url", durable(db.url()));
        if (db.user() != null) {
            properties.put("spring.datasource.username", db.user());
        }
        if (db.password() != null) {
            properties.put("spring.datasource.password", db.password());
        }
        SpringApplication app = new SpringApplication(TradestatApplication.class);
        app.setDefaultProperties(properties);
        remote.profile().ifPresent(app::setAdditionalProfiles);
        app.setRegisterShutdownHook(false);
        app.addListeners(log);
        ConfigurableApplicationContext context = app.run();
        DatabaseFiles.restrict(db.url());
        return context;
    }

    /**
     * An H2 file database writes committed transactions to disk in the background, by default up to 500 ms later:
     * a killed run would lose its last commits (a step marked completed, say) while what it did outside the database
     * (work files removed, a report folder written) stays done. {@code WRITE_DELAY=0} writes each commit at once, so
     * that a killed run resumes from what it really finished. A URL that sets WRITE_DELAY itself is left as it is.
     * (DB_CLOSE_ON_EXIT likewise, see below.)
     */
    static String durable(String dbUrl) {
        String upper = dbUrl.toUpperCase(java.util.Locale.ROOT);
        boolean embeddedFile = upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:")
                && !upper.startsWith("JDBC:H2:TCP:") && !upper.startsWith("JDBC:H2:SSL:");
        String url = dbUrl;
        if (embeddedFile && !upper.contains("WRITE_DELAY")) {
            url += ";WRITE_DELAY=0";
        }
        // H2 closes the database in a shutdown hook of its own: on SIGTERM it would close it under the run that is
        // recording its stop (RunStopper). The context closes it when the run has ended.
        if (upper.startsWith("JDBC:H2:") && !upper.contains("DB_CLOSE_ON_EXIT")) {
            url += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return url;
    }
}
