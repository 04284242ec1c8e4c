package io.elan.mentoring.benchmarks.matching;

import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.matching.Mentor;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.matching.WorkMode;
import io.elan.mentoring.spi.PersonId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random but realistic matching requests from a seed: a company of departments and sites, mentees junior to the
 * mentors, goals and skills drawn from one catalogue, a few wishes, and a share of pairings the program team
 * excluded.
 */
public final class MatchingInstances {
    private static final List<String> DEPARTMENTS = List.of("finance", "sales", "marketing", "engineering",
            "operations", "legal", "hr", "support", "product", "data");
    private static final List<String> SITES = List.of("Paris", "Lyon", "Nantes", "Lille", "Bordeaux");
    private static final List<String> TOPICS = List.of("leadership", "negotiation", "public speaking",
            "career change", "management", "strategy", "finance basics", "product sense", "data literacy",
            "writing", "networking", "feedback", "time management", "conflict", "coaching", "innovation",
            "customer focus", "project management", "international", "diversity", "wellbeing", "sales",
            "technical depth", "architecture", "hiring", "budgeting", "change management", "storytelling",
            "mentoring others", "entrepreneurship");

    private MatchingInstances() {}

    /**
     * @param mentees how many mentees
     * @param mentors how many mentors, each with a capacity of 1 to 3
     * @param excludedShare the share of mentor–mentee pairings excluded, 0 to 1
     * @param seed the random seed
     * @return the request, with the default rules
     */
    public static MatchingRequest request(int mentees, int mentors, double excludedShare, long seed) {
        Random random = new Random(seed);
        MatchingRequest.Builder request = MatchingRequest.builder().rules(MatchingRules.defaults());
        List<PersonId> mentorIds = new ArrayList<>();
        List<PersonId> menteeIds = new ArrayList<>();
        for (int j = 0; j < mentors; j++) {
            mentorIds.add(PersonId.of("mentor-" + j));
        }
        for (int i = 0; i < mentees; i++) {
            menteeIds.add(PersonId.of("mentee-" + i));
        }
        for (int j = 0; j < mentors; j++) {
            MatchingProfile profile = profile(random, mentorIds.get(j), 3 + random.nextInt(6), menteeIds);
            request.mentor(profile, 1 + random.nextInt(3));
        }
        for (int i = 0; i < mentees; i++) {
            request.mentee(profile(random, menteeIds.get(i), 1 + random.nextInt(4), mentorIds));
        }
        for (PersonId mentee : menteeIds) {
            for (PersonId mentor : mentorIds) {
                if (random.nextDouble() < excludedShare) {
                    request.exclude(new Pairing(mentor, mentee));
                }
            }
        }
        return request.build();
    }

    private static MatchingProfile profile(Random random, PersonId person, int level, List<PersonId> others) {
        Set<String> languages = new LinkedHashSet<>();
        if (random.nextDouble() < 0.9) {
            languages.add("fr");
        }
        if (random.nextDouble() < 0.6 || languages.isEmpty()) {
            languages.add("en");
        }
        if (random.nextDouble() < 0.1) {
            languages.add("de");
        }
        Set<String> topics = new LinkedHashSet<>();
        int topicCount = 2 + random.nextInt(5);
        while (topics.size() < topicCount) {
            topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
        }
        List<PersonId> wishes = new ArrayList<>();
        int wishCount = random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0;
        while (wishes.size() < wishCount) {
            PersonId wish = others.get(random.nextInt(others.size()));
            if (!wishes.contains(wish)) {
                wishes.add(wish);
            }
        }
        WorkMode[] modes = WorkMode.values();
        return MatchingProfile.builder(person)
                .department(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())))
                .site(SITES.get(random.nextInt(SITES.size())))
                .workMode(modes[random.nextInt(modes.length)])
                .languages(languages)
                .level(level)
                .topics(topics)
                .wishes(wishes)
                .build();
    }

    /**
     * @param request a request
     * @return how many mentees its mentors can take in all
     */
    public static int seats(MatchingRequest request) {
        return request.mentors().stream().mapToInt(Mentor::capacity).sum();
    }
}
