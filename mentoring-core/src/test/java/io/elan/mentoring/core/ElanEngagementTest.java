package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.program.Pair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("activity recorded through the engine feeds the engagement tracker, once")
class ElanEngagementTest {

    private final EngineFixture fixture = new EngineFixture();

    @Test
    @DisplayName("a pair meeting reported twice is stored once and counted once in its program week")
    void countedOnce() {
        fixture.enrollingProgramWithPairs(1);
        fixture.acme().programs().markReady(SPRING);
        fixture.clock.set(EngineFixture.KICK_OFF.atTime(9, 0).atZone(EngineFixture.PARIS).toInstant());
        fixture.acme().programs().start(SPRING);
        Pair pair = fixture.acme().pairs().list(SPRING).get(0);
        Instant meeting = Instant.parse("2027-01-20T12:00:00Z");
        fixture.clock.set(meeting.plusSeconds(3600));

        fixture.acme().activity().reportPairActivity(SPRING, List.of(PairActivity.meeting(pair.id(), meeting)));
        fixture.acme().activity().reportPairActivity(SPRING, List.of(PairActivity.meeting(pair.id(), meeting)));

        assertThat(fixture.activity()).filteredOn(e -> e.kind() == ActivityKind.PAIR_MEETING).hasSize(1);
        WeeklyActivity weekly = fixture.acme().engagement().weeklyActivity(SPRING);
        int week = weekly.weekStarts().indexOf(EngineFixture.KICK_OFF.plusWeeks(1));
        assertThat(week).isEqualTo(1);
        assertThat(weekly.count(pair.id(), ActivityKind.PAIR_MEETING, week)).isEqualTo(1);
        assertThat(weekly.count(pair.id(), ActivityKind.PAIR_MEETING, 0)).isZero();
    }
}
