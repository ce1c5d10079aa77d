package dev.testgraph.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles (nearest rank) of a list of values. */
record Stats(int count, double p50, double p95, double max, double mean) {

    static Stats of(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Stats(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.get(sorted.size() - 1),
                sum / sorted.size());
    }

    private static double rank(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double median(List<? extends Number> values) {
        return of(values).p50();
    }
}
