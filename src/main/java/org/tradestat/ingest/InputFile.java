package org.tradestat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An input file as the scan found it. {@code kind} is empty when the header matches no kind; such a file, and one of
 * a kind that is not loaded (a services download), is skipped: then {@code skippedLines} counts its data lines. {@code seq} is its position in lexical order, which
 * decides which of two conflicting figures wins.
 */
public record InputFile(int seq, String name, Path path, Optional<FileKind> kind, Charset encoding, String sha256,
                        long skippedLines, List<String> warnings) {

    /** Whether the load reads it: false for a file of no known kind and for a services download. */
    public boolean isLoaded() {
        return kind.map(FileKind::isLoaded).orElse(false);
    }

    public String kindCode() {
        return kind.map(FileKind::code).orElse("unknown");
    }
}
