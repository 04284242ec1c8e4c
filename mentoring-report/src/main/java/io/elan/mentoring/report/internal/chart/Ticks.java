package io.elan.mentoring.report.internal.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks. Counts get whole-number ticks only, on steps of 1, 2 or 5 times a power of ten, so that no axis reads
 * "7.5 pairs".
 *
 * @param values the tick values, from 0 up
 */
record Ticks(List<Double> values) {

    Ticks {
        values = List.copyOf(values);
    }

    /**
     * @param max the largest count to show, at least 0
     * @param most the most intervals wanted
     * @return ticks from 0 to the first whole step at or above {@code max} (at least 1)
     */
    static Ticks counts(long max, int most) {
        long top = Math.max(1, max);
        long step = 1;
        while (ceilDiv(top, step) > most) {
            long magnitude = step;
            while (magnitude >= 10) {
                magnitude /= 10;
            }
            step = magnitude == 1 ? step * 2 : magnitude == 2 ? step / 2 * 5 : step * 2;
        }
        List<Double> values = new ArrayList<>();
        for (long v = 0; v <= ceilDiv(top, step) * step; v += step) {
            values.add((double) v);
        }
        return new Ticks(values);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** @return ticks every 25 percent points, as shares from 0 to 1 */
    static Ticks shares() {
        return new Ticks(List.of(0.0, 0.25, 0.5, 0.75, 1.0));
    }

    /** @return the last tick, the axis's end */
    double top() {
        return values.get(values.size() - 1);
    }
}
