package org.tradestat.analysis;

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
                regression.getRSquare(), regression.getSignificance(), regression.getMeanSquareError(),
                StatUtils.mean(x), regression.getXSumSquares());
    }

    public double predict(double x) {
        return intercept + slope * x;
    }

    /**
     * The prediction interval of a new observation at {@code x0}:
     * ŷ ± t(1 − α/2; n − 2) · s · √(1 + 1/n + (x0 − x̄)² / Sxx), with s² the mean square error.
     */
    public Interval predictionInterval(double x0, double confidence) {
        double t = new TDistribution(n - 2, QUANTILE_ACCURACY).inverseCumulativeProbability(0.5 + confidence / 2);
        double dx = x0 - xMean;
        double half = t * Math.sqrt(meanSquareError) * Math.sqrt(1.0 + 1.0 / n + dx * dx / xSumSquares);
        double centre = predict(x0);
        return new Interval(centre - half, centre + half);
    }
}
