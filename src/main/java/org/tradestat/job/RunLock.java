package org.tradestat.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One run per database and date at a time. An operating-system file lock: it is released when the process ends,
 * however it ends, so a lock never outlives a killed run, and holding it proves no other live process runs this
 * date, so an execution still marked as running is a leftover of a dead one.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private RunLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    public static Path fileFor(String dbUrl, LocalDate runDate) {
        return Path.of(System.getProperty("java.io.tmpdir"), "tradestat-" + shortHash(dbUrl) + "-" + runDate + ".lock");
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<RunLock> tryAcquire(String dbUrl, LocalDate runDate) throws IOException {
        Path file = fileFor(dbUrl, runDate);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return Optional.of(new RunLock(channel, lock, file));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
