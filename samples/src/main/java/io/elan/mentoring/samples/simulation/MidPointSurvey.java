package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.anonymity.AnonymityPolicy;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import io.elan.mentoring.survey.collection.SurveyCollector;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.scheduling.QuestionnaireWindow;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The mid-point questionnaire (questionnaire de mi-parcours) as a host runs it with the survey module: one wave open
 * over the calendar's questionnaire window, an invitation with a single-use token for every participant, synthetic
 * anonymous answers that follow how each respondent's pair is doing, and the report read through the anonymity
 * guard, the only way figures leave the module. Not thread-safe: the simulation drives it from one thread.
 */
final class MidPointSurvey {
    /** The id of the mid-point wave. */
    static final String WAVE = "mi-parcours";

    /**
     * An answer waiting to be submitted.
     *
     * @param invitation the respondent's invitation, holding the token
     * @param at when the respondent submits
     * @param answers the answers by item id
     */
    private record Pending(Invitation invitation, Instant at, Map<String, Answer> answers) {}

    private static final List<String> COMMENTS = List.of(
            "Trouver des créneaux communs reste difficile.",
            "Les échanges avec mon binôme m'aident beaucoup à prendre du recul.",
            "J'aimerais davantage d'exemples concrets pendant les ateliers.",
            "Le replay utile m'a permis de rattraper le webinaire manqué.",
            "Nous avons du mal à garder le rythme depuis quelques semaines.",
            "Un temps sur le feedback serait précieux.");

    private final TenantId tenant;
    private final ProgramId program;
    private final Wave wave;
    private final SurveyCollector collector;
    private final AnonymityGuard guard;
    private final SimulatedClock clock;
    private final List<Pending> pending = new ArrayList<>();

    /**
     * @param tenant the tenant
     * @param program the program
     * @param window the questionnaire window of the mid-point workshop, from the program calendar
     * @param responses where the anonymous answers are stored
     * @param invitations where the invitations are kept
     * @param releases where the anonymity guard remembers what it released
     * @param waves where the wave's definition is pinned when it opens
     * @param clock the simulated clock, moved to each answer's time as it is submitted
     * @param seed the seed tokens and wave secrets are drawn from, so that runs repeat exactly
     */
    MidPointSurvey(TenantId tenant, ProgramId program, QuestionnaireWindow window, SurveyResponseStore responses,
            TokenRegistry invitations, ReleaseLedger releases, WaveDefinitionStore waves, SimulatedClock clock,
            long seed) {
        this.tenant = tenant;
        this.clock = clock;
        this.program = program;
        this.wave = new Wave(WAVE, WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
                window.opens().toInstant(), window.closes().toInstant());
        this.collector = SurveyCollector.builder()
                .store(responses)
                .registry(invitations)
                .secrets(new InMemoryWaveSecrets(seeded(seed)))
                .waves(waves)
                .clock(clock)
                .random(seeded(seed + 1))
                .build();
        this.guard = AnonymityGuard.builder().store(responses).registry(invitations).ledger(releases).waves(waves)
                .policy(AnonymityPolicy.defaults()).build();
    }

    // A seeded SHA1PRNG repeats its output, which a real host never wants and this sample needs: same seed, same run.
    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA1PRNG", e);
        }
    }

    /**
     * Invites every participant when the wave opens and draws who answers, when, and what.
     *
     * @param respondents each participant with their pair
     * @param zone where the respondents live
     * @param week the program week the wave opens in
     * @param random the seeded source of every draw
     */
    void open(List<SyntheticPair> respondents, ZoneId zone, int week, Random random) {
        ZonedDateTime opens = wave.opensAt().atZone(zone);
        long days = ChronoUnit.DAYS.between(opens.toLocalDate(), wave.closesAt().atZone(zone).toLocalDate());
        for (SyntheticPair pair : respondents) {
            for (SyntheticPerson person : List.of(pair.mentor(), pair.mentee())) {
                Invitation invitation = collector.invite(tenant, program, wave, person.id(), person.role());
                if (random.nextDouble() < person.answersSurvey()) {
                    // Each answers one morning after the invitation, before work, the last day included.
                    Instant at = opens.toLocalDate().plusDays(1 + random.nextInt((int) days))
                            .atTime(7, 30 + random.nextInt(30)).atZone(zone).toInstant();
                    pending.add(new Pending(invitation, at, answers(person, pair.behaviour().engagedIn(week), random)));
                }
            }
        }
        pending.sort(Comparator.comparing(Pending::at).thenComparing(p -> p.invitation().person().value()));
    }

    /**
     * Submits the answers due by an instant, each at its own time (or now, if that is already past), as respondents
     * open their link.
     *
     * Answers are not reported to the activity log: a log entry with a time beside each submission would let whoever
     * reads both line answers up with people, which the collector's design keeps apart.
     *
     * @param now the current instant
     */
    void submitDue(Instant now) {
        while (!pending.isEmpty() && !pending.get(0).at().isAfter(now)) {
            Pending next = pending.remove(0);
            clock.advanceTo(next.at());
            collector.submit(tenant, program, wave, next.invitation().token(), next.answers());
        }
    }

    /**
     * Publishes what the closed wave still holds, as a host does before the report: responses wait, sealed, until k
     * of the same segments are in, and at close the rest is pooled by role or withheld.
     *
     * @return the wave's report, as the anonymity guard releases it
     */
    SurveyReport report() {
        collector.publish(tenant, program, wave);
        return guard.report(tenant, program, wave, null);
    }

    private static Map<String, Answer> answers(SyntheticPerson person, boolean pairGoingWell, Random random) {
        Questionnaire questionnaire = StandardQuestionnaires.midPoint();
        Map<String, Answer> answers = new LinkedHashMap<>();
        // Mentees of pairs going well rate the relationship a little higher; mentors doubt their own help more.
        double mood = pairGoingWell ? (person.role() == Role.MENTEE ? 4.3 : 3.9) : 2.2;
        for (Item item : questionnaire.items()) {
            if (!item.track().includes(person.role())) {
                continue;
            }
            switch (item.kind()) {
                case LIKERT_5, LIKERT_7 -> answers.put(item.id(),
                        new Answer.Numeric(clamp(Math.round(mood + random.nextGaussian() * 0.8), item.kind().min(),
                                item.kind().max())));
                case SCORE_0_10 -> answers.put(item.id(),
                        new Answer.Numeric(clamp(Math.round(mood * 2 + random.nextGaussian() * 1.5), 0, 10)));
                case YES_NO -> answers.put(item.id(), new Answer.Numeric(random.nextDouble() < 0.55 ? 1 : 0));
                case SINGLE_CHOICE -> {
                    List<ChoiceOption> options = item.options();
                    int index = pairGoingWell ? random.nextInt(Math.min(3, options.size()))
                            : options.size() - 1 - random.nextInt(2);
                    answers.put(item.id(), new Answer.Choices(Set.of(options.get(index).code())));
                }
                case MULTIPLE_CHOICE -> {
                    Set<String> chosen = new LinkedHashSet<>();
                    int count = 1 + random.nextInt(2);
                    while (chosen.size() < count) {
                        chosen.add(item.options().get(random.nextInt(item.options().size())).code());
                    }
                    answers.put(item.id(), new Answer.Choices(chosen));
                }
                case FREE_TEXT -> {
                    if (random.nextDouble() < 0.3) {
                        answers.put(item.id(), new Answer.Text(COMMENTS.get(random.nextInt(COMMENTS.size()))));
                    }
                }
            }
        }
        return answers;
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
