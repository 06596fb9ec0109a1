package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleZipTest {

    /** Two zips with the same entries, written at different times and in different orders, copy to the same bytes. */
    @Test
    void copiesHaveTheRunDateAFixedOrderAndTheSameBytes(@TempDir Path dir) throws IOException {
        Path a = zip(dir.resolve("a.zip"), List.of("xl/workbook.xml", "[Content_Types].xml", "_rels/.rels"),
                FileTime.fromMillis(1_000_000_000_000L));
        Path b = zip(dir.resolve("b.zip"), List.of("_rels/.rels", "xl/workbook.xml", "[Content_Types].xml"),
                FileTime.fromMillis(1_700_000_000_000L));
        Path ca = dir.resolve("ca.zip");
        Path cb = dir.resolve("cb.zip");
        ReproducibleZip.copy(a, ca, LocalDate.of(2024, 12, 31));
        ReproducibleZip.copy(b, cb, LocalDate.of(2024, 12, 31));
        assertArrayEquals(Files.readAllBytes(ca), Files.readAllBytes(cb));
        try (ZipFile z = new ZipFile(ca.toFile())) {
            List<String> names = new ArrayList<>();
            z.stream().forEach(e -> {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2024, 12, 31, 0, 0), e.getTimeLocal());
                assertEquals(null, e.getExtra(), "no extended timestamps");
            });
            assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"), names);
            assertEquals("content of _rels/.rels", new String(z.getInputStream(z.getEntry("_rels/.rels"))
                    .readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Path zip(Path path, List<String> names, FileTime time) throws IOException {
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : names) {
                ZipEntry e = new ZipEntry(name);
                e.setLastModifiedTime(time);
                out.putNextEntry(e);
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return path;
    }
}
