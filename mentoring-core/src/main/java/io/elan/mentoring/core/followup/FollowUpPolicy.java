package io.elan.mentoring.core.followup;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which individual follow-up calls every mentor and every mentee gets between kick-off and closing: one call per
 * window, in the order of the windows.
 *
 * @param windows the windows, opening in strictly increasing months, at most {@value #MAX_WINDOWS}; empty for no call
 */
public record FollowUpPolicy(List<FollowUpWindow> windows) {

    /** Most windows a policy may hold. */
    public static final int MAX_WINDOWS = 12;
    /** Days a default window lasts. */
    public static final int DEFAULT_WINDOW_DAYS = 14;

    /**
     * Copies the windows and checks their order.
     *
     * @param windows the windows, opening in strictly increasing months, at most {@value #MAX_WINDOWS}; empty for no
     *     call
     * @throws InvalidValueException naming {@code windows[i].afterMonths} for every window out of order
     */
    public FollowUpPolicy {
        windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
        List<Violation> violations = new ArrayList<>();
        if (windows.size() > MAX_WINDOWS) {
            violations.add(Violation.of("windows", "must hold at most " + MAX_WINDOWS + " windows",
                    windows.size() + " windows"));
        }
        for (int i = 1; i < windows.size(); i++) {
            int previous = windows.get(i - 1).afterMonths();
            if (windows.get(i).afterMonths() <= previous) {
                violations.add(Violation.of("windows[" + i + "].afterMonths",
                        "must be greater than the previous window's (" + previous + ")", windows.get(i).afterMonths()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * The practice's default: one call around month 2, once pairs have settled, and one around month 7, before the
     * last stretch; each window lasts {@value #DEFAULT_WINDOW_DAYS} days.
     *
     * @return the default policy
     */
    public static FollowUpPolicy defaults() {
        return new FollowUpPolicy(List.of(new FollowUpWindow(2, DEFAULT_WINDOW_DAYS),
                new FollowUpWindow(7, DEFAULT_WINDOW_DAYS)));
    }

    /** @return a policy that plans no call */
    public static FollowUpPolicy none() {
        return new FollowUpPolicy(List.of());
    }

    /**
     * @param windows the windows, in increasing months
     * @return the policy
     */
    public static FollowUpPolicy of(FollowUpWindow... windows) {
        return new FollowUpPolicy(List.of(windows));
    }
}
