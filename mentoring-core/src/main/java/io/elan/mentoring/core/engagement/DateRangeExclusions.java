package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link CalendarExclusions} from a fixed list of date ranges, each for every program or for one program of one
 * tenant. Immutable and thread-safe.
 */
public final class DateRangeExclusions implements CalendarExclusions {

    private final List<Range> ranges;

    private DateRangeExclusions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** @return a builder without ranges */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean isExcluded(TenantId tenant, ProgramId program, LocalDate date) {
        for (Range r : ranges) {
            if (r.covers(tenant, program, date)) {
                return true;
            }
        }
        return false;
    }

    private record Range(@Nullable TenantId tenant, @Nullable ProgramId program, LocalDate first, LocalDate last) {
        boolean covers(TenantId t, ProgramId p, LocalDate date) {
            return (tenant == null || tenant.equals(t) && Objects.equals(program, p))
                    && !date.isBefore(first) && !date.isAfter(last);
        }
    }

    /** Collects ranges. Not thread-safe. */
    public static final class Builder {
        private final List<Range> ranges = new ArrayList<>();

        private Builder() {}

        /**
         * Excludes days for every program.
         *
         * @param first the first excluded day
         * @param last the last excluded day, not before {@code first}
         * @return this builder
         */
        public Builder exclude(LocalDate first, LocalDate last) {
            ranges.add(new Range(null, null, check(first, "first"), checkLast(first, last)));
            return this;
        }

        /**
         * Excludes days for one program.
         *
         * @param tenant the tenant
         * @param program the program
         * @param first the first excluded day
         * @param last the last excluded day, not before {@code first}
         * @return this builder
         */
        public Builder exclude(TenantId tenant, ProgramId program, LocalDate first, LocalDate last) {
            ranges.add(new Range(Checks.present(tenant, "tenant"), Checks.present(program, "program"),
                    check(first, "first"), checkLast(first, last)));
            return this;
        }

        /** @return the exclusions */
        public DateRangeExclusions build() {
            return new DateRangeExclusions(ranges);
        }

        private static LocalDate check(@Nullable LocalDate date, String field) {
            return Checks.present(date, field);
        }

        private static LocalDate checkLast(LocalDate first, @Nullable LocalDate last) {
            Checks.present(last, "last");
            if (last.isBefore(first)) {
                throw new InvalidValueException("last", "must not be before first (" + first + ")", last);
            }
            return last;
        }
    }
}
