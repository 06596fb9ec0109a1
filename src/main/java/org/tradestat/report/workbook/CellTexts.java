package org.tradestat.report.workbook;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as cells hold it: how many lines it wraps to, where its sentences end, and what a cell can hold. */
final class CellTexts {
    static final int MAX_CELL_CHARS = 32_767;
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellTexts() {
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    /**
     * Lines a text takes when wrapped in a column of the given width (in Excel's units, the width of a digit),
     * word by word; a little generous, since a row cut short hides text and a row a little tall does not.
     */
    static int wrappedLines(String text, int columnChars, boolean bold) {
        double perChar = bold ? 0.9 : 0.85; // in widths of a '0'; bold letters are wider than regular ones
        int capacity = Math.max(1, (int) Math.floor((columnChars - 1) / perChar));
        int lines = 0;
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > capacity) {
                    lines++;
                    used = 0;
                }
                if (len > capacity) {
                    lines += (used + len - 1) / capacity;
                    used = (used + len) % capacity;
                } else {
                    used += (used > 0 ? 1 : 0) + len;
                }
            }
        }
        return lines;
    }

    /** A full stop, question or exclamation mark (and a closing bracket or quote), a space, and what starts a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("([.!?][)\\]\"\u201d]?)\\s+(?=[\\p{Lu}\\d\\[(\"\u201c])");
    /** Words a full stop follows without ending the sentence: "Mr. Kulubaev", "e.g. HS 84", initials ("Y.V."). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[\\s(.])(?:mr|mrs|ms|dr|prof|st|no|nos|vs|cf|etc|e\\.g|i\\.e|inc|ltd|co|jr|sr|\\p{L})\\.$");

    /**
     * The sentences of a text, in order, each with its closing punctuation; text without a sentence end is one
     * sentence. Splits only where a sentence clearly ends, so a doubtful place (an abbreviation) keeps two sentences
     * together rather than cutting one.
     */
    static List<String> sentences(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            String candidate = text.substring(start, m.end(1));
            if (ABBREVIATION.matcher(candidate).find()) {
                continue;
            }
            out.add(candidate.strip());
            start = m.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The text, or its first {@code max} characters and a note saying where the whole of it is. */
    static String shorten(String text, int max, String wholeIn) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int keep = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, keep) + " [cut: the full text has " + Texts.count(text.length()) + " characters; "
                + wholeIn + "]";
    }

    /** The parts that are not empty, joined by a space: the sentences of a Notes cell. */
    static String joined(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(part);
            }
        }
        return b.toString();
    }

    /**
     * Text safe for a cell: characters XML cannot hold become U+FFFD, sequences Excel would read as an escaped
     * character ({@code _x0041_}) are kept literal, and text beyond Excel's limit is cut with a note saying so.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_CELL_CHARS));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)) {
                b.append(c);
            } else {
                b.append('\uFFFD');
            }
        }
        String clean = b.toString();
        Matcher m = ESCAPE_LIKE.matcher(clean);
        if (m.find()) {
            clean = m.replaceAll("_x005F_$1");
        }
        if (clean.length() <= MAX_CELL_CHARS) {
            return clean;
        }
        String note = " [cut: the full text has " + Texts.count(text.length()) + " characters, more than a cell holds]";
        int keep = MAX_CELL_CHARS - note.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--;
        }
        return clean.substring(0, keep) + note;
    }
}
