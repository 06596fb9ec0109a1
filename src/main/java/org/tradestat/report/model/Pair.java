package org.tradestat.report.model;

/**
 * Two countries a figure is about: a reporter and its partner (the investor and the host, the origin and the host),
 * ordered by reporter then partner. Engagement has no reporter: its pairs are {@link #unordered}, the two countries in
 * alphabetical order.
 */
public record Pair(String reporter, String partner) implements Comparable<Pair> {

    /** The pair of two countries whichever reports: the first by code as reporter. */
    public static Pair unordered(String x, String y) {
        return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }

    @Override
    public int compareTo(Pair o) {
        int c = reporter.compareTo(o.reporter);
        return c != 0 ? c : partner.compareTo(o.partner);
    }

    /** {@code KGZ–KOR}. */
    public String label() {
        return reporter + "\u2013" + partner;
    }
}
