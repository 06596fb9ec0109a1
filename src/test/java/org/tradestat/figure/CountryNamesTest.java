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
}
