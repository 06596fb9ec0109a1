package org.tradestat.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * One run per database and date at a time (README, Overlapping runs). The lock is taken on the database itself, so
 * that the same database named two ways ({@code 127.0.0.1} and {@code localhost}, {@code --db} and
 * {@code TRADESTAT_DB_URL}) is still one lock:
 * <ul>
 * <li>PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}) keyed on the schema and the run date,
 * held by a connection of its own for the whole run;</li>
 * <li>an H2 file: an operating-system lock on the date's byte of a file beside the database file (same folder, found
 * through its real path), {@code <name>.tradestat.lock};</li>
 * <li>another H2 URL (a server): such a file in the output folder's {@code logs/}.</li>
 * </ul>
 * Either is released when the process ends, however it ends, so a lock never outlives a killed run, and holding it
 * proves no other live process runs this date: an execution still marked as running is a leftover of a dead one.
 * Lock files live in the user's own folders, never in a shared temporary folder; they are opened without following
 * symbolic links, a file someone else owns is not opened, and nothing is written into it (one empty file per database
 * stays, as the database's own files do).
 */
public abstract class RunLock implements AutoCloseable {

    private RunLock() {
    }

    /**
     * The lock for the date, or empty when another run holds it. A {@link SQLException} means the database could not
     * be reached; an {@link IOException} that the lock file could not be used (the message says why).
     */
    public static Optional<RunLock> tryAcquire(Database db, LocalDate runDate, Path logsDir)
            throws IOException, SQLException {
        return switch (db.kind()) {
            case POSTGRESQL -> AdvisoryLock.tryAcquire(db, runDate);
            case H2_FILE -> {
                Path file = db.h2File();
                DatabaseFiles.prepare(db.url()); // the database's folder, owner-only when it is new
                Path dir = Files.createDirectories(file.getParent()).toRealPath();
                yield FileRunLock.tryAcquire(dir.resolve(file.getFileName() + ".tradestat.lock"), runDate);
            }
            case H2_OTHER -> FileRunLock.tryAcquire(Files.createDirectories(logsDir).toRealPath()
                    .resolve(".tradestat-" + shortHash(db.url()) + ".lock"), runDate);
        };
    }

    @Override
    public abstract void close() throws IOException;

    /** Released, whatever happens. */
    public void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the process ends soon, which releases it too
        }
    }

    /** PostgreSQL: a session-level advisory lock on a connection held for the run. */
    private static final class AdvisoryLock extends RunLock {
        private final Connection connection;
        private final long key;

        private AdvisoryLock(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        static Optional<RunLock> tryAcquire(Database db, LocalDate runDate) throws SQLException {
            Connection connection = db.connect();
            try {
                connection.setAutoCommit(true);
                String schema;
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                    rs.next();
                    schema = String.valueOf(rs.getString(1));
                }
                long key = ByteBuffer.wrap(sha256("tradestat run " + schema + " " + runDate)).getLong();
                try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                    s.setLong(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            return Optional.of(new AdvisoryLock(connection, key));
                        }
                    }
                }
                connection.close();
                return Optional.empty();
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public void close() {
            // Released by the server before this returns: a closed session's locks are released only when its server
            // process has ended, after close() has returned, and a run started right after (a script, a test) would
            // find the date still locked. A session the server already ended holds none.
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                s.setLong(1, key);
                s.execute();
            } catch (SQLException e) {
                // the session is gone, and its locks with it
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
        }
    }

    /**
     * An operating-system lock on a byte of a file of the user's own: one file per database, one byte per run date
     * (its day number), so that runs of other dates are not blocked and no file is left behind per date.
     */
    private static final class FileRunLock extends RunLock {
        private final FileChannel channel;
        private final FileLock lock;

        private FileRunLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static Optional<RunLock> tryAcquire(Path file, LocalDate runDate) throws IOException {
            refuseForeign(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, Set.<OpenOption>of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileSystemException e) {
                if (Files.isSymbolicLink(file)) {
                    throw new FileSystemException(file.toString(), null, LINK);
                }
                throw e;
            }
            try {
                FileLock lock = channel.tryLock(runDate.toEpochDay() - LocalDate.MIN.toEpochDay(), 1, false);
                if (lock != null) {
                    return Optional.of(new FileRunLock(channel, lock));
                }
            } catch (OverlappingFileLockException e) {
                // this JVM runs the date already
            }
            channel.close();
            return Optional.empty();
        }

        private static final String LINK = "is a symbolic link; Tradestat does not follow it (who put it there?)."
                + " Remove it and run again";

        /** A link, or a file of another user's, is never opened for writing. */
        private static void refuseForeign(Path file) throws IOException {
            PosixFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return;
            } catch (UnsupportedOperationException e) {
                return; // not a POSIX file system: NOFOLLOW_LINKS still applies
            }
            if (attributes.isSymbolicLink()) {
                throw new FileSystemException(file.toString(), null, LINK);
            }
            if (!attributes.isRegularFile()) {
                throw new FileSystemException(file.toString(), null, "is not a plain file; Tradestat does not use it as"
                        + " its run lock. Remove it and run again");
            }
            UserPrincipal me = currentUser(file);
            if (me != null && !attributes.owner().equals(me)) {
                throw new FileSystemException(file.toString(), null, "belongs to " + attributes.owner().getName()
                        + ", not to " + me.getName() + "; Tradestat does not write into it. Remove it and run again");
            }
        }

        private static UserPrincipal currentUser(Path file) {
            try {
                return file.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static String shortHash(String text) {
        return HexFormat.of().formatHex(sha256(text), 0, 6);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
