package org.tradestat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

class RevisionsTest {

    private static final LocalDate PREVIOUS_RUN = LocalDate.parse("2024-06-30");

    /** A figure "dataset reporter partner measure commodity period value", e.g. "trade KGZ KOR export TOTAL 2024-01 100". */
    private static RunFigure figure(String text) {
        String[] f = text.split(" ");
        return new RunFigure(new SeriesKey(Dataset.fromCode(f[0]), f[1], f[2], f[3], f[4]), Period.parse(f[5]),
                new BigDecimal(f[6]));
    }

    /** The figures of a run, put in key order as the database hands them out. */
    private static List<RunFigure> run(String... figures) {
        List<RunFigure> list = new ArrayList<>();
        for (String f : figures) {
            list.add(figure(f));
        }
        list.sort(RunFigure.KEY_ORDER);
        return list;
    }

    private static Revisions compare(List<RunFigure> previous, List<RunFigure> current) {
        return Revisions.compare(PREVIOUS_RUN, previous.iterator(), current.iterator());
    }

    /** "KGZ KOR export 2024-01: 100 -> 130 (+30)" */
    private static String line(Revision r) {
        SeriesKey k = r.series();
        return k.reporter() + " " + k.partner() + " " + k.measure() + " " + r.period() + ": " + text(r.previous())
                + " -> " + text(r.value()) + (r.change() == null ? "" : " (" + (r.change().signum() > 0 ? "+" : "")
                + r.change().toPlainString() + ")");
    }

    private static String text(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    @Test
    void changedGoneAndNewFiguresAreListedChangesFirstLargestFirst() {
        List<RunFigure> previous = run(
                "trade KGZ KOR export TOTAL 2024-01 100",
                "trade KGZ KOR import TOTAL 2024-02 50",           // unchanged
                "trade KGZ KOR export TOTAL 2024-02 200",
                "trade KGZ KOR turnover TOTAL 2023 400",           // gone
                "trade KGZ KOR balance TOTAL 2024-03 -2.5",
                "trade KAZ KOR import TOTAL 2024-01 1000000.10",
                "investment KOR KAZ stock  2023 9");               // gone
        List<RunFigure> current = run(
                "trade KGZ KOR export TOTAL 2024-01 130",          // +30
                "trade KGZ KOR import TOTAL 2024-02 50.000",       // the same value at another scale: unchanged
                "trade KGZ KOR export TOTAL 2024-02 155",          // -45
                "trade KGZ KOR balance TOTAL 2024-03 1.5",         // across zero: 1.5 - (-2.5) = +4.0
                "trade KAZ KOR import TOTAL 2024-01 1000000.30",   // exact: +0.20, not 0.2000000000000455
                "trade KAZ KOR export TOTAL 2024-03 70",           // new
                "trade KAZ KOR export TOTAL 2023 80",              // new
                "trade KAZ KOR export TOTAL 2024-07 999");         // a period after the earlier run's date: new data

        Revisions revisions = compare(previous, current);

        assertThat(revisions.basis()).isEqualTo(Revisions.Basis.COMPARED);
        assertThat(revisions.previousRun()).isEqualTo(PREVIOUS_RUN);
        // changed by |change|: 45, 30, 4.0, 0.20; gone by the earlier value: 400, 9; new by value: 80, 70
        assertThat(revisions.figures()).extracting(RevisionsTest::line).containsExactly(
                "KGZ KOR export 2024-02: 200 -> 155 (-45)",
                "KGZ KOR export 2024-01: 100 -> 130 (+30)",
                "KGZ KOR balance 2024-03: -2.5 -> 1.5 (+4.0)",
                "KAZ KOR import 2024-01: 1000000.10 -> 1000000.30 (+0.20)",
                "KGZ KOR turnover 2023: 400 -> none",
                "KOR KAZ stock 2023: 9 -> none",
                "KAZ KOR export 2023: none -> 80",
                "KAZ KOR export 2024-03: none -> 70");
        assertThat(revisions.count(Revision.Kind.CHANGED)).isEqualTo(4);
        assertThat(revisions.count(Revision.Kind.DISAPPEARED)).isEqualTo(2);
        assertThat(revisions.count(Revision.Kind.APPEARED)).isEqualTo(2);
        assertThat(revisions.changed().get(SeriesKey.trade("KGZ", "KOR", "export", "TOTAL")))
                .isEqualTo(Set.of(Period.parse("2024-01"), Period.parse("2024-02")));
        assertThat(revisions.changed()).doesNotContainKey(SeriesKey.trade("KGZ", "KOR", "import", "TOTAL"));
    }

    @Test
    void equalRunsHaveNoRevisionsAndLaterPeriodsOnEitherSideAreNotCompared() {
        List<RunFigure> previous = run("trade KGZ KOR export TOTAL 2024-06 10", "trade KGZ KOR export TOTAL 2024-H2 5");
        // 2024-H2 ends 2024-12-31, after the earlier run's date: its value there was not reported, so not compared
        List<RunFigure> current = run("trade KGZ KOR export TOTAL 2024-06 10", "trade KGZ KOR export TOTAL 2024-H2 7");

        Revisions revisions = compare(previous, current);

        assertThat(revisions.basis()).isEqualTo(Revisions.Basis.COMPARED);
        assertThat(revisions.figures()).isEmpty();
    }

    @Test
    void equalChangesAreListedInKeyOrder() {
        List<RunFigure> previous = run("trade KGZ KOR import TOTAL 2024-01 10", "trade KAZ KOR export TOTAL 2024-01 10");
        List<RunFigure> current = run("trade KGZ KOR import TOTAL 2024-01 15", "trade KAZ KOR export TOTAL 2024-01 5");

        assertThat(compare(previous, current).figures()).extracting(RevisionsTest::line).containsExactly(
                "KAZ KOR export 2024-01: 10 -> 5 (-5)",
                "KGZ KOR import 2024-01: 10 -> 15 (+5)");
    }

    @Test
    void figuresOutOfKeyOrderAreRefusedRatherThanPairedWrongly() {
        List<RunFigure> unordered = List.of(figure("trade KGZ KOR import TOTAL 2024-01 10"),
                figure("trade KAZ KOR export TOTAL 2024-01 10"));

        assertThatThrownBy(() -> compare(run(), unordered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this run are not in key order");
        assertThatThrownBy(() -> compare(unordered, run())).hasMessageContaining("run of 2024-06-30 are not in key order");
    }

    @Test
    void aFirstRunHasNothingToCompareWith() {
        Revisions first = Revisions.firstRun();

        assertThat(first.basis()).isEqualTo(Revisions.Basis.FIRST_RUN);
        assertThat(first.previousRun()).isNull();
        assertThat(first.figures()).isEmpty();
        assertThat(Revisions.figuresGone(PREVIOUS_RUN).previousRun()).isEqualTo(PREVIOUS_RUN);
    }
}
