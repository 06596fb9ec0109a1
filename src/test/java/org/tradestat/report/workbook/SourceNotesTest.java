package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SourceRef;
import org.tradestat.period.Period;

class SourceNotesTest {

    private static final Notes.Note CUSTOMS = new Notes.Note(40, Notes.SOURCE_TOPIC, "Customs (trade: 3 figures)");
    private static final Notes.Note KABAR = new Notes.Note(41, Notes.SOURCE_TOPIC, "Kabar (trade: 1 figure)");
    private static final Notes.Note NEWS = new Notes.Note(42, Notes.SOURCE_TOPIC, "News (engagement: 1 event)");

    private final SourceNotes notes = SourceNotes.of(List.of(
            new SourceRef("trade", "Customs", 3, List.of(use("KOR", "KGZ", "2022-H1"), use("KOR", "KGZ", "2022"),
                    use("KOR", "KAZ", "2023-07"))),
            new SourceRef("trade", "Kabar", 1, List.of(use("KOR", "KGZ", "2022"))),
            new SourceRef("engagement", "News", 1, List.of(use("KOR", "KGZ", "2024")))),
            List.of(new Notes.Note(1, "Shorthand", "..."), CUSTOMS, KABAR, NEWS));

    @Test
    void aRowCitesTheSourcesOfItsPairWhosePeriodsOverlapItsOwn() {
        assertEquals("Sources [note 40], [note 41].", notes.cite(Dataset.TRADE, "KOR", "KGZ", Period.parse("2022")));
        // the second half, derived from the year minus the first half, cites the year's sources
        assertEquals("Sources [note 40], [note 41].", notes.cite(Dataset.TRADE, "KOR", "KGZ", Period.parse("2022-H2")));
        assertEquals("Source [note 40].", notes.cite(Dataset.TRADE, "KOR", "KAZ", Period.parse("2023")));
        assertEquals("", notes.cite(Dataset.TRADE, "KOR", "KAZ", Period.parse("2023-06")));
    }

    @Test
    void aComparisonCitesTheSourcesOfBothItsPeriods() {
        assertEquals("Sources [note 40], [note 41].", notes.cite(Dataset.TRADE, "KOR", "KGZ", Period.parse("2023"),
                Period.parse("2022")));
    }

    @Test
    void aFigureIsTheReportersButAnEventIsBetweenTwoCountriesInEitherOrder() {
        assertEquals("", notes.cite(Dataset.TRADE, "KGZ", "KOR", Period.parse("2022")), "KGZ's own report");
        assertEquals("Source [note 42].", notes.cite(Dataset.ENGAGEMENT, "KGZ", "KOR", Period.parse("2024")));
        assertEquals("", notes.cite(Dataset.INVESTMENT, "KOR", "KGZ", Period.parse("2022")));
    }

    private static SourceRef.Use use(String reporter, String partner, String period) {
        return new SourceRef.Use(reporter, partner, Period.parse(period));
    }
}
