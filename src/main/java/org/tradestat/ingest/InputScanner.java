package org.tradestat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the {@code *.csv} files of the input directory in lexical order and finds, for each, its kind (from the
 * header), its encoding (UTF-8, or ISO-8859-1 when it is not valid UTF-8), its SHA-256 and its number of data lines.
 */
public final class InputScanner {

    /**
     * The warning of a file whose name cannot be decoded: not UTF-8, or the process runs in a locale whose character
     * set is not UTF-8 (cron's C/POSIX locale), in which Java cannot name the file again (README, Operations).
     */
    public static final String UNREADABLE_NAME = "the file name cannot be read";

    /** The number of {@code *.csv} files the scan would list: none means there is nothing to report. */
    public static long countCsvFiles(Path directory) throws IOException {
        long count = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.csv")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    count++;
                }
            }
        }
        return count;
    }

    public List<InputFile> scan(Path directory) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.csv")) {
            stream.forEach(p -> {
                if (Files.isRegularFile(p)) {
                    paths.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input directory " + directory + ": " + e.getMessage(), e);
        }
        paths.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            files.add(readableName(path) ? scanFile(i + 1, path) : unreadableName(i + 1, path));
        }
        return files;
    }

    /** Whether Java decoded the file's name: undecodable bytes come out as U+FFFD, which names another file. */
    static boolean readableName(Path path) {
        return path.getFileName().toString().indexOf('\uFFFD') < 0;
    }

    /**
     * A file whose name cannot be decoded is skipped and reported, with its lines counted: a name that cannot be
     * written back could not be found again by the report or by whoever reads it, and under a non-UTF-8 locale every
     * use of it fails.
     */
    private InputFile unreadableName(int seq, Path path) {
        String shown = path.getFileName().toString().replace('\uFFFD', '?');
        InputFile scanned = scanFile(seq, path);
        long lines = scanned.skippedLines();
        if (scanned.isLoaded()) {
            lines = 0;
            try (CsvRecordReader reader = open(path, scanned.encoding())) {
                if (reader.next() != null) { // the header
                    while (reader.next() != null) {
                        lines++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read input file " + shown + ": " + e.getMessage(), e);
            }
        }
        String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
        String why = charset.replace("-", "").equalsIgnoreCase("UTF8")
                ? "it is not UTF-8: rename the file"
                : "this process runs in a locale whose character set is " + charset + ", not UTF-8: run it with"
                        + " scripts/run-report.sh or LC_ALL=C.UTF-8, or rename the file";
        return new InputFile(seq, shown, path, Optional.empty(), scanned.encoding(), scanned.sha256(), lines,
                List.of(UNREADABLE_NAME + " (" + why + "): file skipped"));
    }

    InputFile scanFile(int seq, Path path) {
        String name = path.getFileName().toString();
        try {
            Fingerprint fingerprint = fingerprint(path);
            List<String> warnings = new ArrayList<>();
            if (!fingerprint.encoding().equals(StandardCharsets.UTF_8)) {
                warnings.add("not valid UTF-8: read as ISO-8859-1");
            }
            Optional<FileKind> kind = Optional.empty();
            long dataLines = 0;
            try (CsvRecordReader reader = open(path, fingerprint.encoding())) {
                CsvRecord headerRecord = reader.next();
                if (headerRecord == null) {
                    warnings.add("empty file: no header");
                } else {
                    Header header = new Header(headerRecord.fields());
                    kind = header.kind();
                    if (!header.duplicates().isEmpty()) {
                        warnings.add("duplicate column names " + header.duplicates() + ": file skipped");
                    } else if (kind.isEmpty()) {
                        warnings.add("header matches no known kind: file skipped (header: "
                                + abbreviate(FreeText.clean(headerRecord.raw(), 200)) + ")");
                    } else if (kind.get() == FileKind.COMTRADE && isServices(reader, header)) {
                        kind = Optional.of(FileKind.COMTRADE_SERVICES);
                        warnings.add("a UN Comtrade download of trade in services (typeCode S): not trade in goods,"
                                + " file skipped");
                        dataLines++; // the first data line, read to tell
                    } else if (!header.unknownColumns(kind.get()).isEmpty()) {
                        warnings.add("unknown columns ignored: " + String.join(", ", header.unknownColumns(kind.get())));
                    }
                    if (kind.isEmpty() || !kind.get().isLoaded()) {
                        while (reader.next() != null) {
                            dataLines++;
                        }
                    }
                }
            }
            return new InputFile(seq, name, path, kind, fingerprint.encoding(), fingerprint.sha256(), dataLines,
                    List.copyOf(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether the first data line of a Comtrade Plus file is of trade in services (typeCode S). */
    private static boolean isServices(CsvRecordReader reader, Header header) throws IOException {
        CsvRecord first = reader.next();
        int position = header.positionOf("typecode");
        return first != null && position >= 0 && position < first.fields().size()
                && first.fields().get(position).strip().equalsIgnoreCase("S");
    }

    /** Group codes defined by the groups files, needed before any trade file is validated. */
    public Set<String> groupCodes(List<InputFile> files) {
        Set<String> codes = new TreeSet<>();
        for (InputFile file : files) {
            if (file.kind().orElse(null) != FileKind.GROUPS) {
                continue;
            }
            try (CsvRecordReader reader = open(file.path(), file.encoding())) {
                Header header = new Header(reader.next().fields());
                int position = header.positionOf("group");
                for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                    if (position < record.fields().size()) {
                        String code = record.fields().get(position).strip().toUpperCase(Locale.ROOT);
                        if (RecordParser.isGroupCode(code)) {
                            codes.add(code);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read input file " + file.name() + ": " + e.getMessage(), e);
            }
        }
        return codes;
    }

    public static CsvRecordReader open(Path path, Charset encoding) throws IOException {
        return new CsvRecordReader(new BufferedReader(new InputStreamReader(Files.newInputStream(path), encoding), 1 << 16));
    }

    private record Fingerprint(String sha256, Charset encoding) {
    }

    private static Fingerprint fingerprint(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        byte[] chunk = new byte[1 << 16];
        ByteBuffer pending = ByteBuffer.allocate((1 << 16) + 8);
        CharBuffer chars = CharBuffer.allocate(pending.capacity()); // one byte never decodes to more than one char
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (!validUtf8) {
                    continue;
                }
                pending.put(chunk, 0, n).flip();
                chars.clear();
                if (utf8.decode(pending, chars, false).isError()) {
                    validUtf8 = false;
                }
                pending.compact();
            }
            if (validUtf8) {
                pending.flip();
                chars.clear();
                if (utf8.decode(pending, chars, true).isError() || pending.hasRemaining()) {
                    validUtf8 = false;
                }
            }
        }
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()),
                validUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

}
