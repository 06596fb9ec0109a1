package org.tradestat.job;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * A run's log file, {@code <output>/logs/tradestat-<date>.log} (README, Operations: logs). The console gets the
 * launcher's few lines, never logging's own complaints: when the log file cannot be written (a full disk), Spring
 * Boot would print each failed write with its stack trace to the console (its {@code SystemStatusListener}), hundreds
 * of lines. Here those complaints are kept instead, and the launcher says in one line that the log is incomplete.
 */
public final class RunLog implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private final Path file;
    private volatile String firstError;

    public RunLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Opens the log file for appending, as logging will, and says why when it cannot: then the run does not start,
     * since neither its details nor its report could be written there.
     */
    public Optional<String> checkWritable() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.flush();
            }
            return Optional.empty();
        } catch (IOException e) {
            String why = !(e instanceof FileSystemException fs) ? e.getMessage()
                    : file.toString().equals(fs.getFile()) ? Failures.reason(fs) : Failures.describe(fs);
            return Optional.of("cannot write the log file '" + file + "': " + why + ". "
                    + Failures.advice(e, file.getParent().getParent()) + " and run again.");
        }
    }

    /** Right after Spring Boot has set up logging (the file appender included): its console status printer goes. */
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        StatusManager statuses = context.getStatusManager();
        for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
            if (listener instanceof OnConsoleStatusListener) {
                statuses.remove(listener);
            }
        }
        Recorder recorder = new Recorder();
        recorder.setContext(context);
        statuses.add(recorder);
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** The line the console ends with: where the log is, and whether it is complete. */
    public String consoleLine() {
        String error = firstError;
        return error == null ? "Log: " + file : "Log: " + file + " (incomplete: " + error + ")";
    }

    /** Logging's first error, in a few words: a failed write to the log file and why. */
    private final class Recorder extends ContextAwareBase implements StatusListener {
        @Override
        public void addStatusEvent(Status status) {
            if (status.getLevel() < Status.ERROR || firstError != null) {
                return;
            }
            Throwable cause = status.getThrowable();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            firstError = cause != null && cause.getMessage() != null ? "could not be written: " + cause.getMessage()
                    : status.getMessage().lines().findFirst().orElse("logging failed");
        }
    }
}
