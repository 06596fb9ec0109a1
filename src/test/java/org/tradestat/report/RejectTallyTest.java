package org.tradestat.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradestat.figure.RejectLine;

class RejectTallyTest {

    @Test
    void aReasonsKindLeavesOutTheValuesItQuotes() {
        assertThat(RejectTally.kind("value_usd '-4' is negative")).isEqualTo("value_usd '…' is negative");
        assertThat(RejectTally.kind("unknown country code 'XYZ' in reporter (expected ISO 3166-1 alpha-3 such as KOR)"))
                .isEqualTo("unknown country code '…' in reporter (expected ISO 3166-1 alpha-3 such as KOR)");
        assertThat(RejectTally.kind("wrong number of fields: 9, expected 7"))
                .isEqualTo("wrong number of fields: 9, expected 7");
    }

    @Test
    void countsEveryLineKeepsTheFirstAndOrdersFilesAsTheyCameThenTheMostFrequentKinds() {
        RejectTally tally = new RejectTally();
        for (int i = 0; i < 2_500; i++) {
            tally.add(new RejectLine("b.csv", i + 2, i % 5 == 0 ? "x '" + i + "' is negative"
                    : "malformed period '" + i + "'", "raw"));
        }
        tally.add(new RejectLine("a.csv", 2, "x '1' is negative", "raw"));

        assertThat(tally.total()).isEqualTo(2_501);
        assertThat(tally.first()).hasSize(RejectTally.FIRST);
        assertThat(tally.first().get(0).line()).isEqualTo(2);
        ReportData.RejectCounts counts = tally.counts();
        assertThat(counts.total()).isEqualTo(2_501);
        assertThat(counts.leftOut()).isZero();
        assertThat(counts.byReason()).containsExactly(
                new ReportData.ReasonCount("b.csv", "malformed period '…'", 2_000),
                new ReportData.ReasonCount("b.csv", "x '…' is negative", 500),
                new ReportData.ReasonCount("a.csv", "x '…' is negative", 1));
    }

    @Test
    void kindsBeyondTheLimitAreCountedAsLeftOut() {
        RejectTally tally = new RejectTally();
        for (int i = 0; i < RejectTally.KINDS + 10; i++) {
            tally.add(new RejectLine("a.csv", i + 2, "reason number " + i, "raw"));
        }
        tally.add(new RejectLine("a.csv", 1, "reason number 0", "raw"));
        ReportData.RejectCounts counts = tally.counts();
        assertThat(counts.byReason()).hasSize(RejectTally.KINDS);
        assertThat(counts.leftOut()).isEqualTo(10);
        assertThat(counts.total()).isEqualTo(RejectTally.KINDS + 11L);
        assertThat(counts.byReason().get(0)).isEqualTo(new ReportData.ReasonCount("a.csv", "reason number 0", 2));
    }
}
