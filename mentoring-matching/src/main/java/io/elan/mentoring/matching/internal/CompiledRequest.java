package io.elan.mentoring.matching.internal;

import io.elan.mentoring.matching.CriterionScore;
import io.elan.mentoring.matching.CriterionScore.LocationFit;
import io.elan.mentoring.matching.CriterionWeights;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.HardRule;
import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.matching.Mentor;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.matching.WorkMode;
import io.elan.mentoring.spi.PersonId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A request compiled for speed: mentors and mentees sorted by id (so that the order in which the host lists them
 * changes nothing), languages and topics as bit sets, departments and sites as numbers, blocks and exclusions as one
 * bit per pairing. Answers the hard rules and the score of any pairing in a few machine operations. Immutable once
 * built; thread-safe.
 */
public final class CompiledRequest {
    private static final Comparator<PersonId> BY_ID = Comparator.comparing(PersonId::value);
    /** The most any pairing can score: five criteria of at most {@value CriterionWeights#MAX_WEIGHT} points. */
    public static final int MAX_SCORE = 5 * CriterionWeights.MAX_WEIGHT;
    /** Levels away from the target gap at which the level-gap criterion gives nothing. */
    static final int LEVEL_GAP_SPAN = 3;

    private final MatchingRules rules;
    private final CriterionWeights weights;
    private final List<MatchingProfile> mentees;
    private final List<MatchingProfile> mentors;
    private final int[] capacities;
    private final Map<PersonId, Integer> menteeIndex = new HashMap<>();
    private final Map<PersonId, Integer> mentorIndex = new HashMap<>();
    private final int n;
    private final int m;

    private final int[] menteeLevel;
    private final int[] mentorLevel;
    private final long[][] menteeLanguages;
    private final long[][] mentorLanguages;
    private final long[][] menteeTopics;
    private final long[][] mentorTopics;
    private final int[] menteeTopicCount;
    private final int[] menteeDepartment;
    private final int[] mentorDepartment;
    private final int[] menteeSite;
    private final int[] mentorSite;
    private final WorkMode[] menteeMode;
    private final WorkMode[] mentorMode;
    /** For each mentee, the mentors in their reporting line; for each mentor, the mentees in theirs. */
    private final int[][] menteeManagers;
    private final int[][] mentorManagers;
    /** For each mentee, the mentors they wish for by rank (-1 for a wish outside the request); same for mentors. */
    private final int[][] menteeWishes;
    private final int[][] mentorWishes;
    private final BitSet blocked;
    private final BitSet excluded;

