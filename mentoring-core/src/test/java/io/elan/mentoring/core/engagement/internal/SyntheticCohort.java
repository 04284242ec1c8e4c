package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A program of synthetic pairs whose ground truth is known: steady pairs, pairs that fade at a known week, pairs that
 * never start, and optionally a program-wide dip during an August blackout.
 */
final class SyntheticCohort {
    static final TenantId TENANT = TenantId.of("acme");
    static final ProgramId PROGRAM = ProgramId.of("mentoring-2026");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final LocalDate KICK_OFF = LocalDate.of(2026, 3, 2);
    static final LocalDate CLOSING = LocalDate.of(2026, 12, 18);
    static final LocalDate BLACKOUT_FROM = LocalDate.of(2026, 8, 3);
    static final LocalDate BLACKOUT_TO = LocalDate.of(2026, 8, 21);
    /** Program weeks 22, 23 and 24 are the blackout. */
    static final int FIRST_DIP_WEEK = 22;
    static final int LAST_DIP_WEEK = 24;

    enum Kind { STEADY, FADING, NEVER_STARTED }

    record Truth(PairId pair, Kind kind, int fadeWeek) {}

    final InMemoryProgramStore store = new InMemoryProgramStore();
    final InMemoryActivityLog log = new InMemoryActivityLog();
    final Clock clock = Clock.fixed(CLOSING.plusDays(30).atStartOfDay(ZONE).toInstant(), ZONE);
    final List<Truth> truths = new ArrayList<>();
    final List<ActivityEvent> events = new ArrayList<>();
    final int weeks = (int) (ChronoUnit.DAYS.between(KICK_OFF, CLOSING) / 7) + 1;
    private final Map<PairId, Truth> byPair = new HashMap<>();
    private int sequence;

    SyntheticCohort(long seed, int steady, int fading, int neverStarted, boolean augustDip) {
        Random random = new Random(seed);
        store.saveProgram(Program.builder().id(PROGRAM).tenant(TENANT).name("Synthetic cohort").kickOff(KICK_OFF)
                .closing(CLOSING).zone(ZONE).status(ProgramStatus.RUNNING).build());
        for (int w = 0; w < weeks; w += 4) {
            store.saveTouchpoint(TENANT, Touchpoint.builder().id(TouchpointId.of("webinar-" + w)).program(PROGRAM)
                    .format(Format.WEBINAR_FOCUS).theme("Focus " + w)
                    .start(at(w, 2, LocalTime.of(12, 30))).duration(Duration.ofMinutes(45))
                    .status(TouchpointStatus.HELD).build());
        }
        int n = 0;
        for (int i = 0; i < steady; i++) {
            add(random, n++, Kind.STEADY, -1, augustDip);
        }
        for (int i = 0; i < fading; i++) {
            add(random, n++, Kind.FADING, 10 + random.nextInt(25), augustDip);
        }
        for (int i = 0; i < neverStarted; i++) {
            add(random, n++, Kind.NEVER_STARTED, -1, augustDip);
        }
    }

    Truth truth(PairId pair) {
        return byPair.get(pair);
    }

    static LocalDate firstDay(int week) {
        return KICK_OFF.plusDays(7L * week);
    }

    static Instant at(int week, int day, LocalTime time) {
        return ZonedDateTime.of(firstDay(week).plusDays(day), time, ZONE).toInstant();
    }

    private void add(Random random, int n, Kind kind, int fadeWeek, boolean augustDip) {
        PairId pairId = PairId.of(String.format("pair-%04d", n));
        PersonId mentor = PersonId.of(String.format("mentor-%04d", n));
        PersonId mentee = PersonId.of(String.format("mentee-%04d", n));
        store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(mentor).role(Role.MENTOR)
                .enrolledOn(KICK_OFF).zone(ZONE).build());
        store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(mentee).role(Role.MENTEE)
                .enrolledOn(KICK_OFF).zone(ZONE).build());
        store.savePair(TENANT, Pair.formed(pairId, PROGRAM, mentor, mentee, KICK_OFF));
        Truth truth = new Truth(pairId, kind, fadeWeek);
        truths.add(truth);
        byPair.put(pairId, truth);

        double meetingRate = 0.6 + 0.3 * random.nextDouble();
        double attendance = 0.5 + 0.4 * random.nextDouble();
        int firstMeetingWeek = random.nextInt(3);
        for (int w = 0; w < weeks; w++) {
            double level = 1;
            if (augustDip && w >= FIRST_DIP_WEEK && w <= LAST_DIP_WEEK) {
                level = 0.05;
            } else if (augustDip && w == FIRST_DIP_WEEK - 1) {
                level = 0.7;
            }
            boolean faded = kind == Kind.FADING && w >= fadeWeek;
            boolean started = kind != Kind.NEVER_STARTED && w >= firstMeetingWeek;
            if (started && !faded) {
                if (w == firstMeetingWeek || random.nextDouble() < meetingRate * level) {
                    pairEvent(pairId, ActivityKind.PAIR_MEETING, w, random);
                }
                int messages = random.nextDouble() < level ? random.nextInt(4) : 0;
                for (int m = 0; m < messages; m++) {
                    pairEvent(pairId, ActivityKind.PAIR_MESSAGE, w, random);
                }
            } else if (faded && random.nextDouble() < 0.1) {
                pairEvent(pairId, ActivityKind.PAIR_MESSAGE, w, random);
            }
            double attend = kind == Kind.NEVER_STARTED ? 0.2 : faded ? 0.05 : attendance;
            if (w % 4 == 0) {
                for (PersonId p : List.of(mentor, mentee)) {
                    if (random.nextDouble() < attend * level) {
                        personEvent(p, ActivityKind.TOUCHPOINT_ATTENDED, at(w, 2, LocalTime.of(13, 0)));
                    }
                }
            }
            if (!faded && random.nextDouble() < 0.05 * level) {
                personEvent(random.nextBoolean() ? mentor : mentee, ActivityKind.HOTLINE_REQUEST,
                        at(w, random.nextInt(5), LocalTime.of(11, 0)));
            }
            if (w == 20 && random.nextDouble() < (faded ? 0.1 : 0.8)) {
                personEvent(mentee, ActivityKind.SURVEY_ANSWERED, at(w, 3, LocalTime.of(16, 0)));
            }
        }
    }

    private void pairEvent(PairId pair, ActivityKind kind, int week, Random random) {
        events.add(ActivityEvent.ofPair(EventId.of("e" + sequence++), PROGRAM, pair, kind,
                at(week, random.nextInt(5), LocalTime.of(9 + random.nextInt(9), 0)), "host"));
    }

    private void personEvent(PersonId person, ActivityKind kind, Instant at) {
        events.add(ActivityEvent.ofPerson(EventId.of("e" + sequence++), PROGRAM, person, kind, at, "host"));
    }
}
