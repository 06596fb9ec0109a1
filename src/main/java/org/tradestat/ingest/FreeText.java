package org.tradestat.ingest;

/**
 * Cleans untrusted free text (sources, titles, names, reasons, warnings) before it reaches the database or an output:
 * control characters become spaces, long text is cut. Every limit is at or below its database column's, so no input
 * text ever reaches a column limit (H2 and PostgreSQL alike).
 */
public final class FreeText {

    public static final int TITLE_LIMIT = 500;
    public static final int SOURCE_LIMIT = 1000;
    public static final int REASON_LIMIT = 1000;
    public static final int WARNING_LIMIT = 2000;
    /** Measure labels (companies) and group codes: short identifiers. */
    public static final int LABEL_LIMIT = 40;
    /** A rejected line as read, within {@code ts_reject.raw_text} (2,100). */
    public static final int RAW_LIMIT = 2100;
    static final char NUL = '\0';
    static final String CUT_MARK = " […]";

    private FreeText() {
    }

    public static String clean(String text, int limit) {
        if (text == null) {
            return "";
        }
        if (isClean(text, limit)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isISOControl(c);
            if (space) {
                if (!lastWasSpace && out.length() > 0) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            lastWasSpace = space;
        }
        String cleaned = out.toString().strip();
        if (cleaned.length() > limit) {
            int end = limit - CUT_MARK.length();
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end) + CUT_MARK;
        }
        return cleaned;
    }

    /**
     * A raw input line as it may be stored and shown: as it was, but with NUL characters (which PostgreSQL cannot
     * store in text) and bytes that were not UTF-8 replaced by U+FFFD, and cut to {@code limit} characters with an ellipsis.
     */
    public static String raw(String text, int limit) {
        if (text == null) {
            return "";
        }
        String safe = text.indexOf(NUL) >= 0 ? text.replace(NUL, '\uFFFD') : text;
        safe = safe.indexOf(CsvRecordReader.NOT_UTF8) >= 0 ? safe.replace(CsvRecordReader.NOT_UTF8, '\uFFFD') : safe;
        if (safe.length() <= limit) {
            return safe;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + "\u2026";
    }

    /** A piece of untrusted text to quote inside a message: cleaned and cut to {@code limit} with an ellipsis. */
    public static String quote(String text, int limit) {
        String cleaned = clean(text, Integer.MAX_VALUE);
        if (cleaned.length() <= limit) {
            return cleaned;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
            end--;
        }
        return cleaned.substring(0, end) + "\u2026";
    }

    /** Already as {@link #clean} would leave it: no control characters, single inner spaces, none at the ends. */
    private static boolean isClean(String text, int limit) {
        int n = text.length();
        if (n > limit || (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' '))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || c > '~') {
                return false; // anything beyond printable ASCII takes the careful path
            }
        }
        return true;
    }
}
