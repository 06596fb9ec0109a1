package org.tradestat.figure;

import java.util.List;
import java.util.Optional;

/**
 * A country code whose territory changed at the start of a year: trade statistics give one ISO code for two
 * historic territories (docs/comtrade.md, "Former countries"). A series of such a country has a break there: the
 * figures before and after it are not of the same territory, so the first period after the change, and every
 * comparison across it, carries the flag {@code break}.
 *
 * @param iso3 the ISO 3166-1 alpha-3 code both territories are given under
 * @param firstYear the first year of the later territory
 * @param before the earlier territory, as UN M49 names it, with its code
 * @param after the later territory, with its code
 */
public record TerritoryChange(String iso3, int firstYear, String before, String after) {

    public static final List<TerritoryChange> ALL = List.of(
            new TerritoryChange("BEL", 1999, "Belgium-Luxembourg (M49 058)", "Belgium (M49 056)"),
            new TerritoryChange("DEU", 1991, "the Federal Republic of Germany (M49 280)", "Germany (M49 276)"));

    /** The change of a country code; empty for nearly all of them. */
    public static Optional<TerritoryChange> of(String iso3) {
        for (TerritoryChange c : ALL) {
            if (c.iso3.equals(iso3)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
