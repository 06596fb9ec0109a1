package org.tradestat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradestat.analysis.EngagementAnalysis;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SourceRef;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * The sources a run cites (README, "Reading the report": every figure traced to its source) and its published
 * figures, as of the run's date.
 */
final class RunSources {

    private final JdbcTemplate jdbc;

    RunSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sources the run's figures and events cite, then those its published figures cite, with how many of them
     * each gives: only figures of periods that ended by the as-of date, and events that happened by then, count.
     */
    List<SourceRef> sources(long runId, java.time.LocalDate asOf) {
        List<SourceRef> sources = usedSources(runId, asOf);
        Map<String, Long> publishedSources = new java.util.TreeMap<>();
        for (PublishedFigure p : published(runId, asOf)) {
            if (!p.source().isEmpty()) {
                publishedSources.merge(p.source(), 1L, Long::sum);
            }
        }
        publishedSources.forEach((source, count) -> sources.add(new SourceRef("published", source, count)));
        return sources;
    }

    /**
     * The run's published figures of periods that ended by the as-of date (like every figure: README, "Parameters"),
     * by subject, then period.
     */
    List<PublishedFigure> published(long runId, java.time.LocalDate asOf) {
        return jdbc.query("SELECT * FROM ts_published WHERE run_id = ? ORDER BY subject, period, reporter, partner",
                (rs, n) -> new PublishedFigure(rs.getString("subject"), Period.parse(rs.getString("period")),
                        rs.getBigDecimal("figure_value").stripTrailingZeros(), Unit.fromCode(rs.getString("unit"))
                        .orElseThrow(), Qualifier.fromCode(rs.getString("qualifier")).orElseThrow(),
                        rs.getString("reporter"), rs.getString("partner"), rs.getString("source")), runId)
                .stream().filter(p -> p.period().endedBy(asOf)).toList();
    }

    /**
     * The sources of the figures and events the run uses, with how many of them each gives: those of periods that
     * ended by the as-of date, and of events that happened by then (the as-of rule, README "Parameters"). A source
     * whose figures all lie after the date is not one of the run's.
     */
    private List<SourceRef> usedSources(long runId, java.time.LocalDate asOf) {
        Map<List<String>, Long> used = new java.util.LinkedHashMap<>();
        Map<List<String>, List<SourceRef.Use>> uses = new java.util.HashMap<>();
        jdbc.query("SELECT dataset, source, reporter, partner, period, COUNT(*) FROM ts_figure WHERE run_id = ?"
                + " AND source <> '' GROUP BY dataset, source, reporter, partner, period"
                + " ORDER BY dataset, source, reporter, partner, period", rs -> {
                    Optional<Period> period = Period.tryParse(rs.getString(5));
                    if (period.map(p -> p.endedBy(asOf)).orElse(false)) {
                        List<String> key = List.of(rs.getString(1), rs.getString(2));
                        used.merge(key, rs.getLong(6), Long::sum);
                        uses.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new SourceRef.Use(rs.getString(3), rs.getString(4), period.get()));
                    }
                }, runId);
        jdbc.query("SELECT source, event_date, period, country_a, country_b, COUNT(*) FROM ts_event WHERE run_id = ?"
                + " AND source <> '' GROUP BY source, event_date, period, country_a, country_b"
                + " ORDER BY source, event_date, period, country_a, country_b", rs -> {
                    String date = rs.getString(2);
                    java.time.LocalDate day = date.length() == 10 ? java.time.LocalDate.parse(date) : null;
                    Period period = Period.parse(rs.getString(3));
                    if (EngagementAnalysis.happenedBy(day, period, asOf)) {
                        List<String> key = List.of(Dataset.ENGAGEMENT.code(), rs.getString(1));
                        used.merge(key, rs.getLong(6), Long::sum);
                        uses.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new SourceRef.Use(rs.getString(4), rs.getString(5), period));
                    }
                }, runId);
        List<SourceRef> sources = new ArrayList<>();
        used.forEach((key, count) -> sources.add(new SourceRef(key.get(0), key.get(1), count, uses.get(key))));
        return sources;
    }
}
