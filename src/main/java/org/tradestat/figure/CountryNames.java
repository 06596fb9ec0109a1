package org.tradestat.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names for sentences, from the ISO 3166 codes the JDK knows, in British English: {@code KOR} is
 * "South Korea", {@code KGZ} "Kyrgyzstan", {@code USA} "the United States". A code with no name (a former country, a
 * group) stays a code.
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
        if ("WLD".equals(code)) {
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
