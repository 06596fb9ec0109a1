package org.tradestat.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded H2 database's files are owner-only whatever the umask (README, Operations: permissions): they hold every
 * loaded figure and the job history. Its folder ({@code data/} by default) is created {@code rwx------}, and the
 * database's own files ({@code <name>.mv.db}, {@code .trace.db}, ...) are made {@code rw-------}, so that a folder
 * made by an older version, or by hand, stops exposing them too. The folder itself, once there, is left as it is.
 */
public final class DatabaseFiles {

    static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DatabaseFiles() {
    }

    /**
     * The database file's base path ({@code data/tradestat} for {@code jdbc:h2:file:data/tradestat;...}) for an H2
     * database in files of this machine; empty for other databases (in memory, over TCP, PostgreSQL).
     */
    static Optional<Path> h2Base(String dbUrl) {
        String lower = dbUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = dbUrl.substring("jdbc:h2:".length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("(?i)^(mem|tcp|ssl|zip|split|nio\\w*|async|memfs|memlzf|retry|rec):.*")) {
            return Optional.empty();
        }
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        if (path.isBlank()) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        try {
            return Optional.of(Path.of(path).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Before the database opens: its folder, created owner-only when it is not there yet. */
    public static void prepare(String dbUrl) throws IOException {
        Optional<Path> base = h2Base(dbUrl);
        if (base.isEmpty() || base.get().getParent() == null) {
            return;
        }
        Path folder = base.get().getParent();
        if (!Files.exists(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile by another run: as it is
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(folder); // not a POSIX file system
            }
        }
    }

    /** Once the database is open: its files, owner-only. */
    public static void restrict(String dbUrl) {
        Optional<Path> base = h2Base(dbUrl);
        if (base.isEmpty() || base.get().getParent() == null || !Files.isDirectory(base.get().getParent())) {
            return;
        }
        String prefix = base.get().getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(base.get().getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".db"))) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(OWNER_FILE)) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change, or not a POSIX file system: the folder is what keeps others out
        }
    }
}
