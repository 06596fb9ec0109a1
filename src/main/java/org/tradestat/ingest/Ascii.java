package org.tradestat.ingest;

/**
 * Case for codes (countries, flows, labels), in ASCII only. Java's Unicode case mapping turns look-alike letters
 * into ASCII ones (dotless {@code ı} upper-cases to {@code I}, long {@code ſ} to {@code S}, the Kelvin sign lower-cases
 * to {@code k}), so {@code ırq} would pass as IRQ: a code with any other letter is no code.
 */
final class Ascii {

    private Ascii() {
    }

    /** The text upper-cased; null when it holds a character beyond ASCII. Allocates only when it changes. */
    static String upper(String text) {
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                return null;
            }
            lower |= c >= 'a' && c <= 'z';
        }
        if (!lower) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] -= 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** The text lower-cased; null when it holds a character beyond ASCII. */
    static String lower(String text) {
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                return null;
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }
}
