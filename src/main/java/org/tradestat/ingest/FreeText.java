package org.tradestat.ingest;

/** Cleans untrusted free text (sources, titles, names): control characters become spaces, long text is cut. */
public final class FreeText {

    public static final int TITLE_LIMIT = 500;
    public static final int SOURCE_LIMIT = 1000;
    public static final int WARNING_LIMIT = 2000;
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
