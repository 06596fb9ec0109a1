package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommandLineOptionsTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-09-15");

    @Test
    void compareWithTakesAnEarlierDateOrTheRunDateItself() throws Exception {
        assertThat(CommandLineOptions.parse(new String[] {"--date", "2024-07-31", "--compare-with", "2024-06-30"}, TODAY)
                .compareWith()).isEqualTo(LocalDate.parse("2024-06-30"));
        assertThat(CommandLineOptions.parse(new String[] {"--date=2024-07-31", "--compare-with=2024-07-31"}, TODAY)
                .compareWith()).isEqualTo(LocalDate.parse("2024-07-31"));
        assertThat(CommandLineOptions.parse(new String[] {"--date", "2024-07-31"}, TODAY).compareWith()).isNull();
    }

    @Test
    void compareWithALaterOrMalformedDateIsRefused() {
        assertThatThrownBy(() -> CommandLineOptions.parse(new String[] {"--date", "2024-07-31", "--compare-with",
                "2024-08-31"}, TODAY)).isInstanceOf(CommandLineOptions.UsageException.class)
                .hasMessage("--compare-with 2024-08-31 is after the as-of date 2024-07-31: a run is compared with an"
                        + " earlier run (or an earlier run of its own date)");
        // without --date the as-of date is today
        assertThatThrownBy(() -> CommandLineOptions.parse(new String[] {"--compare-with", "2024-09-16"}, TODAY))
                .hasMessageContaining("is after the as-of date 2024-09-15");
        assertThatThrownBy(() -> CommandLineOptions.parse(new String[] {"--compare-with", "2024-6-30"}, TODAY))
                .hasMessage("--compare-with '2024-6-30' is not a calendar date YYYY-MM-DD");
        assertThatThrownBy(() -> CommandLineOptions.parse(new String[] {"--compare-with"}, TODAY))
                .hasMessage("--compare-with needs a value");
    }
}
