package org.tradestat;

import java.sql.SQLException;
import org.tradestat.job.Database;
import org.tradestat.job.Failures;

/** What went wrong with the database, in a line for the operator: the known cases said plainly, never a password. */
final class DatabaseMessages {

    private DatabaseMessages() {
    }

    /** The message for an operator: the root cause in a line, with the known cases said plainly, no password. */
    static String explain(Throwable e, Database db) {
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
            return "the " + db.describe() + " is in use by another Tradestat run (the embedded H2 database allows one"
                    + " process at a time). Run again when it has finished, or use PostgreSQL with --db.";
        }
        if (Failures.isConnectionLoss(e)) {
            return Failures.connectionLost(db, e);
        }
        String message = firstLine(db.maskAll(root.getMessage()));
        if (message.contains("Connection refused") || message.contains("connect")) {
            return "cannot connect to the " + db.describe() + ": " + message;
        }
        return message.isEmpty() ? root.getClass().getSimpleName() : message;
    }

    /** The driver's reason in a few words, without a trailing full stop, the URL or a password. */
    static String whyNoConnection(SQLException e, Database db) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
        }
        String message = firstLine(e.getMessage());
        if (message.startsWith("No suitable driver")) {
            return "the driver cannot read this URL (is the host, port or a parameter malformed?)";
        }
        return db.maskAll(message).replaceAll("\\.+$", "");
    }

    /** SQL state class 28: invalid authorization (a wrong user name or password). */
    static boolean refusedCredentials(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }
}
