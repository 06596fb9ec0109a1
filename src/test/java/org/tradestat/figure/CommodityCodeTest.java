package org.tradestat.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commodity codes and their classifications: HS 84 (machinery) is not SITC 84 (apparel). */
class CommodityCodeTest {

    @Test
    void aSeriesKeyWritesHsCodesAsTheyAreAndOtherClassificationsWithAPrefix() {
        assertThat(CommodityCode.of("8542")).contains(new CommodityCode(Classification.HS, "8542"));
        assertThat(CommodityCode.of("SITC:84")).contains(new CommodityCode(Classification.SITC, "84"));
        assertThat(new CommodityCode(Classification.SITC, "84").key()).isEqualTo("SITC:84");
        assertThat(new CommodityCode(Classification.HS, "84").key()).isEqualTo("84");
        for (String notACode : new String[] {"TOTAL", "OTHER", "SITC:OTHER", "*", "", "HS:84", "XYZ:84", "SITC:", "8a"}) {
            assertThat(CommodityCode.of(notACode)).as(notACode).isEmpty();
        }
    }

    @Test
    void topLevelCodesAreTheOnlyOnesThatMayStandForAllGoods() {
        assertThat(CommodityCode.of("27").orElseThrow().isTopLevel()).isTrue();
        assertThat(CommodityCode.of("8542").orElseThrow().isTopLevel()).isFalse();
        assertThat(CommodityCode.of("252310").orElseThrow().isTopLevel()).isFalse();
        assertThat(CommodityCode.of("SITC:8").orElseThrow().isTopLevel()).as("a section").isTrue();
        assertThat(CommodityCode.of("SITC:84").orElseThrow().isTopLevel()).as("a division").isTrue();
        assertThat(CommodityCode.of("SITC:845").orElseThrow().isTopLevel()).isFalse();
    }

    @Test
    void labels() {
        assertThat(CommodityCode.label("TOTAL")).isEqualTo("All goods");
        assertThat(CommodityCode.label("8542")).isEqualTo("HS 8542");
        assertThat(CommodityCode.label("SITC:84")).isEqualTo("SITC 84");
        assertThat(CommodityCode.label("OTHER")).isEqualTo("Other goods");
        assertThat(CommodityCode.label(CommodityCode.other(Classification.SITC))).isEqualTo("Other goods (SITC)");
        assertThat(CommodityCode.isOther("SITC:OTHER")).isTrue();
        assertThat(CommodityCode.isOther("84")).isFalse();
    }

    @Test
    void comtradeClassificationCodes() {
        for (String hs : new String[] {"H0", "H4", "H6", "HS", "h5"}) {
            assertThat(Classification.fromComtrade(hs)).as(hs).contains(Classification.HS);
        }
        for (String sitc : new String[] {"S1", "S2", "S3", "S4", "SITC"}) {
            assertThat(Classification.fromComtrade(sitc)).as(sitc).contains(Classification.SITC);
        }
        assertThat(Classification.fromComtrade("B5")).contains(Classification.BEC);
        assertThat(Classification.fromComtrade("EB")).isEqualTo(Optional.empty());
        assertThat(Classification.fromComtrade("H7")).isEqualTo(Optional.empty());
    }
}
