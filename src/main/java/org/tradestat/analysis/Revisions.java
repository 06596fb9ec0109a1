package org.tradestat.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * What changed in a run's resolved figures since an earlier completed run (README, "Revisions"): the figures whose
 * value changed, those that went, and those that appeared. Only periods that had ended by the earlier run's as-of date
 * are compared: a figure of a later period is new data, not a revision of what that run reported.
 *
 * <p>Listed values changed first, largest absolute change first; then the figures no longer given, largest earlier
 * value first; then the figures newly given, largest value first; ties in key order. The comparison is a merge of the
 * two runs' figures, each in {@link RunFigure#KEY_ORDER}, so that only the differences are held in memory.
 *
 * @param basis       whether there was a run to compare with
 * @param previousRun the as-of date of the run compared with; null on a first run
 * @param figures     the revisions, in the order above
 */
public record Revisions(Basis basis, LocalDate previousRun, List<Revision> figures) {

    /** Whether the run was compared with an earlier one. */
    public enum Basis {
        /** No run completed before this one: nothing to compare with. */
        FIRST_RUN,
        /** The run to compare with completed, but its figures have since been deleted from the database. */
        FIGURES_GONE,
        COMPARED
    }

    private static final Comparator<Revision> LISTED = Comparator.comparing(Revision::kind)
            .thenComparing(Comparator.comparing(Revision::size).reversed())
            .thenComparing((a, b) -> RunFigure.KEY_ORDER.compare(new RunFigure(a.series(), a.period(), null),
                    new RunFigure(b.series(), b.period(), null)));

    public Revisions {
        figures = List.copyOf(figures);
        if ((basis == Basis.FIRST_RUN) != (previousRun == null) || (basis != Basis.COMPARED && !figures.isEmpty())) {
            throw new IllegalArgumentException("revisions " + basis + " of " + previousRun + " with " + figures.size()
                    + " figures");
        }
    }

    public static Revisions firstRun() {
        return new Revisions(Basis.FIRST_RUN, null, List.of());
    }

    public static Revisions figuresGone(LocalDate previousRun) {
        return new Revisions(Basis.FIGURES_GONE, previousRun, List.of());
    }

    /**
     * Compares the figures of the run of {@code previousRun} with the current run's, both in
     * {@link RunFigure#KEY_ORDER} without repeats (refused otherwise: the merge would pair the wrong figures).
     */
    public static Revisions compare(LocalDate previousRun, Iterator<RunFigure> previous, Iterator<RunFigure> current) {
        Side before = new Side("the run of " + previousRun, previous, previousRun);
        Side now = new Side("this run", current, previousRun);
        List<Revision> found = new ArrayList<>();
        RunFigure p = before.next();
        RunFigure c = now.next();
        while (p != null || c != null) {
            int order = p == null ? 1 : c == null ? -1 : RunFigure.KEY_ORDER.compare(p, c);
            if (order == 0) {
                if (p.value().compareTo(c.value()) != 0) {
                    found.add(new Revision(c.series(), c.period(), p.value(), c.value()));
                }
                p = before.next();
                c = now.next();
            } else if (order < 0) {
                found.add(new Revision(p.series(), p.period(), p.value(), null));
                p = before.next();
            } else {
                found.add(new Revision(c.series(), c.period(), null, c.value()));
                c = now.next();
            }
        }
        found.sort(LISTED);
        return new Revisions(Basis.COMPARED, previousRun, found);
    }

    /** How many figures of a kind. */
    public long count(Revision.Kind kind) {
        return figures.stream().filter(r -> r.kind() == kind).count();
    }

    /** The periods of each series whose value changed: what the {@code revised} flag marks. */
    public Map<SeriesKey, Set<Period>> changed() {
        Map<SeriesKey, Set<Period>> changed = new HashMap<>();
        for (Revision r : figures) {
            if (r.kind() == Revision.Kind.CHANGED) {
                changed.computeIfAbsent(r.series(), s -> new HashSet<>()).add(r.period());
            }
        }
        return changed;
    }

    /** One run's figures as the merge reads them: those of periods ended by the as-of date, checked for order. */
    private static final class Side {
        private final String name;
        private final Iterator<RunFigure> figures;
        private final LocalDate asOf;
        private RunFigure last;

        Side(String name, Iterator<RunFigure> figures, LocalDate asOf) {
            this.name = name;
            this.figures = figures;
            this.asOf = asOf;
        }

        RunFigure next() {
            while (figures.hasNext()) {
                RunFigure f = figures.next();
                if (last != null && RunFigure.KEY_ORDER.compare(last, f) >= 0) {
                    throw new IllegalStateException("the figures of " + name + " are not in key order: " + last.series()
                            + " " + last.period() + " before " + f.series() + " " + f.period());
                }
                last = f;
                if (f.period().endedBy(asOf)) {
                    return f;
                }
            }
            return null;
        }
    }
}
