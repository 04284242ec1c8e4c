package io.elan.mentoring.core.matching.internal;

import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.matching.MatchingInput;
import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.program.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives matching profiles from the people directory and the enrolment: the department is the directory's org unit,
 * the reporting line the chain of managers (looked up level by level, one directory call per level, a cycle cut where
 * it closes), the languages the person's and the participant's. The input's completion adds the rest; profiles the
 * input gives in full are used as given. Not thread-safe: one instance per request.
 */
final class DirectoryProfiles {
    private final Engine engine;
    private final TenantId tenant;

    DirectoryProfiles(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    /**
     * @param participants the participants to profile
     * @param input the given profiles and the completion
     * @return a profile for each participant
     * @throws InvalidValueException if the completion changes a person
     */
    Map<PersonId, MatchingProfile> profiles(List<Participant> participants, MatchingInput input) {
        List<Participant> derived = participants.stream().filter(p -> !input.profiles().containsKey(p.person()))
                .toList();
        Map<PersonId, Person> known = new HashMap<>(engine.directory().findAll(tenant,
                derived.stream().map(Participant::person).toList()));
        lookUpManagers(known);
        Map<PersonId, MatchingProfile> profiles = new HashMap<>();
        for (Participant participant : participants) {
            MatchingProfile given = input.profiles().get(participant.person());
            if (given != null) {
                profiles.put(participant.person(), given);
                continue;
            }
            MatchingProfile fromDirectory = fromDirectory(participant, known);
            MatchingProfile completed = input.completion().complete(fromDirectory, participant.role());
            if (completed == null || !completed.person().equals(participant.person())) {
                throw new InvalidValueException("completion", "must return a profile of the person it was given",
                        participant.person() + " became " + (completed == null ? "nothing" : completed.person()));
            }
            profiles.put(participant.person(), completed);
        }
        return profiles;
    }

    /** Looks up the managers of the people known, then theirs, up to the longest reporting line kept. */
    private void lookUpManagers(Map<PersonId, Person> known) {
        Set<PersonId> tried = new LinkedHashSet<>(known.keySet());
        Set<PersonId> frontier = new LinkedHashSet<>(known.keySet());
        for (int level = 0; level < MatchingProfile.MAX_MANAGERS && !frontier.isEmpty(); level++) {
            Set<PersonId> missing = new LinkedHashSet<>();
            for (PersonId person : frontier) {
                Person found = known.get(person);
                if (found != null && found.manager() != null && tried.add(found.manager())) {
                    missing.add(found.manager());
                }
            }
            if (!missing.isEmpty()) {
                known.putAll(engine.directory().findAll(tenant, missing));
            }
            frontier = missing;
        }
    }

    private static MatchingProfile fromDirectory(Participant participant, Map<PersonId, Person> known) {
        Person person = known.get(participant.person());
        Set<String> languages = new LinkedHashSet<>();
        addLanguage(languages, participant.locale());
        List<PersonId> managers = new ArrayList<>();
        String department = null;
        if (person != null) {
            addLanguage(languages, person.locale());
            department = person.orgUnit() == null || person.orgUnit().isBlank() ? null : person.orgUnit();
            PersonId manager = person.manager();
            while (manager != null && managers.size() < MatchingProfile.MAX_MANAGERS
                    && !manager.equals(participant.person()) && !managers.contains(manager)) {
                managers.add(manager);
                Person next = known.get(manager);
                manager = next == null ? null : next.manager();
            }
        }
        return MatchingProfile.builder(participant.person()).department(department).languages(languages)
                .managers(managers).build();
    }

    private static void addLanguage(Set<String> languages, @Nullable Locale locale) {
        if (locale != null && !locale.getLanguage().isEmpty()) {
            languages.add(locale.getLanguage());
        }
    }
}
