package org.tradestat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, InputScanner::isCsvName)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Column names listed in a warning; the rest are counted. */
    static final int LISTED_COLUMNS = 20;

    /**
     * The input files: every entry of the folder named {@code *.csv} in any case. One that is not a readable regular
     * file (a directory, a pipe, a symbolic link to nothing or a loop, a file without read permission) is reported
     * as not read, with the reason, and the run goes on with the others.
     */
    public List<InputFile> scan(Path directory) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, InputScanner::isCsvName)) {
            stream.forEach(paths::add);
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

    static boolean isCsvName(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The bytes of the folder's input files that can be read: to size the load's work files. */
    public static long bytesOf(Path directory) {
        long bytes = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, InputScanner::isCsvName)) {
            for (Path p : stream) {
                try {
                    bytes += Files.isRegularFile(p) ? Files.size(p) : 0;
                } catch (IOException e) {
                    // an unreadable entry is reported by the scan; it adds nothing to the load
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input directory " + directory + ": " + e.getMessage(), e);
        }
        return bytes;
    }

    /** Why an entry named *.csv is not a file the job can read; null when it is a regular file. */
    private static String notAFile(Path path) {
        if (Files.isRegularFile(path)) {
            return null;
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "not read: a symbolic link to nothing (its target is missing, or the links form a loop)";
        }
        if (Files.isDirectory(path)) {
            return "not read: a folder, not a file";
        }
        return "not read: not a regular file (a pipe, a socket or a device)";
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
        String notAFile = notAFile(path);
        if (notAFile != null) {
            return new InputFile(seq, name, path, Optional.empty(), StandardCharsets.UTF_8, "", 0, List.of(notAFile));
        }
        try {
            Fingerprint fingerprint = fingerprint(path);
            List<String> warnings = new ArrayList<>();
            if (!fingerprint.encoding().equals(StandardCharsets.UTF_8)) {
                warnings.add("not valid UTF-8: read as ISO-8859-1");
            } else if (fingerprint.invalidUtf8() > 0) {
                warnings.add("not valid UTF-8 in " + fingerprint.invalidUtf8() + " place"
                        + (fingerprint.invalidUtf8() == 1 ? "" : "s") + ": read as UTF-8"
                        + (fingerprint.bom() ? " (it starts with a UTF-8 byte order mark)" : "")
                        + ", and the lines with a byte that is not UTF-8 are rejected");
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
                        warnings.add("duplicate column names " + listing(header.duplicates()) + ": file skipped");
                    } else if (kind.isEmpty()) {
                        // named by size and digest only: the file may not be ours to show (a link to a secret)
                        warnings.add("header matches no known kind: file skipped (" + Files.size(path) + " bytes,"
                                + " SHA-256 " + fingerprint.sha256() + ")");
                    } else if (kind.get() == FileKind.COMTRADE && isServices(reader, header)) {
                        kind = Optional.of(FileKind.COMTRADE_SERVICES);
                        warnings.add("a UN Comtrade download of trade in services (typeCode S): not trade in goods,"
                                + " file skipped");
                        dataLines++; // the first data line, read to tell
                    } else if (!header.unknownColumns(kind.get()).isEmpty()) {
                        warnings.add("unknown columns ignored: " + listing(header.unknownColumns(kind.get())));
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
            return new InputFile(seq, name, path, Optional.empty(), StandardCharsets.UTF_8, "", 0,
                    List.of("not read: " + FreeText.quote(String.valueOf(e.getMessage()), FreeText.TITLE_LIMIT)));
        }
    }

    /** Column names for a warning: cleaned, each cut short, at most {@value #LISTED_COLUMNS}, the rest counted. */
    static String listing(List<String> names) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < names.size() && i < LISTED_COLUMNS; i++) {
            shown.add(FreeText.quote(names.get(i), 40));
        }
        String more = names.size() > LISTED_COLUMNS ? " and " + (names.size() - LISTED_COLUMNS) + " more" : "";
        return String.join(", ", shown) + more;
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
                        String code = Ascii.upper(record.fields().get(position).strip());
                        if (code != null && RecordParser.isGroupCode(code)) {
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

    /**
     * A reader of the file's records. In a UTF-8 file a byte sequence that is not UTF-8 becomes {@link
     * CsvRecordReader#NOT_UTF8}, which rejects its line.
     */
    public static CsvRecordReader open(Path path, Charset encoding) throws IOException {
        return new CsvRecordReader(new BufferedReader(decoding(Files.newInputStream(path), encoding), 1 << 16));
    }

    /** The text of a file's bytes; in UTF-8, a byte sequence that is not UTF-8 becomes {@link CsvRecordReader#NOT_UTF8}. */
    static java.io.Reader decoding(InputStream bytes, Charset encoding) {
        return new InputStreamReader(bytes, decoder(encoding));
    }

    static java.nio.charset.CharsetDecoder decoder(Charset encoding) {
        return encoding.equals(StandardCharsets.UTF_8)
                ? StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .replaceWith(String.valueOf(CsvRecordReader.NOT_UTF8))
                : encoding.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /**
     * The file's digest and encoding. UTF-8 when it is valid UTF-8, when it starts with a UTF-8 byte order mark, or
     * when its valid multi-byte UTF-8 sequences outnumber its invalid bytes (a Cyrillic file with one bad byte: that
     * line is rejected, not the file misread); otherwise ISO-8859-1, as older portal downloads are written.
     */
    private record Fingerprint(String sha256, Charset encoding, boolean bom, long invalidUtf8) {
    }

    private static Fingerprint fingerprint(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Utf8Census census = new Utf8Census();
        byte[] chunk = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                census.add(chunk, n);
            }
        }
        census.end();
        boolean utf8 = census.invalid == 0 || census.bom || census.multiByte > census.invalid;
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()),
                utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1, census.bom, utf8 ? census.invalid : 0);
    }
}
