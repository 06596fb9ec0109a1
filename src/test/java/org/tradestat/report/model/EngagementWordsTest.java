package org.tradestat.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link EngagementCategory} and {@link EngagementLevel}: where the workbook and the charts take their words from. */
class EngagementWordsTest {

    @Test
    void aCategoryIsNamedAlikeInTheSheetTheChartAndTheFindings() {
        // the Engagement sheet's column and the chart's legend
        assertThat(EngagementCategory.heading("agreement")).isEqualTo("Agreements signed");
        assertThat(EngagementCategory.heading("cultural")).isEqualTo("Cultural events");
        // the alt text counts events
        assertThat(EngagementCategory.counted(1, "agreement")).isEqualTo("1 agreement");
        assertThat(EngagementCategory.counted(5, "cultural")).isEqualTo("5 cultural events");
        // a bar segment is short: the noun counted, or an adjective category's adjective alone
        assertThat(EngagementCategory.segmentWord(2, "visit")).isEqualTo("visits");
        assertThat(EngagementCategory.segmentWord(1, "forum")).isEqualTo("forum");
        assertThat(EngagementCategory.segmentWord(3, "business")).isEqualTo("business");
    }

    @Test
    void aCategoryOutsideTheListIsNamedByItsCode() {
        assertThat(EngagementCategory.of("trade_fair")).isEmpty();
        assertThat(EngagementCategory.heading("trade_fair")).isEqualTo("Trade fair");
        assertThat(EngagementCategory.counted(2, "trade_fair")).isEqualTo("2 trade fair events");
        assertThat(EngagementCategory.segmentWord(2, "trade_fair")).isEqualTo("trade fair");
    }

    @Test
    void theCategoriesKeepTheColumnOrderOfTheEventsFile() {
        assertThat(EngagementCategory.CODES)
                .containsExactly("visit", "agreement", "forum", "cultural", "business", "other");
        assertThat(EngagementLevel.CODES).containsExactly("head_of_state", "head_of_government", "minister",
                "deputy_minister", "ambassador", "expert", "other");
    }

    @Test
    void aLevelHasAHeadingWordsAndAnAdjective() {
        assertThat(EngagementLevel.heading("head_of_state")).isEqualTo("Head of state");
        assertThat(EngagementLevel.heading("other")).isEqualTo("Other level");
        assertThat(EngagementLevel.heading("")).isEqualTo("[x]");
        assertThat(EngagementLevel.words("deputy_minister")).isEqualTo("deputy-minister");
        assertThat(EngagementLevel.adjective("minister")).isEqualTo("ministerial");
        assertThat(EngagementLevel.adjective("expert")).isEqualTo("expert-level");
        assertThat(EngagementLevel.adjective("vice_governor")).isEqualTo("vice-governor-level");
        assertThat(EngagementLevel.heading("vice_governor")).isEqualTo("Vice governor");
        assertThat(EngagementLevel.words("vice_governor")).isEqualTo("vice governor");
    }
}
