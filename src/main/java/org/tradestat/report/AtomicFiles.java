package org.tradestat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that no reader ever sees half of one: the content goes to a temporary file in the same folder,
 * which is then renamed over the target in one step.
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
}
