package org.tradestat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes files so that no reader ever sees half of one: the content goes to a temporary file in the same folder,
 * which is then renamed over the target in one step. A whole folder is written the same way: to a temporary
 * folder beside it, which then takes its place ({@link #replaceFolder}).
 */
public final class AtomicFiles {

    static final String TEMP_PREFIX = ".tradestat-tmp-";

    /** Writes one file's content; the caller's stream is a temporary file until the content is complete. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path temp = temporaryFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary path next to the target, for writers that need a path rather than a stream. */
    public static Path temporaryFor(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return target.resolveSibling(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + target.getFileName());
    }

    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes temporary files a killed run left in a folder. */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        }
    }

    /** Removes the temporary files that killed attempts left for one target (see {@link #temporaryFor}). */
    public static void removeLeftoversOf(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String suffix = "-" + target.getFileName();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().endsWith(suffix)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /**
     * A new temporary folder beside {@code target}, named {@code .tradestat-tmp-<target name>-<pid>}, for writing what
     * will replace {@code target} as a whole. Leftovers of earlier attempts for the same target go first (see
     * {@link #removeFolderLeftovers}).
     */
    public static Path temporaryFolderFor(Path target) throws IOException {
        removeFolderLeftovers(target);
        Path temp = target.resolveSibling(TEMP_PREFIX + target.getFileName() + "-" + ProcessHandle.current().pid());
        deleteRecursively(temp);
        Files.createDirectories(temp);
        return temp;
    }

    /**
     * Puts the complete folder {@code temp} in the place of {@code target}: the previous folder is renamed aside, the
     * new one renamed into place, then the previous one deleted. A reader sees the old folder or the new one, never a
     * mix of their files; for the instant between the two renames, no folder. A run killed in that instant leaves
     * the old folder aside, and the next attempt puts it back ({@link #removeFolderLeftovers}).
     */
    public static void replaceFolder(Path temp, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileSystemException(target.toString(), null,
                    "a file is in the way of the report folder; move it away and run again");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(temp, target);
            return;
        }
        Path previous = target.resolveSibling(TEMP_PREFIX + target.getFileName() + "-previous-"
                + ProcessHandle.current().pid());
        deleteRecursively(previous);
        move(target, previous);
        try {
            move(temp, target);
        } catch (IOException e) {
            move(previous, target);
            throw e;
        }
        deleteRecursively(previous);
    }

    /**
     * Removes what a killed attempt to replace {@code target} left beside it: temporary folders, and a previous folder
     * renamed aside, which goes back into place when the killed attempt had not put the new one there yet.
     */
    public static void removeFolderLeftovers(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = TEMP_PREFIX + target.getFileName() + "-";
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path leftover : leftovers) {
            boolean previous = leftover.getFileName().toString().startsWith(prefix + "previous-");
            if (previous && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(leftover, target);
            } else {
                deleteRecursively(leftover);
            }
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
