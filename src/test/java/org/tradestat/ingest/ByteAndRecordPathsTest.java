package org.tradestat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of Tradestat's own kinds are read from their bytes, trade lines in place; the same files read as CSV
 * records, line by line through the record parser, must give exactly the same records: the same figures (to the
 * scale of each value), the same rejects with the same reasons and raw text, the same line numbers.
 */
class ByteAndRecordPathsTest {

    @TempDir
    Path dir;

    private static final String[] REPORTERS = {"KOR", "KAZ", "kaz", "Kor", " KOR", "KOR ", "XXX", "", "CENTRAL_ASIA",
            "WLD", "SUN", "K0R"};
    private static final String[] PARTNERS = {"KGZ", "UZB", "WLD", "wld", "CENTRAL_ASIA", "KOR", "QQQ", "", "YUG",
            "uzb", " UZB"};
    private static final String[] FLOWS = {"export", "import", "turnover", "Export", "IMPORT", "re_export", "",
            "exports", " export"};
    private static final String[] COMMODITIES = {"", "TOTAL", "total", "27", "2", "0101", "8542", "12345678901",
            "1234567890", "SITC:84", "sitc:84", "BEC:41", "ab", "27 ", "HS:27", "OTHER"};
    private static final String[] PERIODS = {"2024", "2024-07", "2024-7", "2024-13", "2024-00", "2024-H1", "2024-H3",
            "2024-h2", "2024-Q4", "2024-Q0", "0999", "1000", "9999", " 2024", "2024 ", "24", "2024-1", "2024-Q12",
            "2024-M1", "20x4"};
    private static final String[] VALUES = {"1", "1.5", "1.50", "0", "0.00", "007", ".5", "5.", "-1", "1e5",
            "123456789012345678", "999999999999999999", "1000000000000000000", "12345678901234567890",
            "1.123456", "1.1234567", "1.1234560", "", " 5", "5 ", "1.2.3", ".", "+5", "0.000001", "1234.5678"};
    private static final String[] QUALIFIERS = {"", "exact", "approx", "at_least", "at_most", "APPROX", "bogus",
            " approx", "At_Most"};
    private static final String[] SOURCES = {"", "customs", "Korea Customs Service", "a  b", " x", "x ", "Caf\u00e9",
            "KITA 2024", "\u041c\u0438\u043d\u0444\u0438\u043d", "tab\there", "x".repeat(1001), "y".repeat(1000),
            "semi;colon", "~!@#$%^&*()"};
    private static final String[] ENDINGS = {"\n", "\n", "\n", "\r\n", "\r"};

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** A trade line: mostly plain, often with one field written another way. */
    private static String tradeLine(Random random, List<String> columns) {
        List<String> fields = new ArrayList<>();
        int oddColumn = random.nextInt(2) == 0 ? random.nextInt(columns.size()) : -1;
        for (String column : columns) {
            boolean odd = column.equals(oddColumn < 0 ? null : columns.get(oddColumn)) || random.nextInt(50) == 0;
            fields.add(switch (column) {
                case "reporter" -> odd ? pick(random, REPORTERS) : "KOR";
                case "partner" -> odd ? pick(random, PARTNERS) : random.nextBoolean() ? "KGZ" : "UZB";
                case "flow" -> odd ? pick(random, FLOWS) : random.nextBoolean() ? "export" : "import";
                case "commodity" -> odd ? pick(random, COMMODITIES) : random.nextBoolean() ? "27" : "TOTAL";
                case "period" -> odd ? pick(random, PERIODS) : "20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9));
                case "value_usd" -> odd ? pick(random, VALUES) : random.nextInt(1_000_000) + "." + random.nextInt(100);
                case "qualifier" -> odd ? pick(random, QUALIFIERS) : "";
                case "source" -> odd ? pick(random, SOURCES) : "customs";
                default -> random.nextBoolean() ? "" : "note " + random.nextInt(5);
            });
        }
        String line = String.join(",", fields);
        return switch (random.nextInt(40)) {
            case 0 -> line + ",";
            case 1 -> line + ",extra";
            case 2 -> line.substring(0, line.lastIndexOf(','));
            case 3 -> "";
            case 4 -> " ,\t, ";
            case 5 -> ",,,,,,";
            case 6 -> line.replace('K', '\0');
            default -> line;
        };
    }

