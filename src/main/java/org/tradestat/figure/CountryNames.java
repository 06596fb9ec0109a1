package org.tradestat.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names for sentences, from the ISO 3166 codes the JDK knows, in British English: {@code KOR} is
 * "South Korea", {@code KGZ} "Kyrgyzstan", {@code USA} "the United States". A code with no name (a former country, a
 * group) stays a code in {@link #of}; {@link #place} names groups too. Plain Java, for the analysis and the report
 * alike.
 */
public final class CountryNames {

    private static final Map<String, String> BY_ALPHA3 = load();

    private CountryNames() {
    }

    /** Names read with "the" in a sentence: the United States, the Netherlands, the Dominican Republic. */
    private static final java.util.Set<String> WITH_THE = java.util.Set.of("Netherlands", "Philippines", "Bahamas",
            "Gambia", "Maldives", "Seychelles", "Comoros");

    /**
     * The name of a country code as it stands inside a sentence ("the United States"); {@code WLD} is "the World";
     * other codes are returned as they are.
     */
    public static String of(String code) {
        if (Countries.WORLD.equals(code)) {
            return "the World";
        }
        String name = BY_ALPHA3.get(code);
        if (name == null) {
            return code;
        }
        boolean the = WITH_THE.contains(name) || name.startsWith("United ") || name.endsWith(" Republic")
                || name.endsWith(" Islands");
        return the ? "the " + name : name;
    }

    /**
     * A country, group or area as a sentence names it: {@code KAZ} is "Kazakhstan", {@code USA} "the United States",
     * {@code WLD} "the World", {@code CENTRAL_ASIA} "Central Asia" (see {@link #group}); other codes stay as they are
     * (tables keep codes).
     */
    public static String place(String code) {
        return isCountry(code) || Countries.WORLD.equals(code) ? of(code) : group(code);
    }

    /** A group code in words: {@code CENTRAL_ASIA} is "Central Asia"; a code without {@code _} (EU) stays as it is. */
    public static String group(String code) {
        if (code == null || !code.contains("_")) {
            return code;
        }
        StringBuilder b = new StringBuilder();
        for (String w : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    /** The possessive of a name: "South Korea's", "the United States'". */
    public static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    /** Whether the code is a country of today's ISO list (not the World, a group, a region or a former country). */
    public static boolean isCountry(String code) {
        return BY_ALPHA3.containsKey(code);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.UK));
        }
        return Map.copyOf(names);
    }
}
