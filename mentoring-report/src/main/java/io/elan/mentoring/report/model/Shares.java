package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;

/** The one rule every share in the model follows. */
final class Shares {
    private Shares() {}

    static double check(double share, String field) {
        if (!(share >= 0 && share <= 1)) {
            throw new InvalidValueException(field, "must be a share between 0 and 1", share);
        }
        return share;
    }

    static long count(long count, String field) {
        if (count < 0) {
            throw new InvalidValueException(field, "must not be negative", count);
        }
        return count;
    }
}
