package io.elan.mentoring.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {
    @Test
    void printsTheRosterOfAReadyProgram() {
        InMemoryProgramStore store = new InMemoryProgramStore();
        InMemoryPeopleDirectory directory = Quickstart.directory();
        Program program = Quickstart.buildProgram(store, directory);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Quickstart.printRoster(program, store, directory, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String roster = bytes.toString(StandardCharsets.UTF_8);

        assertThat(program.status()).isEqualTo(ProgramStatus.READY);
        assertThat(program.version()).isEqualTo(3);
        assertThat(roster).contains("Programme de mentorat 2026–2027 — READY (2026-09-15 → 2027-07-15, Europe/Paris)")
                .contains("Mentors (3): Claire Martin, Karim Benali, Sophie Laurent")
                .contains("Mentees (3): Hugo Petit, Inès Moreau, Lucas Bernard")
                .contains("m-claire+e-lucas Claire Martin ↔ Lucas Bernard (ACTIVE)");
        assertThat(roster.lines().filter(l -> l.contains("↔"))).hasSize(3);
    }
}
