package org.tradestat.report.model;

/**
 * How a code the workbook has no words for reads: {@code trade_fair} as "trade fair", and as a heading "Trade fair".
 * The events file may hold categories and levels of its own (README, "Input files").
 */
final class CodeWords {

    private CodeWords() {
    }

    static String of(String code) {
        return code.replace('_', ' ').trim();
    }

    static String heading(String code) {
        String words = of(code);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