    /**
     * @param request a valid request
     */
    public CompiledRequest(MatchingRequest request) {
        this.rules = request.rules();
        this.weights = rules.weights();
        this.mentees = request.mentees().stream().sorted(Comparator.comparing(MatchingProfile::person, BY_ID))
                .toList();
        List<Mentor> sortedMentors = request.mentors().stream()
                .sorted(Comparator.comparing(mentor -> mentor.profile().person(), BY_ID)).toList();
        this.mentors = sortedMentors.stream().map(Mentor::profile).toList();
        this.n = mentees.size();
        this.m = mentors.size();
        this.capacities = sortedMentors.stream().mapToInt(Mentor::capacity).toArray();
        for (int i = 0; i < n; i++) {
            menteeIndex.put(mentees.get(i).person(), i);
        }
        for (int j = 0; j < m; j++) {
            mentorIndex.put(mentors.get(j).person(), j);
        }
        Dictionary languages = new Dictionary();
        Dictionary topics = new Dictionary();
        Dictionary departments = new Dictionary();
        Dictionary sites = new Dictionary();
        mentees.forEach(p -> {
            languages.addAll(p.languages());
            topics.addAll(p.topics());
        });
        mentors.forEach(p -> {
            languages.addAll(p.languages());
            topics.addAll(p.topics());
        });
        menteeLevel = mentees.stream().mapToInt(MatchingProfile::level).toArray();
        mentorLevel = mentors.stream().mapToInt(MatchingProfile::level).toArray();
        menteeLanguages = mentees.stream().map(p -> languages.bits(p.languages())).toArray(long[][]::new);
        mentorLanguages = mentors.stream().map(p -> languages.bits(p.languages())).toArray(long[][]::new);
        menteeTopics = mentees.stream().map(p -> topics.bits(p.topics())).toArray(long[][]::new);
        mentorTopics = mentors.stream().map(p -> topics.bits(p.topics())).toArray(long[][]::new);
        menteeTopicCount = mentees.stream().mapToInt(p -> p.topics().size()).toArray();
        menteeDepartment = mentees.stream().mapToInt(p -> departments.code(p.department())).toArray();
        mentorDepartment = mentors.stream().mapToInt(p -> departments.code(p.department())).toArray();
        menteeSite = mentees.stream().mapToInt(p -> sites.code(p.site())).toArray();
        mentorSite = mentors.stream().mapToInt(p -> sites.code(p.site())).toArray();
        menteeMode = mentees.stream().map(MatchingProfile::workMode).toArray(WorkMode[]::new);
        mentorMode = mentors.stream().map(MatchingProfile::workMode).toArray(WorkMode[]::new);
        menteeManagers = mentees.stream().map(p -> indices(p.managers(), mentorIndex, false)).toArray(int[][]::new);
        mentorManagers = mentors.stream().map(p -> indices(p.managers(), menteeIndex, false)).toArray(int[][]::new);
        menteeWishes = mentees.stream().map(p -> indices(p.wishes(), mentorIndex, true)).toArray(int[][]::new);
        mentorWishes = mentors.stream().map(p -> indices(p.wishes(), menteeIndex, true)).toArray(int[][]::new);
        blocked = new BitSet();
        excluded = new BitSet();
        for (int i = 0; i < n; i++) {
            for (PersonId other : mentees.get(i).blocked()) {
                Integer j = mentorIndex.get(other);
                if (j != null) {
                    blocked.set(cell(i, j));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            for (PersonId other : mentors.get(j).blocked()) {
                Integer i = menteeIndex.get(other);
                if (i != null) {
                    blocked.set(cell(i, j));
                }
            }
        }
        for (Pairing pairing : request.exclusions()) {
            Integer i = menteeIndex.get(pairing.mentee());
            Integer j = mentorIndex.get(pairing.mentor());
            if (i != null && j != null) {
                excluded.set(cell(i, j));
            }
        }
    }

    /** Gives each distinct text a number, in the order first seen; texts of a set become bits. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();

        void addAll(Set<String> texts) {
            // Sorted sets come in a stable order, so the numbering does not depend on hashing.
            new TreeSet<>(texts).forEach(this::code);
        }

        int code(@Nullable String text) {
            return text == null ? -1 : codes.computeIfAbsent(text, t -> codes.size());
        }

        long[] bits(Set<String> texts) {
            long[] words = new long[(codes.size() + 63) / 64];
            for (String text : texts) {
                int code = codes.get(text);
                words[code >>> 6] |= 1L << code;
            }
            return words;
        }
    }

    private static int[] indices(List<PersonId> people, Map<PersonId, Integer> index, boolean keepUnknown) {
        List<Integer> found = new ArrayList<>();
        for (PersonId person : people) {
            Integer at = index.get(person);
            if (at != null || keepUnknown) {
                found.add(at == null ? -1 : at);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private int cell(int mentee, int mentor) {
        return mentee * m + mentor;
    }

    /** @return the rules */
    public MatchingRules rules() {
        return rules;
    }

    /** @return how many mentees */
    public int mentees() {
        return n;
    }

    /** @return how many mentors */
    public int mentors() {
        return m;
    }

    /**
     * @param i a mentee index
     * @return the mentee's profile
     */
    public MatchingProfile mentee(int i) {
        return mentees.get(i);
    }

    /**
     * @param j a mentor index
     * @return the mentor's profile
     */
    public MatchingProfile mentor(int j) {
        return mentors.get(j);
    }

    /**
     * @param j a mentor index
     * @return how many more mentees the mentor can take
     */
    public int capacity(int j) {
        return capacities[j];
    }

    /**
     * @param person a mentee
     * @return their index, or -1 if not a mentee of the request
     */
    public int menteeIndex(PersonId person) {
        return menteeIndex.getOrDefault(person, -1);
    }

    /**
     * @param person a mentor
     * @return their index, or -1 if not a mentor of the request
     */
    public int mentorIndex(PersonId person) {
        return mentorIndex.getOrDefault(person, -1);
    }

    /**
     * @param i a mentee index
     * @param j a mentor index
     * @return the first hard rule the pairing breaks, in the order of {@link HardRule}, or {@code null} if none
     */
    public @Nullable HardRule firstBroken(int i, int j) {
        if (contains(menteeManagers[i], j) || contains(mentorManagers[j], i)) {
            return HardRule.REPORTING_LINE;
        }
        if (rules.sharedLanguageRequired() && !intersects(menteeLanguages[i], mentorLanguages[j])) {
            return HardRule.NO_SHARED_LANGUAGE;
        }
        if (mentorLevel[j] - menteeLevel[i] < rules.minimumLevelGap()) {
            return HardRule.LEVEL_GAP;
        }
        if (blocked.get(cell(i, j))) {
            return HardRule.BLOCKED;
        }
        if (excluded.get(cell(i, j))) {
            return HardRule.EXCLUDED;
        }
        return null;
    }

    /**
     * @param i a mentee index
     * @param j a mentor index
     * @return every hard rule the pairing breaks, in the order of {@link HardRule}
     */
    public List<HardRule> broken(int i, int j) {
        List<HardRule> broken = new ArrayList<>();
        if (contains(menteeManagers[i], j) || contains(mentorManagers[j], i)) {
            broken.add(HardRule.REPORTING_LINE);
        }
        if (rules.sharedLanguageRequired() && !intersects(menteeLanguages[i], mentorLanguages[j])) {
            broken.add(HardRule.NO_SHARED_LANGUAGE);
        }
        if (mentorLevel[j] - menteeLevel[i] < rules.minimumLevelGap()) {
            broken.add(HardRule.LEVEL_GAP);
        }
        if (blocked.get(cell(i, j))) {
            broken.add(HardRule.BLOCKED);
        }
        if (excluded.get(cell(i, j))) {
            broken.add(HardRule.EXCLUDED);
        }
        return broken;
    }

    /**
     * @param i a mentee index
     * @param j a mentor index
     * @return the pairing's score: the sum of the points of {@link #criteria}
     */
    public int score(int i, int j) {
        return topicPoints(i, j) + levelGapPoints(i, j) + departmentPoints(i, j) + locationPoints(fit(i, j))
                + wishPoints(i, j);
    }

    /**
     * @param i a mentee index
     * @param j a mentor index
     * @return what each soft criterion with a weight gives the pairing, in the order of {@link CriterionWeights}
     */
    public List<CriterionScore> criteria(int i, int j) {
        List<CriterionScore> criteria = new ArrayList<>(5);
        MatchingProfile mentee = mentees.get(i);
        MatchingProfile mentor = mentors.get(j);
        if (weights.topics() > 0) {
            List<String> shared = mentee.topics().stream().filter(mentor.topics()::contains).sorted().toList();
            criteria.add(new CriterionScore.SharedTopics(topicPoints(i, j), weights.topics(), shared,
                    menteeTopicCount[i]));
        }
        if (weights.levelGap() > 0) {
            criteria.add(new CriterionScore.LevelGap(levelGapPoints(i, j), weights.levelGap(),
                    mentorLevel[j] - menteeLevel[i], rules.targetLevelGap()));
        }
        if (weights.department() > 0 && rules.departmentPreference() != DepartmentPreference.NO_PREFERENCE) {
            criteria.add(new CriterionScore.Department(departmentPoints(i, j), weights.department(),
                    mentor.department(), mentee.department(), rules.departmentPreference()));
        }
        if (weights.location() > 0) {
            LocationFit fit = fit(i, j);
            criteria.add(new CriterionScore.Location(locationPoints(fit), weights.location(), fit,
                    fit == LocationFit.SAME_SITE ? mentee.site() : null));
        }
        if (weights.wishes() > 0) {
            criteria.add(new CriterionScore.Wishes(wishPoints(i, j), weights.wishes(), rank(menteeWishes[i], j),
                    rank(mentorWishes[j], i)));
        }
        return criteria;
    }

    private int topicPoints(int i, int j) {
        int goals = menteeTopicCount[i];
        if (goals == 0) {
            return 0;
        }
        int shared = 0;
        long[] a = menteeTopics[i];
        long[] b = mentorTopics[j];
        for (int w = 0; w < a.length; w++) {
            shared += Long.bitCount(a[w] & b[w]);
        }
        return weights.topics() * shared / goals;
    }

    private int levelGapPoints(int i, int j) {
        int away = Math.abs(mentorLevel[j] - menteeLevel[i] - rules.targetLevelGap());
        return away >= LEVEL_GAP_SPAN ? 0 : weights.levelGap() * (LEVEL_GAP_SPAN - away) / LEVEL_GAP_SPAN;
    }

    private int departmentPoints(int i, int j) {
        DepartmentPreference preference = rules.departmentPreference();
        if (preference == DepartmentPreference.NO_PREFERENCE || menteeDepartment[i] < 0 || mentorDepartment[j] < 0) {
            return 0;
        }
        boolean same = menteeDepartment[i] == mentorDepartment[j];
        return same == (preference == DepartmentPreference.SAME_DEPARTMENT) ? weights.department() : 0;
    }

    private LocationFit fit(int i, int j) {
        WorkMode a = menteeMode[i];
        WorkMode b = mentorMode[j];
        if (menteeSite[i] >= 0 && menteeSite[i] == mentorSite[j] && a.meetsInPerson() && b.meetsInPerson()) {
            return LocationFit.SAME_SITE;
        }
        if (a == WorkMode.REMOTE && b == WorkMode.REMOTE) {
            return LocationFit.BOTH_REMOTE;
        }
        if (a.meetsRemotely() && b.meetsRemotely()) {
            return LocationFit.REMOTE_POSSIBLE;
        }
        return LocationFit.HARD_TO_MEET;
    }

    private int locationPoints(LocationFit fit) {
        return switch (fit) {
            case SAME_SITE, BOTH_REMOTE -> weights.location();
            case REMOTE_POSSIBLE -> weights.location() / 2;
            case HARD_TO_MEET -> 0;
        };
    }

    private int wishPoints(int i, int j) {
        int strength = wishStrength(rank(menteeWishes[i], j)) + wishStrength(rank(mentorWishes[j], i));
        return weights.wishes() * strength / (2 * MatchingProfile.MAX_WISHES);
    }

    private static int wishStrength(int rank) {
        return rank == 0 ? 0 : MatchingProfile.MAX_WISHES + 1 - rank;
    }

    private static int rank(int[] wishes, int other) {
        for (int r = 0; r < wishes.length; r++) {
            if (wishes[r] == other) {
                return r + 1;
            }
        }
        return 0;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }
}
