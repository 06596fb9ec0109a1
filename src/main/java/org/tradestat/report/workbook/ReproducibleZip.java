package org.tradestat.report.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Makes a workbook's bytes depend only on its content and the run date. POI stamps every zip entry with the time it
 * was written; it can stamp a fixed time instead, but only when the environment variable {@code SOURCE_DATE_EPOCH}
 * is set before POI is first loaded (POI reads it once, into a static flag, and ignores its value), which a running
 * JVM cannot do for itself, and POI's switch for tests ({@code Reproducibility.runWithSourceDateEpoch}) flips that
 * flag for the whole JVM, so it is not safe while other threads write documents. So the package POI wrote is copied
 * into a fresh zip: every entry stamped with the run date (00:00, as a DOS time, which carries no time zone), in a
 * fixed order ({@code [Content_Types].xml} first, then by name), with the same compressed bytes, and no extra
 * fields or comments.
 */
final class ReproducibleZip {

    static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {
    }

    /**
     * Copies the zip at {@code source} to {@code target}, every entry dated {@code date} at 00:00. The entries'
     * compressed bytes are copied as they are (a 10-million-line run's workbook holds some 200 MB of sheet XML; to
     * inflate and deflate it again took seconds).
     */
    static void copy(Path source, Path target, LocalDate date) throws IOException {
        LocalDateTime stamp = date.atStartOfDay();
        if (stamp.getYear() < 1980) {
            stamp = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        // A DOS time is a local date and time: the instant that is this stamp in this JVM's zone gives the stamp.
        long stampMillis = stamp.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setPath(source).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(
                     new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(in.getEntries()));
            entries.sort(Comparator.comparing((ZipArchiveEntry z) -> !CONTENT_TYPES.equals(z.getName()))
                    .thenComparing(ZipArchiveEntry::getName));
            for (ZipArchiveEntry entry : entries) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTime(stampMillis);
                try (InputStream raw = in.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(copy, raw);
                }
            }
        }
    }
}
