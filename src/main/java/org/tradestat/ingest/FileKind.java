package org.tradestat.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of input file, recognised by the columns of their header (SPEC section 2). The three UN Comtrade
 * layouts (SPEC 2.6) are trade data too; {@link ComtradeRecordParser} reads them.
 */
public enum FileKind {
    TRADE(List.of("reporter", "partner", "period", "flow", "value_usd"),
            List.of("commodity", "qualifier", "source")),
    INVESTMENT(List.of("investor", "host", "period", "measure", "value_usd"),
            List.of("since", "qualifier", "source")),
    COMPANIES(List.of("origin", "host", "period", "measure", "count"),
            List.of("qualifier", "source")),
    EVENTS(List.of("date", "country_a", "country_b", "category"),
            List.of("level", "title", "count", "source")),
    GROUPS(List.of("group", "member"),
            List.of("name")),
    /** Figures as a source published them, shown as published (README, "Input files"). */
    PUBLISHED(List.of("subject", "period", "value", "unit"),
            List.of("reporter", "partner", "qualifier", "source")),
    /** Comtrade Plus, the current layout (47 columns). */
    COMTRADE(List.of("period", "reportercode", "flowcode", "partnercode", "cmdcode", "primaryvalue")),
    /** The legacy Comtrade layout (22 or 35 columns). */
    COMTRADE_LEGACY(List.of("period", "trade flow code", "reporter code", "reporter iso", "partner code",
            "partner iso", "commodity code", "trade value (us$)")),
    /** The legacy Comtrade bulk layout: numeric codes only. */
    COMTRADE_BULK(List.of("year", "reporter code", "trade flow code", "partner code", "commodity code", "value")),
    /**
     * A Comtrade Plus download of trade in services ({@code typeCode} S, EBOPS codes): not goods trade, so the file
     * is reported and skipped. Its header is that of goods; {@link InputScanner} tells it by its first data line.
     */
    COMTRADE_SERVICES(List.of("typecode", "period", "reportercode", "flowcode", "partnercode", "cmdcode",
            "primaryvalue"));

    private final List<String> required;
    private final List<String> optional;
    private final boolean comtrade;

    FileKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
        this.comtrade = false;
    }

    /** A Comtrade layout: its other columns (names, quantities, weights, flags) belong to it and are not unknown. */
    FileKind(List<String> required) {
        this.required = required;
        this.optional = List.of();
        this.comtrade = true;
    }

    public boolean isComtrade() {
        return comtrade;
    }

    /** Whether the load reads files of this kind; the others are reported and skipped, like a file of no kind. */
    public boolean isLoaded() {
        return this != COMTRADE_SERVICES;
    }

    public List<String> required() {
        return required;
    }

    public boolean knows(String column) {
        return comtrade || required.contains(column) || optional.contains(column);
    }

    public String code() {
        return name().toLowerCase();
    }

    /** The kind whose required columns the header holds; the most specific one when several match. */
    public static Optional<FileKind> recognise(Set<String> columns) {
        FileKind best = null;
        for (FileKind kind : values()) {
            if (kind.isLoaded() && columns.containsAll(kind.required) && (best == null || kind.required.size() > best.required.size())) {
                best = kind;
            }
        }
        return Optional.ofNullable(best);
    }
}
