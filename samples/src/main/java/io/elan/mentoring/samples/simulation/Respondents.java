package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The people answering the engine's questionnaires, as a host's survey page sees them: each reads the invitation the
 * engine sent, follows its personal link (the page reads the wave and the token from it), is shown the items of their
 * track and submits synthetic anonymous answers that follow how their pair is doing. The host keeps nothing of who
 * answered what. Not thread-safe: the simulation drives it from one thread.
 */
final class Respondents {

    /** The host's survey page: the engine puts each respondent's wave and token in their link. */
    static final String SURVEY_PAGE = "https://intranet.entreprise.example/mentorat/questionnaire/{wave}?jeton={token}";

    /**
     * An answer waiting to be given.
     *
     * @param wave the wave, read from the link
     * @param token the token, read from the link
     * @param person who answers
     * @param at when they answer
     * @param pairGoingWell whether their pair was going well when they were invited
     */
    private record Pending(String wave, ResponseToken token, SyntheticPerson person, Instant at,
            boolean pairGoingWell) {}

    private static final List<String> COMMENTS = List.of(
            "Trouver des créneaux communs reste difficile.",
            "Les échanges avec mon binôme m’aident beaucoup à prendre du recul.",
            "J’aimerais davantage d’exemples concrets pendant les ateliers.",
            "Le replay utile m’a permis de rattraper le webinaire manqué.",
            "Nous avons du mal à garder le rythme depuis quelques semaines.",
            "Un temps sur le feedback serait précieux.");


    private final Surveys surveys;
    private final ProgramId program;
    private final ZoneId zone;
    private final SimulatedClock clock;
    private final List<Pending> pending = new ArrayList<>();
    private int read;
    private int submitted;

    /**
     * @param surveys the tenant's surveys, where the page takes the answers
     * @param program the program
     * @param zone where the respondents live
     * @param clock the simulated clock, moved to each answer's time as it is submitted
     */
    Respondents(Surveys surveys, ProgramId program, ZoneId zone, SimulatedClock clock) {
        this.surveys = surveys;
        this.program = program;
        this.zone = zone;
        this.clock = clock;
    }

    /** @return how many answered */
    int submitted() {
        return submitted;
    }

    /**
     * Reads the invitations that left since the last call and draws who answers, when and how: those who do, one
     * morning before work between the day after their invitation and the last day of the wave.
     *
     * @param sent every message that left so far, in order
     * @param people each person, by id
     * @param pairGoingWell whether a person's pair is going well now
     * @param random the seeded source of every draw
     */
    void read(List<RecordingGateway.Sent> sent, Map<PersonId, SyntheticPerson> people,
            Predicate<PersonId> pairGoingWell, Random random) {
        for (RecordingGateway.Sent message : sent.subList(read, sent.size())) {
            if (!message.message().kind().equals("survey-invitation")) {
                continue;
            }
            URI link = message.message().content().callToAction().url();
            String wave = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
            ResponseToken token = ResponseToken.of(link.getQuery().substring("jeton=".length()));
            SyntheticPerson person = people.get(message.message().recipient());
            if (random.nextDouble() >= person.answersSurvey()) {
                continue;
            }
            LocalDate first = message.sentAt().atZone(zone).toLocalDate().plusDays(1);
            LocalDate last = closes(wave).atZone(zone).toLocalDate();
            int days = (int) Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
            Instant at = first.plusDays(random.nextInt(days)).atTime(7, 30 + random.nextInt(30)).atZone(zone)
                    .toInstant();
            if (at.isBefore(closes(wave))) {
                pending.add(new Pending(wave, token, person, at, pairGoingWell.test(person.id())));
            }
        }
        read = sent.size();
        pending.sort(Comparator.comparing(Pending::at).thenComparing(p -> p.person().id().value()));
    }

    /**
     * Submits the answers due by an instant, each at its own time, as respondents open their link. Answers are not
     * reported to the activity log: a log entry with a time beside each submission would let whoever reads both line
     * answers up with people, which the engine's design keeps apart.
     *
     * @param now the current instant
     * @param random the seeded source of the answers
     */
    void submitDue(Instant now, Random random) {
        while (!pending.isEmpty() && !pending.get(0).at().isAfter(now)) {
            Pending next = pending.remove(0);
            clock.advanceTo(next.at());
            SurveyForm form = surveys.form(program, next.wave(), next.token());
            surveys.submit(program, next.wave(), next.token(),
                    answers(form, next.person(), next.pairGoingWell(), random));
            submitted++;
        }
    }

    private Instant closes(String wave) {
        return surveys.waves(program).stream().filter(w -> w.id().equals(wave)).map(SurveyWave::closes)
                .findFirst().orElseThrow();
    }

    private static Map<String, Answer> answers(SurveyForm form, SyntheticPerson person, boolean pairGoingWell,
            Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        // Mentees of pairs going well rate the relationship a little higher; mentors doubt their own help more.
        double mood = pairGoingWell ? (person.role() == Role.MENTEE ? 4.3 : 3.9) : 2.2;
        for (Item item : form.items()) {
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
