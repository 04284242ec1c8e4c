package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;

/**
 * One program's weekly counters with the program they belong to. Callers hold the object's monitor while reading or
 * changing any field.
 */
final class TrackedProgram {
    Program program;
    ProgramWeeks weeks;
    ProgramLedger ledger;

    TrackedProgram(Program program) {
        reset(program);
    }

    /** Forgets every count and takes the program's current dates. */
    void reset(Program newProgram) {
        this.program = newProgram;
        this.weeks = new ProgramWeeks(newProgram.kickOff(), newProgram.closing(), newProgram.zone());
        this.ledger = new ProgramLedger(weeks.count());
    }

    int admitParticipant(Participant p) {
        return ledger.putPerson(p.person(), p.role() == Role.MENTOR, weeks.weekOf(p.enrolledOn()),
                p.status() == ParticipantStatus.ACTIVE);
    }

    int admitPair(Pair pair) {
        int mentor = memberSlot(pair.mentor(), true, pair);
        int mentee = memberSlot(pair.mentee(), false, pair);
        return ledger.putPair(pair.id(), mentor, mentee, weeks.weekOf(pair.formedOn()),
                pair.status() == PairStatus.ACTIVE);
    }

    private int memberSlot(PersonId person, boolean mentor, Pair pair) {
        int slot = ledger.personSlot(person);
        return slot >= 0 ? slot : ledger.putPerson(person, mentor, weeks.weekOf(pair.formedOn()), true);
    }
}
