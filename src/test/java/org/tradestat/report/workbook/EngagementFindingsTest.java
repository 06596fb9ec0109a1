package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradestat.report.model.AnalysisFacts.EventYear;
import org.tradestat.report.model.Pair;

class EngagementFindingsTest {

    private static final Pair KAZ_KOR = Pair.unordered("KAZ", "KOR");

    @Test
    void eventsWithNoLevelGivenAreCountedSoThatTheLevelsAddUpToTheTotal() {
        // 13 events: 8 + 2 + 1 + 1 = 12 with a level, so 13 - 12 = 1 with none
        EventYear y = new EventYear(KAZ_KOR, 2024, Map.of("all", 13L, "visit", 9L, "forum", 4L,
                "level:head_of_state", 8L, "level:minister", 2L, "level:ambassador", 1L, "level:expert", 1L));
        assertEquals(List.of("In 2024, 13 engagement events between Kazakhstan and South Korea were recorded: 9 visits "
                + "and 4 forums (8 at head-of-state level, 2 at minister level, 1 at ambassador level, 1 at expert "
                + "level and 1 with no level given)."), EngagementFindings.eventYearSentences(y));
    }

    @Test
    void levelsOutsideTheListAreCountedToo() {
        // 5 events: 2 at minister level, 1 at a level SPEC does not list, 2 with none
        EventYear y = new EventYear(KAZ_KOR, 2024, Map.of("all", 5L, "visit", 5L, "level:minister", 2L,
                "level:regional", 1L));
        assertEquals(List.of("In 2024, 5 engagement events between Kazakhstan and South Korea were recorded: 5 visits "
                + "(2 at minister level, 1 at regional level and 2 with no level given)."),
                EngagementFindings.eventYearSentences(y));
    }

    @Test
    void whenEveryEventHasALevelOrNoneHasNothingIsAdded() {
        EventYear all = new EventYear(KAZ_KOR, 2024, Map.of("all", 3L, "visit", 3L, "level:head_of_state", 1L,
                "level:expert", 2L));
        assertEquals(List.of("In 2024, 3 engagement events between Kazakhstan and South Korea were recorded: 3 visits "
                + "(1 at head-of-state level and 2 at expert level)."), EngagementFindings.eventYearSentences(all));
        EventYear none = new EventYear(KAZ_KOR, 2024, Map.of("all", 3L, "visit", 3L));
        assertEquals(List.of("In 2024, 3 engagement events between Kazakhstan and South Korea were recorded: "
                + "3 visits."), EngagementFindings.eventYearSentences(none));
    }
}
