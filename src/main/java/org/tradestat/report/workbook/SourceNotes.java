package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SourceRef;
import org.tradestat.period.Period;

/**
 * The source notes a row of figures cites, so that every figure can be traced to its source: the notes of the
 * sources that give figures (or events) of the row's dataset and pair of countries in a period overlapping the
 * row's. A derived figure cites the sources of the figures it was derived from where their periods overlap it (a
 * second half derived from its year cites the year's source).
 */
final class SourceNotes {

    /** A source note and the days its figures cover, as epoch days (a row's figures are compared with thousands). */
    private record Cited(long firstDay, long lastDay, int note) {
    }

    /** Dataset and pair of countries to the periods each source note covers. */
    private final Map<String, List<Cited>> byPair = new HashMap<>();

    private SourceNotes() {
    }

    /** The sources of the report and its notes, where each source has a note of {@link Notes#SOURCE_TOPIC}. */
    static SourceNotes of(List<SourceRef> sources, List<Notes.Note> notes) {
        List<Notes.Note> sourceNotes = notes.stream().filter(n -> n.topic().equals(Notes.SOURCE_TOPIC)).toList();
        SourceNotes cited = new SourceNotes();
        for (int i = 0; i < sources.size() && i < sourceNotes.size(); i++) {
            for (SourceRef.Use use : sources.get(i).uses()) {
                cited.byPair.computeIfAbsent(key(sources.get(i).dataset(), use.reporter(), use.partner()),
                        k -> new ArrayList<>()).add(new Cited(use.period().firstDay().toEpochDay(),
                        use.period().lastDay().toEpochDay(), sourceNotes.get(i).number()));
            }
        }
        return cited;
    }

    /** "Source [note 40]." or "Sources [note 40], [note 41]."; empty when the input names no source for them. */
    String cite(Dataset dataset, String country, String other, Period... periods) {
        List<Cited> cited = byPair.getOrDefault(key(dataset.code(), country, other), List.of());
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Period p : periods) {
            if (p == null) {
                continue;
            }
            long first = p.firstDay().toEpochDay();
            long last = p.lastDay().toEpochDay();
            for (Cited c : cited) {
                if (c.firstDay() <= last && c.lastDay() >= first) {
                    numbers.add(c.note());
                }
            }
        }
        if (numbers.isEmpty()) {
            return "";
        }
        StringJoiner markers = new StringJoiner(", ", numbers.size() == 1 ? "Source " : "Sources ", ".");
        for (int n : numbers) {
            markers.add("[note " + n + "]");
        }
        return markers.toString();
    }

    /** Events are between two countries, in either order; a figure is the reporter's, of its partner. */
    private static String key(String dataset, String a, String b) {
        boolean either = Dataset.ENGAGEMENT.code().equals(dataset) && a.compareTo(b) > 0;
        return either ? dataset + "|" + b + "|" + a : dataset + "|" + a + "|" + b;
    }
}
