package org.tradestat.figure;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ISO 3166-1 alpha-3 country codes, as the JDK knows them, plus the codes of former countries that trade statistics
 * still report (ISO 3166-3), plus {@code WLD} for the World: one definition, for the load, which files UN Comtrade's
 * World under it, and the analysis, whose trade indices need the World rows.
 */
public final class Countries {

    public static final String WORLD = "WLD";

    private static final Set<String> ISO_ALPHA3 = Stream.concat(
                    Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(),
                    Stream.of("XKX")) // Kosovo: user-assigned, used by the World Bank and UN Comtrade
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Countries that no longer exist but whose trade UN Comtrade still reports under their own M49 code: USSR,
     * Czechoslovakia, Yugoslavia, Serbia and Montenegro, Netherlands Antilles, German Democratic Republic.
     */
    public static final Set<String> FORMER = Set.of("SUN", "CSK", "YUG", "SCG", "ANT", "DDR");

    private Countries() {
    }

    public static boolean isCountry(String code) {
        return ISO_ALPHA3.contains(code) || FORMER.contains(code);
    }
}