    private void assertSameRecordsBothWays(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        InputScanner scanner = new InputScanner();
        List<InputFile> files = scanner.scan(dir);
        Set<String> groups = Set.of("CENTRAL_ASIA");
        List<InputRecord> fromRecords = readAll(new InputFilesReader(files, groups, 1.0, 0));
        // a small buffer, so that lines and CRLF pairs fall across the buffer's ends
        for (int buffer : new int[] {ByteLines.BUFFER, 61, 7}) {
            List<InputRecord> fromBytes = readAll(new InputFilesReader(files, groups, 1.0, buffer));
            for (int i = 0; i < Math.min(fromBytes.size(), fromRecords.size()); i++) {
                assertThat(fromBytes.get(i)).as("%s, buffer %d, record %d", name, buffer, i).isEqualTo(fromRecords.get(i));
            }
            assertThat(fromBytes).hasSameSizeAs(fromRecords);
        }
        assertThat(fromRecords).as("%s read as records", name).isNotEmpty();
        Files.delete(dir.resolve(name));
    }

    private static List<InputRecord> readAll(InputFilesReader reader) {
        List<InputRecord> records = new ArrayList<>();
        try {
            for (InputBlock block = reader.read(700); block != null; block = reader.read(700)) {
                records.addAll(block.records());
            }
        } finally {
            reader.close();
        }
        return records;
    }

    @Test
    void tradeFilesWithEveryKindOfOddLineGiveTheSameRecordsFromBytesAsFromText() throws IOException {
        Random random = new Random(20261204);
        List<List<String>> layouts = List.of(
                List.of("reporter", "partner", "period", "flow", "value_usd", "qualifier", "source"),
                List.of("reporter", "partner", "period", "flow", "commodity", "value_usd", "qualifier", "source"),
                List.of("source", "value_usd", "note", "commodity", "flow", "period", "partner", "reporter"),
                List.of("reporter", "partner", "period", "flow", "value_usd"));
        for (int round = 0; round < 12; round++) {
            List<String> columns = layouts.get(round % layouts.size());
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            boolean latin1 = round % 6 == 5;
            if (round % 4 == 1) {
                file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            file.writeBytes((String.join(",", columns) + pick(random, ENDINGS)).getBytes(StandardCharsets.US_ASCII));
            for (int n = 0; n < 1500; n++) {
                String line = tradeLine(random, columns);
                byte[] bytes = line.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                if (!latin1 && random.nextInt(200) == 0) {
                    bytes = (line + "\u00e9").getBytes(StandardCharsets.ISO_8859_1); // one line not UTF-8
                }
                file.writeBytes(bytes);
                if (n < 1499 || round % 3 != 0) {
                    file.writeBytes(pick(random, ENDINGS).getBytes(StandardCharsets.US_ASCII));
                }
            }
            assertSameRecordsBothWays("trade-" + round + ".csv", file.toByteArray());
        }
    }

    @Test
    void fromTheFirstQuoteOnTheRestOfAFileIsReadAsRecords() throws IOException {
        String header = "reporter,partner,period,flow,commodity,value_usd,qualifier,source\n";
        StringBuilder text = new StringBuilder(header);
        for (int i = 0; i < 3000; i++) {
            text.append("KOR,KGZ,2020-0").append(1 + i % 9).append(",export,").append(10 + i % 90).append(',')
                    .append(i).append(",,customs\r\n");
            if (i == 1234) {
                text.append("KOR,KGZ,2021,export,27,5,,\"a source, quoted\nover two lines\"\n");
                text.append("KOR,KGZ,2021,import,27,5,,\"unclosed\n");
            }
        }
        assertSameRecordsBothWays("quoted.csv", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOtherOwnKindsAreReadFromBytesThroughTheRecordParser() throws IOException {
        assertSameRecordsBothWays("investment.csv", ("investor,host,period,measure,value_usd,qualifier,since,source\r\n"
                + "KOR,UZB,2023,inflow,250.5,,,KOTRA\r\n"
                + "KOR,UZB,2023,cumulative,4300,at_least,1992,KOTRA\r\n"
                + "KOR,UZB,2023,stock,-1,,,KOTRA\r\n"
                + "\r\n"
                + "kor,uzb,2024,Inflow,1,,,\r\n").getBytes(StandardCharsets.UTF_8));
        assertSameRecordsBothWays("events.csv", ("date,country_a,country_b,category,level,title,count,source\n"
                + "2024-06-14,KOR,UZB,visit,head_of_state,State visit,1,MOFA\n"
                + "2024-13-01,KOR,UZB,visit,,Bad date,,\n"
                + "2023,KOR,KAZ,forum,,Forum \u2014 Astana,2,\n").getBytes(StandardCharsets.UTF_8));
        assertSameRecordsBothWays("groups.csv", ("group,member,name\nCENTRAL_ASIA,KAZ,Central Asia\n"
                + "central_asia,KGZ,Central Asia\nKOR,UZB,x\n").getBytes(StandardCharsets.UTF_8));
    }
}
