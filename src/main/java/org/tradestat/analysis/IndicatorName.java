package org.tradestat.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The indicators of {@code indicators.csv} (README, "What it writes": its {@code indicator} column), by code. */
public enum IndicatorName {
    LEVEL, YOY_ABS, YOY_PCT, SEQ_ABS, SEQ_PCT, LONG_ABS, LONG_PCT, LONG_CAGR_PCT, SHARE_PCT, HHI, HHI_NORMALIZED,
    MIRROR_GAP_PCT, TREND_SLOPE, TREND_R2, TREND_P, FORECAST, FORECAST_LO95, FORECAST_HI95, MEAN, MEDIAN, STDEV, CV,
    OUTLIER_Z, PEARSON_R, PEARSON_P, SPEARMAN_RHO, SPEARMAN_P, YEARS_SINCE_PREVIOUS,
    YTD, YTD_YOY_ABS, YTD_YOY_PCT, R12, R12_YOY_ABS, R12_YOY_PCT, RCA, TRADE_INTENSITY, GRUBEL_LLOYD, EXPORT_PRODUCTS,
    COMPLEMENTARITY;

    private static final Map<String, IndicatorName> BY_CODE = new HashMap<>();

    static {
        for (IndicatorName n : values()) {
            BY_CODE.put(n.code, n);
        }
    }

    private final String code;

    IndicatorName() {
        this.code = name().toLowerCase(Locale.ROOT);
    }

    /** As {@code indicators.csv} and {@link Indicator#name()} write it: {@code yoy_pct}. */
    public String code() {
        return code;
    }

    /** The indicator with this code; an analysis that names another has a bug, so it is refused. */
    public static IndicatorName of(String code) {
        IndicatorName name = BY_CODE.get(code);
        if (name == null) {
            throw new IllegalArgumentException("'" + code + "' is not an indicator of indicators.csv");
        }
        return name;
    }
}
