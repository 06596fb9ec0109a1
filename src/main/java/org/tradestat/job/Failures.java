package org.tradestat.job;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A failed run in words for the operator (README, Operations): what failed, with the file it was writing, what to do
 * about the failures met most (a full disk, a folder that cannot be written, a lost database connection).
 */
public final class Failures {

    private Failures() {
    }

    /** A lost database connection somewhere in the chain: PostgreSQL's SQL states 08xxx and 57P0x, or the pool's words. */
    public static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Connection is closed") || message.contains("This connection has been closed")
                    || message.contains("terminating connection") || message.contains("I/O error occurred while")) {
                return true;
            }
        }
        return false;
    }

    /** The one line for a run that lost its database connection. */
    public static String connectionLost(Database db, Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
        }
        String why = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
        return "the run lost the connection to the " + (db == null ? "database" : db.describe())
                + (why.isEmpty() ? "" : " (" + (db == null ? Database.mask(why) : db.maskAll(why)) + ")")
                + "; run the same command again when the database is reachable: it resumes the run.";
    }

    /** What failed in a run, in one line: each distinct failure's message, ';'-separated. */
    static String message(JobExecution execution) {
        List<String> messages = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            for (Throwable t : step.getFailureExceptions()) {
                add(messages, message(t, writes(step)));
            }
        }
        for (Throwable t : execution.getFailureExceptions()) {
            add(messages, message(t, null));
        }
        return messages.isEmpty() ? "status " + execution.getStatus() : String.join("; ", messages);
    }

    private static void add(List<String> messages, String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    /** What a step writes, to name when a write fails without saying where ("No space left on device"). */
    private static Path writes(StepExecution step) {
        RunContext run;
        try {
            run = RunContext.of(step);
        } catch (RuntimeException e) {
            return null;
        }
        return switch (step.getStepName()) {
            case "loadInputs", "resolveDuplicates" -> run.workDir();
            case "computeIndicators" -> run.computedIndicators();
            case "writeReport" -> run.reportDir();
            default -> null;
        };
    }

    /** A failure in a line: the file-system error with its path where there is one, else the root cause. */
    private static String message(Throwable t, Path writing) {
        Throwable root = t;
        java.nio.file.FileSystemException withPath = null;
        for (int depth = 0; depth < 50; depth++) {
            if (root instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
                withPath = fs;
            }
            // "Failed to close 1 delegate(s)" and the like carry their reasons as suppressed exceptions
            Throwable next = root.getCause() != null && root.getCause() != root ? root.getCause()
                    : root.getCause() == null && root.getSuppressed().length > 0 ? root.getSuppressed()[0] : null;
            if (next == null) {
                break;
            }
            root = next;
        }
        if (withPath != null) {
            return describe(withPath);
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        if (root instanceof java.io.IOException && writing != null && !message.contains(writing.toString())) {
            return "writing '" + writing + "': " + message;
        }
        return message;
    }

    /**
     * What to do about a failure, for the cases an operator meets most (README, Operations): a full disk and a folder
     * that cannot be written. The sentence goes on with "and run ... again".
     */
    public static String advice(Throwable failure, Path outputDir) {
        return advice(List.of(failure), outputDir);
    }

    static String advice(List<Throwable> failures, Path outputDir) {
        StringBuilder text = new StringBuilder();
        boolean denied = false;
        for (Throwable failure : failures) {
            java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.ArrayDeque<Throwable> next = new java.util.ArrayDeque<>(List.of(failure));
            while (!next.isEmpty() && seen.size() < 100) {
                Throwable t = next.poll();
                if (!seen.add(t)) {
                    continue;
                }
                denied |= t instanceof java.nio.file.AccessDeniedException;
                text.append(t.getMessage()).append('\n');
                if (t instanceof java.nio.file.FileSystemException fs) {
                    text.append(fs.getReason()).append('\n');
                }
                if (t.getCause() != null) {
                    next.add(t.getCause());
                }
                next.addAll(List.of(t.getSuppressed()));
            }
        }
        String all = text.toString();
        if (all.contains("No space left on device") || all.contains("Disk quota exceeded")) {
            return "The disk is full: free space on the disk of '" + outputDir + "' (df -h), or give another --output,";
        }
        if (denied || all.contains("Permission denied") || all.contains("Operation not permitted")
                || all.contains("Read-only file system")) {
            return "Make '" + outputDir + "' and what is in it writable for this user, or give another --output,";
        }
        return "Fix the cause";
    }

    /** A file-system error in words: Java's own message is often no more than the path. */
    public static String describe(java.nio.file.FileSystemException e) {
        String what = reason(e);
        String file = e.getFile() == null ? "" : "'" + e.getFile() + "'"
                + (e.getOtherFile() == null ? "" : " -> '" + e.getOtherFile() + "'");
        return file.isEmpty() ? what : file + ": " + what;
    }

    /** A file-system error's reason in words, without its path. */
    public static String reason(java.nio.file.FileSystemException e) {
        String what;
        if (e instanceof java.nio.file.AccessDeniedException) {
            what = "permission denied (is the folder read-only?)";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            what = "a folder that is not empty is in the way";
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            what = "not a folder";
        } else {
            what = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        }
        return what;
    }
}
