package org.tradestat.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * An OLS line fitted by Commons Math's {@link SimpleRegression}, with what a prediction interval needs: the trend of
 * {@link SeriesStatistics}.
 */
public record Trend(long n, double slope, double intercept, double rSquare, double significance,
                    double meanSquareError, double xMean, double xSumSquares) {

    /** Accuracy of the t quantile; Commons Math's default (1e-9) would limit the interval to 9 digits. */
    static final double QUANTILE_ACCURACY = 1e-12;

    /** The two ends of an interval. */
    public record Interval(double lower, double upper) {
    }

    /** Fits y = intercept + slope·x; needs at least {@value SeriesStatistics#MIN_POINTS} points and x not all equal. */
    public static Trend fit(double[] x, double[] y) {
        if (x.length != y.length || x.length < SeriesStatistics.MIN_POINTS) {
            throw new IllegalArgumentException("a trend needs at least " + SeriesStatistics.MIN_POINTS
                    + " (x, y) pairs, got " + x.length + " x and " + y.length + " y");
        }
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < x.length; i++) {
            regression.addData(x[i], y[i]);
        }
        if (!(regression.getXSumSquares() > 0)) {
            throw new IllegalArgumentException("a trend needs at least two different x");
        }
        return new Trend(regression.getN(), regression.getSlope(), regression.getIntercept(),
                regression.getRSquare(), significance(regression), regression.getMeanSquareError(),
                StatUtils.mean(x), regression.getXSumSquares());
    }

    /**
     * The p-value of the slope, as {@link SimpleRegression#getSignificance()} computes it, from a distribution made
     * once per number of points rather than once a series.
     */
    private static double significance(SimpleRegression regression) {
        int degrees = (int) regression.getN() - 2;
        return 2d * (1.0 - T_DISTRIBUTIONS.computeIfAbsent(degrees, Trend::studentT)
                .cumulativeProbability(Math.abs(regression.getSlope()) / regression.getSlopeStdErr()));
    }

    public double predict(double x) {
        return intercept + slope * x;
    }

    /**
     * The prediction interval of a new observation at {@code x0}:
     * ŷ ± t(1 − α/2; n − 2) · s · √(1 + 1/n + (x0 − x̄)² / Sxx), with s² the mean square error.
     */
    public Interval predictionInterval(double x0, double confidence) {
        double t = tQuantile((int) (n - 2), 0.5 + confidence / 2);
        double dx = x0 - xMean;
        double half = t * Math.sqrt(meanSquareError) * Math.sqrt(1.0 + 1.0 / n + dx * dx / xSumSquares);
        double centre = predict(x0);
        return new Interval(centre - half, centre + half);
    }

    /**
     * The quantile of Student's t with {@code degrees} degrees of freedom. A big run fits a trend to tens of thousands
     * of series of a few lengths: each quantile is solved once (an iterative search), not once a series.
     */
    static double tQuantile(int degrees, double p) {
        return T_QUANTILES.computeIfAbsent(new Quantile(degrees, p),
                q -> T_DISTRIBUTIONS.computeIfAbsent(q.degrees(), Trend::studentT).inverseCumulativeProbability(q.p()));
    }

    /** Without a random generator: Commons Math would seed a new one (2.5 KB) for every distribution made. */
    private static TDistribution studentT(int degrees) {
        return new TDistribution(null, degrees, QUANTILE_ACCURACY);
    }

    private record Quantile(int degrees, double p) {
    }

    private static final Map<Integer, TDistribution> T_DISTRIBUTIONS = new ConcurrentHashMap<>();
    private static final Map<Quantile, Double> T_QUANTILES = new ConcurrentHashMap<>();
}
