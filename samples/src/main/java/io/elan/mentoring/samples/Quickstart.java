package io.elan.mentoring.samples;

import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quick start: one tenant, one ten-month program, three mentors, three mentees and their pairs, kept in the
 * in-memory stores, then the roster printed as a program manager would read it.
 */
public final class Quickstart {

    private static final TenantId TENANT = TenantId.of("acme");

    private Quickstart() {}

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        InMemoryProgramStore store = new InMemoryProgramStore();
        InMemoryPeopleDirectory directory = directory();
        printRoster(buildProgram(store, directory), store, directory, out);
    }

    static InMemoryPeopleDirectory directory() {
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        List.of(
                person("m-claire", "Claire Martin", "Direction financière"),
                person("m-karim", "Karim Benali", "Ventes"),
                person("m-sophie", "Sophie Laurent", "Ressources humaines"),
                person("e-lucas", "Lucas Bernard", "Ventes"),
                person("e-ines", "Inès Moreau", "Informatique"),
                person("e-hugo", "Hugo Petit", "Juridique"))
                .forEach(p -> directory.put(TENANT, p));
        return directory;
    }

    private static Person person(String id, String name, String orgUnit) {
        return Person.of(PersonId.of(id), name).toBuilder()
                .email(id.substring(2) + "@acme.example")
                .orgUnit(orgUnit)
                .build();
    }

    static Program buildProgram(ProgramStore store, InMemoryPeopleDirectory directory) {
        Program program = store.saveProgram(Program.builder()
                .tenant(TENANT)
                .id("mentorat-2026")
                .name("Programme de mentorat 2026–2027")
                .kickOff(LocalDate.of(2026, 9, 15))
                .closing(LocalDate.of(2027, 7, 15))
                .zone(ZoneId.of("Europe/Paris"))
                .locale(Locale.FRENCH)
                .build());
        program = store.saveProgram(program.withStatus(ProgramStatus.ENROLLING));

        Map<String, String> mentorOfMentee = Map.of("e-lucas", "m-claire", "e-ines", "m-karim", "e-hugo", "m-sophie");
        for (Map.Entry<String, String> e : mentorOfMentee.entrySet()) {
            enrol(store, directory, program, e.getValue(), Role.MENTOR);
            enrol(store, directory, program, e.getKey(), Role.MENTEE);
            store.savePair(TENANT, Pair.formed(PairId.of(e.getValue() + "+" + e.getKey()), program.id(),
                    PersonId.of(e.getValue()), PersonId.of(e.getKey()), LocalDate.of(2026, 9, 10)));
        }
        return store.saveProgram(program.withStatus(ProgramStatus.READY));
    }

    private static void enrol(ProgramStore store, InMemoryPeopleDirectory directory, Program program, String id,
            Role role) {
        Person person = directory.find(TENANT, PersonId.of(id)).orElseThrow();
        store.saveParticipant(TENANT, Participant.builder()
                .program(program.id())
                .person(person.id())
                .role(role)
                .preferredChannel(Channel.EMAIL)
                .locale(person.locale())
                .zone(person.zone())
                .enrolledOn(LocalDate.of(2026, 9, 1))
                .build());
    }

    static void printRoster(Program program, ProgramStore store, InMemoryPeopleDirectory directory, PrintStream out) {
        Map<PersonId, Person> people = directory.findAll(TENANT,
                store.participants(TENANT, program.id()).stream().map(Participant::person).toList());
        out.printf("%s — %s (%s → %s, %s)%n", program.name(), program.status(), program.kickOff(), program.closing(),
                program.zone());
        for (Role role : Role.values()) {
            List<String> names = store.participants(TENANT, program.id()).stream()
                    .filter(p -> p.role() == role)
                    .map(p -> people.get(p.person()).displayName())
                    .collect(Collectors.toList());
            out.printf("%s (%d): %s%n", role == Role.MENTOR ? "Mentors" : "Mentees", names.size(),
                    String.join(", ", names));
        }
        out.println("Pairs:");
        for (Pair pair : store.pairs(TENANT, program.id())) {
            out.printf("  %-16s %s ↔ %s (%s)%n", pair.id(), people.get(pair.mentor()).displayName(),
                    people.get(pair.mentee()).displayName(), pair.status());
        }
    }
}
