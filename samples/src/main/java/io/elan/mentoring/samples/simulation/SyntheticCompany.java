package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.program.Role;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic French company: people with French names drawn from a seed, all reading one language, some preferring WhatsApp, in the host's
 * people directory, and the pairs the program team forms with their behaviour. The same seed gives the same company.
 *
 * @param directory the host's people directory, holding every person
 * @param pairs the pairs, in the order the team forms them
 */
record SyntheticCompany(InMemoryPeopleDirectory directory, List<SyntheticPair> pairs) {

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
    private static final List<String> MENTOR_UNITS = List.of("Direction financière", "Direction commerciale",
            "Ressources humaines", "Direction des systèmes d'information", "Direction juridique", "Production");
    private static final List<String> MENTEE_UNITS = List.of("Ventes", "Informatique", "Comptabilité", "Marketing",
            "Logistique", "Service client", "Achats");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Copies the list. */
    SyntheticCompany {
        pairs = List.copyOf(pairs);
    }

    /**
     * Draws a company: one mentor and one mentee per pair; one pair that never starts, about one in ten that fades
     * (each at a later week than the previous one), the others steady; about one person in four prefers WhatsApp.
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
        List<SyntheticPair> pairs = new ArrayList<>();
        for (int i = 0; i < pairCount; i++) {
            PairBehaviour behaviour = behaviours.get(i);
            SyntheticPerson mentor = person(directory, tenant, String.format(Locale.ROOT, "mentor-%03d", i + 1),
                    names.get(2 * i), Role.MENTOR, behaviour, locale, random);
            SyntheticPerson mentee = person(directory, tenant, String.format(Locale.ROOT, "mentee-%03d", i + 1),
                    names.get(2 * i + 1), Role.MENTEE, behaviour, locale, random);
            pairs.add(new SyntheticPair(mentor, mentee, behaviour));
        }
        return new SyntheticCompany(directory, pairs);
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
            Role role, PairBehaviour behaviour, Locale locale, Random random) {
        boolean whatsApp = random.nextInt(4) == 0;
        List<String> units = role == Role.MENTOR ? MENTOR_UNITS : MENTEE_UNITS;
        Person.Builder person = Person.of(PersonId.of(id), name).toBuilder()
                .email(mailbox(name) + "@entreprise.example")
                .locale(locale)
                .zone(PARIS)
                .orgUnit(units.get(random.nextInt(units.size())));
        if (whatsApp) {
            person.phone(String.format(Locale.ROOT, "+336%08d", random.nextInt(100_000_000)));
        }
        directory.put(tenant, person.build());
        double attendance = behaviour.kind() == PairBehaviour.Kind.NEVER_STARTS
                ? 0.15 : 0.55 + 0.4 * random.nextDouble();
        double answers = switch (behaviour.kind()) {
            case STEADY -> 0.9;
            case FADING -> 0.6;
            case NEVER_STARTS -> 0.3;
        };
        return new SyntheticPerson(PersonId.of(id), name, role, whatsApp, attendance, answers);
    }

    private static String mailbox(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace(' ', '.');
    }

    /** @return every person, mentors and mentees, pair by pair */
    List<SyntheticPerson> people() {
        List<SyntheticPerson> people = new ArrayList<>();
        pairs.forEach(p -> {
            people.add(p.mentor());
            people.add(p.mentee());
        });
        return people;
    }
}
