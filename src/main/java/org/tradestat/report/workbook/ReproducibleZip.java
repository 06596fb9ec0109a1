package org.tradestat.report.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook's bytes depend only on its content and the run date. POI stamps every zip entry with the time it
 * was written; it can stamp a fixed time instead, but only when the environment variable {@code SOURCE_DATE_EPOCH}
 * is set before POI is first loaded (POI reads it once, into a static flag, and ignores its value), which a running
 * JVM cannot do for itself, and POI's switch for tests ({@code Reproducibility.runWithSourceDateEpoch}) flips that
 * flag for the whole JVM, so it is not safe while other threads write documents. So the package POI wrote is copied
 * into a fresh zip: every entry stamped with the run date (00:00, as a DOS time, which carries no time zone), in a
 * fixed order ({@code [Content_Types].xml} first, then by name), with the same compression, and no extra fields or
 * comments.
 */
final class ReproducibleZip {

    static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {
    }

    /** Copies the zip at {@code source} to {@code target}, every entry dated {@code date} at 00:00. */
    static void copy(Path source, Path target, LocalDate date) throws IOException {
        LocalDateTime stamp = date.atStartOfDay();
        if (stamp.getYear() < 1980) {
            stamp = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        try (ZipFile in = new ZipFile(source.toFile());
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(target));
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(ZipOutputStream.DEFLATED);
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> e = in.entries();
            while (e.hasMoreElements()) {
                entries.add(e.nextElement());
            }
            entries.sort(Comparator.comparing((ZipEntry z) -> !CONTENT_TYPES.equals(z.getName()))
                    .thenComparing(ZipEntry::getName));
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry : entries) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                out.putNextEntry(copy);
                if (!entry.isDirectory()) {
                    try (InputStream data = in.getInputStream(entry)) {
                        int n;
                        while ((n = data.read(buffer)) > 0) {
                            out.write(buffer, 0, n);
                        }
                    }
                }
                out.closeEntry();
            }
        }
    }
}
