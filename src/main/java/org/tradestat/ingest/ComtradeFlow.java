package org.tradestat.ingest;

import java.util.Map;
import java.util.Optional;

/**
 * The trade flows of UN Comtrade downloads (docs/comtrade.md, "Flows"). X, M, RX and RM are the flows Tradestat
 * loads; the others are parts of exports or imports that the same download also gives as a total, so they are
 * merged into it and never added to it.
 */
enum ComtradeFlow {
    EXPORT("export", null),
    IMPORT("import", null),
    RE_EXPORT("re_export", null),
    RE_IMPORT("re_import", null),
    /** Domestic exports: exports of goods produced in the country. */
    DOMESTIC_EXPORT(null, EXPORT),
    /**
     * Foreign imports. UN Comtrade's list of trade flows defines FM as "Foreign Import", a part of imports (as DX,
     * domestic exports, is a part of exports), not a part of exports as foreign merchandise.
     */
    FOREIGN_IMPORT(null, IMPORT),
    /** Exports of goods for outward processing. */
    EXPORT_FOR_OUTWARD_PROCESSING(null, EXPORT),
    /** Exports of goods after inward processing. */
    EXPORT_AFTER_INWARD_PROCESSING(null, EXPORT),
    /** Imports of goods for inward processing. */
    IMPORT_FOR_INWARD_PROCESSING(null, IMPORT),
    /** Imports of goods after outward processing. */
    IMPORT_AFTER_OUTWARD_PROCESSING(null, IMPORT);

    /**
     * Every way the three layouts write a flow: Comtrade Plus codes, the legacy numbers of {@code Trade Flow Code},
     * and the words of the legacy {@code Trade Flow} column.
     */
    private static final Map<String, ComtradeFlow> BY_TEXT = Map.ofEntries(
            Map.entry("X", EXPORT), Map.entry("2", EXPORT), Map.entry("EXPORT", EXPORT),
            Map.entry("M", IMPORT), Map.entry("1", IMPORT), Map.entry("IMPORT", IMPORT),
            Map.entry("RX", RE_EXPORT), Map.entry("3", RE_EXPORT), Map.entry("RE-EXPORT", RE_EXPORT),
            Map.entry("RM", RE_IMPORT), Map.entry("4", RE_IMPORT), Map.entry("RE-IMPORT", RE_IMPORT),
            Map.entry("DX", DOMESTIC_EXPORT), Map.entry("DOMESTIC EXPORT", DOMESTIC_EXPORT),
            Map.entry("FM", FOREIGN_IMPORT), Map.entry("FOREIGN IMPORT", FOREIGN_IMPORT),
            Map.entry("XOP", EXPORT_FOR_OUTWARD_PROCESSING), Map.entry("XIP", EXPORT_AFTER_INWARD_PROCESSING),
            Map.entry("MIP", IMPORT_FOR_INWARD_PROCESSING), Map.entry("MOP", IMPORT_AFTER_OUTWARD_PROCESSING));

    static final String EXPECTED = "X, M, RX or RM (or a part of them: DX, FM, XOP, XIP, MIP, MOP); 1 import, 2 export,"
            + " 3 re-export or 4 re-import; or Import, Export, Re-Export or Re-Import";

    private final String measure;
    private final ComtradeFlow partOf;

    ComtradeFlow(String measure, ComtradeFlow partOf) {
        this.measure = measure;
        this.partOf = partOf;
    }

    /** The flow a text names, in any case; empty for {@code 0} and anything else unknown. */
    static Optional<ComtradeFlow> of(String text) {
        String upper = Ascii.upper(text.strip());
        return Optional.ofNullable(upper == null ? null : BY_TEXT.get(upper));
    }

    /** The measure a loaded flow becomes: export, import, re_export, re_import. */
    String measure() {
        return measure;
    }

    boolean isPart() {
        return partOf != null;
    }

    /** The flow this one is a part of: EXPORT or IMPORT; null for the loaded flows. */
    ComtradeFlow partOf() {
        return partOf;
    }

    /** How the report names it: "domestic exports (DX)". */
    String describe() {
        return switch (this) {
            case EXPORT -> "exports (X)";
            case IMPORT -> "imports (M)";
            case RE_EXPORT -> "re-exports (RX)";
            case RE_IMPORT -> "re-imports (RM)";
            case DOMESTIC_EXPORT -> "domestic exports (DX)";
            case FOREIGN_IMPORT -> "foreign imports (FM)";
            case EXPORT_FOR_OUTWARD_PROCESSING -> "exports for outward processing (XOP)";
            case EXPORT_AFTER_INWARD_PROCESSING -> "exports after inward processing (XIP)";
            case IMPORT_FOR_INWARD_PROCESSING -> "imports for inward processing (MIP)";
            case IMPORT_AFTER_OUTWARD_PROCESSING -> "imports after outward processing (MOP)";
        };
    }
}
