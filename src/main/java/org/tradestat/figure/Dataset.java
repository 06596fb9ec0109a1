package org.tradestat.figure;

/** The four kinds of figure Tradestat reports on; the lower-case name is what outputs show. */
public enum Dataset {
    TRADE, INVESTMENT, COMPANIES, ENGAGEMENT;

    public String code() {
        return name().toLowerCase();
    }

    public static Dataset fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
