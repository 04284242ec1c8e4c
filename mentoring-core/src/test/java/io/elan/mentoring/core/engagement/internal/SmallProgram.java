package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A program of three pairs, kick-off on Monday 2 March 2026, with a clock on Monday 1 June 2026 (week 13). */
final class SmallProgram {
    static final TenantId TENANT = TenantId.of("acme");
    static final ProgramId PROGRAM = ProgramId.of("p1");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final LocalDate KICK_OFF = LocalDate.of(2026, 3, 2);
    static final Instant NOW = LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(ZONE).toInstant();
    static final int PAIRS = 3;

    final InMemoryProgramStore store = new InMemoryProgramStore();
    final InMemoryActivityLog log = new InMemoryActivityLog();
    final Clock clock = Clock.fixed(NOW, ZONE);

    SmallProgram() {
        store.saveProgram(Program.builder().id(PROGRAM).tenant(TENANT).name("Small").kickOff(KICK_OFF)
                .closing(KICK_OFF.plusMonths(10)).zone(ZONE).status(ProgramStatus.RUNNING).build());
        for (int i = 0; i < PAIRS; i++) {
            store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(mentor(i)).role(Role.MENTOR)
                    .enrolledOn(KICK_OFF).zone(ZONE).build());
            store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(mentee(i)).role(Role.MENTEE)
                    .enrolledOn(KICK_OFF).zone(ZONE).build());
            store.savePair(TENANT, Pair.formed(pair(i), PROGRAM, mentor(i), mentee(i), KICK_OFF));
        }
    }

    EngagementTracker tracker() {
        return new EngagementTracker(store, log, clock, EngagementSettings.defaults());
    }

    static PairId pair(int i) {
        return PairId.of("pair-" + i);
    }

    static PersonId mentor(int i) {
        return PersonId.of("mentor-" + i);
    }

    static PersonId mentee(int i) {
        return PersonId.of("mentee-" + i);
    }
}
