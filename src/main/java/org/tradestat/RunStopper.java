package org.tradestat;

import java.io.PrintStream;
import org.tradestat.job.CommandLineOptions;
import org.tradestat.job.RunLauncher;

/**
 * SIGTERM (systemd stop, kill) or Ctrl-C while a run works (README, Operations). The shutdown hook asks Spring Batch
 * to stop the run ({@code JobOperator.stop}: the running step ends at its next chunk, or when its tasklet returns,
 * and the run is recorded STOPPED) and waits a bounded time for it, with the database still open, so that the run
 * records how it ended; the same command then resumes it. Spring's own shutdown hook is off: it would close the
 * connection pool under the running job. A run that does not stop in time is left as a killed run is, and the next
 * run recovers it.
 */
final class RunStopper {
    static final int WAIT_SECONDS = 30;

    private final CommandLineOptions options;
    private final PrintStream err;
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicBoolean printed = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile RunLauncher launcher;
    private volatile boolean signalled;
    private volatile String step;

    RunStopper(CommandLineOptions options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    void attach(RunLauncher launcher) {
        this.launcher = launcher;
    }

    boolean signalled() {
        return signalled;
    }

    void finished() {
        done.countDown();
    }

    void onSignal() {
        signalled = true;
        boolean asked = false;
        try {
            // Once a second: the run may not have started its job execution yet when the signal came.
            for (int second = 0; second < WAIT_SECONDS; second++) {
                RunLauncher running = launcher;
                if (!asked && running != null) {
                    String stepName = running.requestStop();
                    if (stepName != null) {
                        step = stepName;
                        asked = true;
                    }
                }
                if (done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printStopped();
    }

    void printStopped() {
        if (printed.compareAndSet(false, true)) {
            err.println("tradestat: the run for " + options.runDate() + " was stopped"
                    + (step == null || step.isEmpty() ? "" : " in step " + step)
                    + " (signal received); run the same command again to resume it.");
        }
    }
}
