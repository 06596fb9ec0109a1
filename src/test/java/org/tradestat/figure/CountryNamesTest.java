package org.tradestat.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void namesAsTheyStandInASentence() {
        assertEquals("South Korea", CountryNames.of("KOR"));
        assertEquals("Kyrgyzstan", CountryNames.of("KGZ"));
        assertEquals("the United States", CountryNames.of("USA"));
        assertEquals("the Netherlands", CountryNames.of("NLD"));
        assertEquals("the World", CountryNames.of("WLD"));
        // a former country or a group keeps its code
        assertEquals("SUN", CountryNames.of("SUN"));
        assertEquals("CENTRAL_ASIA", CountryNames.of("CENTRAL_ASIA"));
    }

    @Test
    void placesNameGroupsTooAndSeriesReadAsWords() {
        assertEquals("Kazakhstan", CountryNames.place("KAZ"));
        assertEquals("the World", CountryNames.place("WLD"));
        assertEquals("Central Asia", CountryNames.place("CENTRAL_ASIA"));
        assertEquals("EU", CountryNames.place("EU"));
        assertEquals("South Korea's", CountryNames.possessive(CountryNames.place("KOR")));
        assertEquals("the United States'", CountryNames.possessive(CountryNames.place("USA")));
        assertEquals("trade turnover between Kazakhstan and South Korea",
                SeriesKey.trade("KAZ", "KOR", "turnover", SeriesKey.ALL_GOODS).words());
        assertEquals("South Korea's exports to Central Asia",
                SeriesKey.trade("KOR", "CENTRAL_ASIA", "export", SeriesKey.ALL_GOODS).words());
        assertEquals("cumulative investment from South Korea in Kazakhstan",
                new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", "").words());
    }
}
