package io.elan.mentoring.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.Member;
import io.elan.mentoring.report.model.PairFinding;
import io.elan.mentoring.report.model.PairRecord;
import io.elan.mentoring.spi.program.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("whom the programme manager calls about a pair")
class CallAdviceTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private final Words words = new Words(Locale.ENGLISH);
    private final Numbers numbers = new Numbers(words);
    private final Labels labels = new Labels(words);

    private static PairRecord pair(double mentorAttendance, double menteeAttendance, PairFinding... findings) {
        return new PairRecord("p1", new Member("m1", "Mentor", Role.MENTOR, null, null, mentorAttendance),
                new Member("e1", "Mentee", Role.MENTEE, null, null, menteeAttendance), EngagementLevel.AT_RISK,
                List.of(findings), List.of(), List.of());
    }

    @Test
    @DisplayName("the member the most severe finding is about")
    void personal() {
        CallAdvice call = CallAdvice.of(pair(0.1, 0.9,
                new PairFinding("RARER_EXCHANGES", EngagementLevel.WATCH, null, DAY, "fewer"),
                new PairFinding("ISOLATION", EngagementLevel.AT_RISK, "e1", DAY, "isolated")), words, numbers, labels);

        assertThat(call.member().id()).isEqualTo("e1");
        assertThat(call.why()).isEqualTo("the person the most severe finding is about: isolation.");
    }

    @Test
    @DisplayName("when the most severe finding is about the pair, the member who came to fewer sessions")
    void pairWide() {
        CallAdvice call = CallAdvice.of(pair(0.2, 0.75,
                new PairFinding("NEVER_STARTED", EngagementLevel.DISENGAGED, null, DAY, "never"),
                new PairFinding("FALLING_PARTICIPATION", EngagementLevel.WATCH, "e1", DAY, "falling")), words,
                numbers, labels);

        assertThat(call.member().id()).isEqualTo("m1");
        assertThat(call.why()).isEqualTo("came to 20% of recent collective sessions, against 75% for Mentee.");
    }

    @Test
    @DisplayName("at equal attendance, the mentee")
    void mentee() {
        CallAdvice call = CallAdvice.of(pair(0.5, 0.5,
                new PairFinding("PAIR_SILENCE", EngagementLevel.AT_RISK, null, DAY, "silent")), words, numbers,
                labels);

        assertThat(call.member().role()).isEqualTo(Role.MENTEE);
        assertThat(call.why()).contains("(50%)", "for the mentee first");
    }
}
