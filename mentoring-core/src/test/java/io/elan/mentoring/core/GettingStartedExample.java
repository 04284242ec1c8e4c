package io.elan.mentoring.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.core.json.ElanModule;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.report.SurveyReportText;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A ten-month program run through the engine's timer call. docs/getting-started.md quotes this file whole. */
final class GettingStartedExample {

    static void run(PrintStream out) throws Exception {
        // 1. Your ports. In memory here; in production JdbcStores (every storage port at once), your message gateway,
        //    your people directory, wave secrets from your key store and Clock.systemUTC().
        TenantId acme = TenantId.of("acme");
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        List<PersonId> mentors = new ArrayList<>();
        List<PersonId> mentees = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            mentors.add(PersonId.of("mentor-" + i));
            mentees.add(PersonId.of("mentee-" + i));
            directory.put(acme, Person.of(mentors.get(i - 1), "Mentor " + i).toBuilder()
                    .email("mentor-" + i + "@acme.example").locale(Locale.ENGLISH).build());
            directory.put(acme, Person.of(mentees.get(i - 1), "Mentee " + i).toBuilder()
                    .email("mentee-" + i + "@acme.example").locale(Locale.ENGLISH).build());
        }
        InMemoryMessageGateway gateway = new InMemoryMessageGateway(Channel.EMAIL);
        HandClock clock = new HandClock(Instant.parse("2027-01-04T08:00:00Z"));

        Elan elan = Elan.builder()
                .stores(new InMemoryStores())
                .waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.acme.example/surveys/{program}/{wave}?token={token}"))
                .messageGateway(gateway)
                .peopleDirectory(directory)
                .clock(clock)
                .build();

        // 2. A program defined in JSON, read with your own ObjectMapper: ten months from the kick-off, the practice's
        //    rituals, French public holidays, and the mid-point questionnaire from 14 to 2 days before its workshop.
        ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());
        ProgramDefinition definition = mapper.readValue("""
                {"id": "spring-2027", "name": "Spring mentoring 2027", "kickOff": "2027-01-11",
                 "zone": "Europe/Paris", "locale": "en", "cadence": "ten-months",
                 "questionnaires": [{"questionnaire": "mid-point", "ritual": "mid-point",
                                     "opensDaysBefore": 14, "closesDaysBefore": 2}]}
                """, ProgramDefinition.class);
        TenantScope tenant = elan.tenant(acme);
        ProgramId spring = tenant.programs().define(definition).id();
        tenant.programs().openEnrolment(spring);
        tenant.participants().enrol(spring, Role.MENTOR, mentors);
        tenant.participants().enrol(spring, Role.MENTEE, mentees);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pairs.add(tenant.pairs().form(spring, mentors.get(i), mentees.get(i)));
        }
        tenant.programs().markReady(spring);
        ProgramCalendar calendar = tenant.calendar().plan(spring).calendar();
        Instant kickOff = Instant.parse("2027-01-11T08:00:00Z");

        // 3. Ten months, one timer call an hour (your scheduler calls elan.runDue() every minute or so). Pairs 1 to 4
        //    meet every Wednesday; pairs 5 and 6 stop after six weeks. Everyone but mentor 6 and mentee 6 answers
        //    the mid-point questionnaire on the page their invitation links to.
        int delivered = 0;
        Set<String> answered = new HashSet<>();
        for (Instant now = clock.instant(); now.isBefore(Instant.parse("2027-11-11T08:00:00Z"));
                now = now.plus(Duration.ofHours(1))) {
            clock.set(now);
            if (now.equals(kickOff)) {
                tenant.programs().start(spring);
            }
            ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
            if (utc.getDayOfWeek() == DayOfWeek.WEDNESDAY && utc.getHour() == 12 && now.isAfter(kickOff)) {
                for (int i = 0; i < 6; i++) {
                    if (i < 4 || now.isBefore(kickOff.plus(Duration.ofDays(42)))) {
                        tenant.activity().reportPairActivity(spring,
                                List.of(PairActivity.meeting(pairs.get(i).id(), now)));
                    }
                }
            }
            delivered += elan.runDue().delivery().delivered();
            for (OutgoingMessage message : gateway.delivered()) {
                String person = message.recipient().value();
                if (message.kind().equals("survey-invitation") && !person.endsWith("-6") && answered.add(person)) {
                    URI link = message.content().callToAction().url();   // what your survey page receives
                    String wave = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
                    ResponseToken token = ResponseToken.of(link.getQuery().substring("token=".length()));
                    SurveyForm form = tenant.surveys().form(spring, wave, token);
                    Map<String, Answer> answers = new HashMap<>();
                    for (Item item : form.items()) {
                        if (item.kind().numeric()) {
                            answers.put(item.id(), new Answer.Numeric(person.endsWith("-5")
                                    ? item.kind().min() : item.kind().max() - 1));
                        }
                    }
                    tenant.surveys().submit(spring, wave, token, answers);
                }
            }
        }

        // 4. What the program team sees: the calendar, the findings, the survey report.
        out.println(delivered + " messages delivered");
        for (PlannedTouchpoint touchpoint : calendar.touchpoints()) {
            if (touchpoint.format() != Format.CHECKPOINT_CALL) {
                out.println(touchpoint.start().toLocalDate() + " " + touchpoint.summary(Locale.ENGLISH));
            }
        }
        ProgramAssessment assessment = tenant.engagement().assess(spring);
        for (PairAssessment pair : assessment.pairs()) {
            out.println(pair.pair().value() + ": " + pair.status());
            pair.findings().forEach(f -> out.println("  " + new ReasonTexts().describe(f, Locale.ENGLISH)));
        }
        for (SurveyWave wave : tenant.surveys().waves(spring)) {
            out.println(wave.id() + ": " + wave.answered() + " of " + wave.invited() + " answered");
            out.println(SurveyReportText.render(tenant.surveys().report(spring, wave.id()), Locale.ENGLISH));
        }
    }

    /** A clock the example moves by hand; a host gives Élan {@code Clock.systemUTC()}. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
