package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Countries;

/** The shipped UN M49 table (m49-iso3.csv). */
class M49Test {

    @Test
    void everyIsoCodeOfTheTableIsACountryOrTheWorld() {
        M49.table().forEach((code, iso) -> assertTrue(iso.isEmpty() || Countries.isCountry(iso)
                || (code == 0 && iso.equals(Countries.WORLD)), code + " " + iso));
    }

    @Test
    void everyIsoCountryButTaiwanHasAnM49Code() {
        Set<String> missing = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        missing.removeAll(M49.table().values());
        assertEquals(Set.of("TWN"), missing, "M49 does not list Taiwan; Comtrade reports it as 490 Other Asia, nes");
        assertEquals(249 + 7 + 8, M49.table().size(), "the official list, Comtrade's seven codes, eight former ones");
    }

    @Test
    void countriesOfInterestAndComtradesOwnCodes() {
        Map<Integer, String> expected = Map.ofEntries(Map.entry(410, "KOR"), Map.entry(417, "KGZ"),
                Map.entry(398, "KAZ"), Map.entry(860, "UZB"), Map.entry(762, "TJK"), Map.entry(795, "TKM"),
                Map.entry(4, "AFG"), Map.entry(384, "CIV"), Map.entry(840, "USA"), Map.entry(842, "USA"),
                Map.entry(356, "IND"), Map.entry(699, "IND"), Map.entry(250, "FRA"), Map.entry(251, "FRA"),
                Map.entry(756, "CHE"), Map.entry(757, "CHE"), Map.entry(578, "NOR"), Map.entry(579, "NOR"),
                Map.entry(0, "WLD"));
        expected.forEach((code, iso) -> assertEquals(Optional.of(iso), M49.iso3(code), "code " + code));
        expected.forEach((code, iso) -> assertEquals(iso, M49.area(code)));
    }

    @Test
    void areasWithoutAnIsoCodeAreAggregatesOfTheirOwn() {
        assertEquals(Optional.empty(), M49.iso3(490));
        assertEquals("M49_490", M49.area(490), "Other Asia, nes");
        assertEquals("M49_680", M49.area(680), "Sark: in M49, not in ISO 3166");
        assertEquals("M49_142", M49.area(142), "Asia: a region, not in the table");
        assertEquals("M49_097", M49.area(97), "Comtrade's EU");
        assertEquals("M49_899", M49.area(899));
    }
}
