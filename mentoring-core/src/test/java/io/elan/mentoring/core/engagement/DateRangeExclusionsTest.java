package io.elan.mentoring.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateRangeExclusionsTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final ProgramId P1 = ProgramId.of("p1");
    private static final ProgramId P2 = ProgramId.of("p2");

    @Test
    @DisplayName("a range for every program excludes its first and last day and nothing around them")
    void globalRange() {
        CalendarExclusions ex = DateRangeExclusions.builder()
                .exclude(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 21)).build();
        assertThat(ex.isExcluded(ACME, P1, LocalDate.of(2026, 8, 2))).isFalse();
        assertThat(ex.isExcluded(ACME, P1, LocalDate.of(2026, 8, 3))).isTrue();
        assertThat(ex.isExcluded(TenantId.of("other"), P2, LocalDate.of(2026, 8, 21))).isTrue();
        assertThat(ex.isExcluded(ACME, P1, LocalDate.of(2026, 8, 22))).isFalse();
    }

    @Test
    @DisplayName("a range for one program of one tenant does not reach another program or tenant")
    void programRange() {
        CalendarExclusions ex = DateRangeExclusions.builder()
                .exclude(ACME, P1, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)).build();
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        assertThat(ex.isExcluded(ACME, P1, christmas)).isTrue();
        assertThat(ex.isExcluded(ACME, P2, christmas)).isFalse();
        assertThat(ex.isExcluded(TenantId.of("other"), P1, christmas)).isFalse();
    }

    @Test
    @DisplayName("a range that ends before it starts is refused, naming the field")
    void invertedRange() {
        assertThatThrownBy(() -> DateRangeExclusions.builder()
                .exclude(LocalDate.of(2026, 8, 21), LocalDate.of(2026, 8, 3)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("last:");
    }

    @Test
    @DisplayName("no exclusions exclude nothing")
    void none() {
        assertThat(CalendarExclusions.none().isExcluded(ACME, P1, LocalDate.of(2026, 8, 15))).isFalse();
    }
}
