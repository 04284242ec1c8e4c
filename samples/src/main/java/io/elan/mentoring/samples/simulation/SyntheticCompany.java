package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.matching.ProfileCompletion;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.matching.WorkMode;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.program.Role;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic French company: mentors and mentees with French names drawn from a seed, all reading one language, some
 * preferring WhatsApp, in the host's people directory with their department, their manager and their language; what the
 * program's form collects for matching (site, work mode, seniority level, other languages, skills or goals, wishes);
 * and how each pair the program forms will behave. Some mentees report, through a team lead, to one of the mentors, so
 * the matching's reporting-line rule has work to do; each such mentor has at most one of them above, so that everyone
 * can still be paired. The same seed gives the same company.
 *
 * @param directory the host's people directory, holding every person and the team leads between them
 * @param mentors the mentors; the last one joins late
 * @param mentees the mentees; the last one joins late
 * @param behaviours how each pair will behave, in the order the pairs are formed
 */
record SyntheticCompany(InMemoryPeopleDirectory directory, List<SyntheticPerson> mentors,
        List<SyntheticPerson> mentees, List<PairBehaviour> behaviours) {

    private static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Jade",
            "Louise", "Emma", "Sarah", "Zoé", "Alice", "Juliette", "Nora", "Awa", "Claire", "Sophie", "Hélène",
            "Margaux", "Yasmine", "Élodie", "Lucas", "Hugo", "Louis", "Gabriel", "Nathan", "Karim", "Thomas", "Théo",
            "Antoine", "Julien", "Mehdi", "Maxime", "Paul", "Arthur", "Léo", "Nicolas", "Baptiste", "Samuel",
            "Mathis", "Rémi");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
            "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia",
            "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont",
            "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
            "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Benali", "Diallo", "Nguyen", "Haddad");
    private static final List<String> DEPARTMENTS = List.of("Direction financière", "Direction commerciale",
            "Ressources humaines", "Informatique", "Marketing", "Logistique", "Service client");
    private static final List<String> SITES = List.of("Paris", "Lyon", "Lille", "Nantes");
    private static final List<String> TOPICS = List.of("leadership", "prise-de-parole", "negociation",
            "gestion-de-projet", "evolution-de-carriere", "feedback", "strategie", "innovation");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Copies the lists. */
    SyntheticCompany {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        behaviours = List.copyOf(behaviours);
    }

    /**
     * Draws a company: as many mentors as mentees; one pair that never starts, about one in ten that fades (each at a
     * later week than the previous one), the others steady; about one person in four prefers WhatsApp, about one
     * mentee in four reports to a mentor through a team lead, about one in five wishes for a mentor.
     *
     * @param tenant the tenant the directory serves
     * @param pairCount how many pairs, at least two
     * @param locale the language everyone reads
     * @param random the seeded source of every draw
     * @return the company
     */
    static SyntheticCompany draw(TenantId tenant, int pairCount, Locale locale, Random random) {
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        List<String> names = names(pairCount * 2, random);
        List<PairBehaviour> behaviours = behaviours(pairCount, random);
        String other = locale.getLanguage().equals("fr") ? "en" : "fr";
        List<SyntheticPerson> mentors = new ArrayList<>();
        List<String> mentorDepartments = new ArrayList<>();
        for (int i = 0; i < pairCount; i++) {
            String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            mentorDepartments.add(department);
            mentors.add(person(directory, tenant, String.format(Locale.ROOT, "mentor-%03d", i + 1), names.get(2 * i),
                    Role.MENTOR, department, null, 4 + random.nextInt(3), other, List.of(), locale, random));
        }
        // Those from the start: the last mentor and the last mentee join late, and are never in a reporting line.
        int fromTheStart = pairCount - 1;
        List<SyntheticPerson> mentees = new ArrayList<>();
        for (int i = 0; i < pairCount; i++) {
            String id = String.format(Locale.ROOT, "mentee-%03d", i + 1);
            String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            PersonId manager = null;
            if (i < fromTheStart && fromTheStart >= 2 && random.nextInt(4) == 0) {
                // Mentee i reports to mentor i + 1, a different mentor for each, through a team lead.
                int above = (i + 1) % fromTheStart;
                manager = PersonId.of(String.format(Locale.ROOT, "chef-equipe-%03d", i + 1));
                department = mentorDepartments.get(above);
                directory.put(tenant, Person.of(manager, "Chef d’équipe " + (i + 1)).toBuilder().orgUnit(department)
                        .manager(mentors.get(above).id()).locale(locale).zone(PARIS).build());
            }
            List<PersonId> wishes = i < fromTheStart && random.nextInt(5) == 0
                    ? List.of(mentors.get(random.nextInt(fromTheStart)).id()) : List.of();
            mentees.add(person(directory, tenant, id, names.get(2 * i + 1), Role.MENTEE, department, manager,
                    1 + random.nextInt(3), other, wishes, locale, random));
        }
        return new SyntheticCompany(directory, mentors, mentees, behaviours);
    }

    private static List<String> names(int count, Random random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                    + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())));
        }
        return List.copyOf(names);
    }

    private static List<PairBehaviour> behaviours(int pairCount, Random random) {
        List<PairBehaviour> behaviours = new ArrayList<>();
        behaviours.add(PairBehaviour.neverStarts());
        int fading = Math.max(1, Math.round(pairCount / 10f));
        for (int k = 0; k < fading; k++) {
            // Spread over the first half, so that each fade has the 6–8 weeks the detector needs before the end.
            behaviours.add(PairBehaviour.fadingFrom(7 + (k * 5) % 20));
        }
        while (behaviours.size() < pairCount) {
            behaviours.add(PairBehaviour.steady());
        }
        Collections.shuffle(behaviours, random);
        return behaviours;
    }

    private static SyntheticPerson person(InMemoryPeopleDirectory directory, TenantId tenant, String id, String name,
            Role role, String department, @Nullable PersonId manager, int level, String otherLanguage,
            List<PersonId> wishes, Locale locale, Random random) {
        boolean whatsApp = random.nextInt(4) == 0;
        Person.Builder person = Person.of(PersonId.of(id), name).toBuilder()
                .email(mailbox(name) + "@entreprise.example")
                .locale(locale)
                .zone(PARIS)
                .orgUnit(department)
                .manager(manager);
        if (whatsApp) {
            person.phone(String.format(Locale.ROOT, "+336%08d", random.nextInt(100_000_000)));
        }
        directory.put(tenant, person.build());
        int mode = random.nextInt(10);
        WorkMode workMode = mode < 3 ? WorkMode.ON_SITE : mode < 8 ? WorkMode.HYBRID : WorkMode.REMOTE;
        List<String> topics = new ArrayList<>(TOPICS);
        Collections.shuffle(topics, random);
        return new SyntheticPerson(PersonId.of(id), name, role, whatsApp, 0.55 + 0.4 * random.nextDouble(), 0.9,
                SITES.get(random.nextInt(SITES.size())), workMode, level,
                random.nextInt(3) == 0 ? List.of(otherLanguage) : List.of(),
                topics.subList(0, role == Role.MENTOR ? 3 : 2), wishes);
    }

    private static String mailbox(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace(' ', '.');
    }

    /** @return every person, mentors and mentees, the late ones last of each */
    List<SyntheticPerson> people() {
        List<SyntheticPerson> people = new ArrayList<>(mentors);
        people.addAll(mentees);
        return people;
    }

    /**
     * What the program's form adds to the profile the engine derives from the directory, as a host's
     * {@link ProfileCompletion} does: site, work mode, seniority level, other languages, skills or goals and wishes.
     *
     * @return the completion
     */
    ProfileCompletion completion() {
        Map<PersonId, SyntheticPerson> byId = new HashMap<>();
        people().forEach(p -> byId.put(p.id(), p));
        return (profile, role) -> {
            SyntheticPerson person = byId.get(profile.person());
            if (person == null) {
                return profile;
            }
            Set<String> languages = new LinkedHashSet<>(profile.languages());
            languages.addAll(person.languages());
            return profile.toBuilder().site(person.site()).workMode(person.workMode()).level(person.level())
                    .languages(languages).topics(person.topics()).wishes(person.wishes()).build();
        };
    }
}
