package org.tradestat.report;

/**
 * Writes CSV fields (RFC 4180) that spreadsheet programs read as text: a text field that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as OWASP's CSV-injection guidance says,
 * so that opening the file never runs a formula. Numbers are written as they are.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String safe = (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                ? "'" + value : value;
        return quoteIfNeeded(safe);
    }

    public static String number(String value) {
        return value;
    }

    private static String quoteIfNeeded(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
