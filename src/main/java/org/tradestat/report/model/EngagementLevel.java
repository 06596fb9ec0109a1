package org.tradestat.report.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The levels of those taking part in an event (README, "Input files"), in the order of the Engagement by level sheet's
 * columns, with the words the workbook names them by. An events file may hold other levels: those are named by their
 * code ({@code vice_governor} as "Vice governor", a "vice-governor-level" visit).
 */
public enum EngagementLevel {

    HEAD_OF_STATE("head_of_state", "Head of state", "head-of-state", "head-of-state"),
    HEAD_OF_GOVERNMENT("head_of_government", "Head of government", "head-of-government", "head-of-government"),
    MINISTER("minister", "Minister", "minister", "ministerial"),
    DEPUTY_MINISTER("deputy_minister", "Deputy minister", "deputy-minister", "deputy-ministerial"),
    AMBASSADOR("ambassador", "Ambassador", "ambassador", "ambassador-level"),
    EXPERT("expert", "Expert", "expert", "expert-level"),
    OTHER("other", "Other level", "other", "other-level");

    /** The codes in column order. */
    public static final List<String> CODES = Arrays.stream(values()).map(EngagementLevel::code).toList();

    private final String code;
    private final String heading;
    private final String words;
    private final String adjective;

    /**
     * @param words     as in "11 at head-of-state level"
     * @param adjective as in "a ministerial visit"
     */
    EngagementLevel(String code, String heading, String words, String adjective) {
        this.code = code;
        this.heading = heading;
        this.words = words;
        this.adjective = adjective;
    }

    public String code() {
        return code;
    }

    public static Optional<EngagementLevel> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** A column heading: {@code Head of state}, {@code Other level}; {@code [x]} for no level. */
    public static String heading(String code) {
        if (code.isEmpty()) {
            return "[x]";
        }
        return of(code).map(l -> l.heading).orElseGet(() -> CodeWords.heading(code));
    }

    /** As in "11 at head-of-state level". */
    public static String words(String code) {
        return of(code).map(l -> l.words).orElseGet(() -> CodeWords.of(code));
    }

    /** As in "the latest ministerial visit", "an expert-level forum". */
    public static String adjective(String code) {
        return of(code).map(l -> l.adjective).orElseGet(() -> CodeWords.of(code).replace(' ', '-')
                + "-level");
    }
}
