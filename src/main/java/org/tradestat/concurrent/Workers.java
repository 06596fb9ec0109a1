package org.tradestat.concurrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The job's few background threads: named, so that a thread dump says what each one does, and daemons, so that a
 * failure elsewhere never leaves the JVM waiting for them.
 */
public final class Workers {

    private Workers() {
    }

    /** A pool of {@code count} daemon threads named {@code name}. */
    public static ExecutorService start(String name, int count) {
        return Executors.newFixedThreadPool(count, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The result of a task, waiting for it; its failure is thrown here as it was thrown there (an
     * {@link IOException} as an {@link UncheckedIOException}). {@code doing} says what the caller waited for.
     */
    public static <T> T await(Future<T> task, String doing) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }
}
