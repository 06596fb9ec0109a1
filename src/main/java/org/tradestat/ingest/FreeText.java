package org.tradestat.ingest;

/** Cleans untrusted free text (sources, titles, names): control characters become spaces, long text is cut. */
public final class FreeText {

    public static final int TITLE_LIMIT = 500;
    public static final int SOURCE_LIMIT = 1000;
    static final String CUT_MARK = " […]";

    private FreeText() {
    }

    public static String clean(String text, int limit) {
        if (text == null) {
            return "";
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
}
