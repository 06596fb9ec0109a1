package org.tradestat.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sentences that say which figure a trade index lacks, one per subject and reason with its years gathered
 * ("Trade intensity of KOR's exports to KAZ in 2021–2023 and 2025 not computed: ..."), so that a reason that holds in
 * every year is said once.
 */
final class IndexRemarks {

    /** Per subject ("Trade intensity of KOR's exports to KAZ"), per reason, its years; subjects in first-seen order. */
    private final Map<String, Map<String, SortedSet<Integer>>> years = new LinkedHashMap<>();

    /** @param reason what follows the years: "not computed: the input gives ..." */
    void add(String subject, int year, String reason) {
        years.computeIfAbsent(subject, s -> new LinkedHashMap<>()).computeIfAbsent(reason, r -> new TreeSet<>())
                .add(year);
    }

    /** A sentence of no particular year. */
    void add(String sentence) {
        years.computeIfAbsent(sentence, s -> new LinkedHashMap<>());
    }

    List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        years.forEach((subject, reasons) -> {
            if (reasons.isEmpty()) {
                sentences.add(subject);
            }
            reasons.forEach((reason, inYears) -> sentences.add(subject + " in " + spans(inYears) + " " + reason));
        });
        return sentences;
    }

    /** 2015, 2016, 2017 and 2019 as "2015–2017 and 2019". */
    static String spans(SortedSet<Integer> years) {
        List<String> spans = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int year : years) {
            if (last != null && year == last + 1) {
                last = year;
                continue;
            }
            if (first != null) {
                spans.add(first.equals(last) ? first.toString() : first + "\u2013" + last);
            }
            first = year;
            last = year;
        }
        if (first != null) {
            spans.add(first.equals(last) ? first.toString() : first + "\u2013" + last);
        }
        if (spans.size() == 1) {
            return spans.get(0);
        }
        return String.join(", ", spans.subList(0, spans.size() - 1)) + " and " + spans.get(spans.size() - 1);
    }
}
