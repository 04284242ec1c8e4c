package io.elan.mentoring.report.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.matching.MatchingInput;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.matching.ProposedPair;
import io.elan.mentoring.matching.Unmatched;
import io.elan.mentoring.report.ProgramReport;
import io.elan.mentoring.report.internal.ReportPage;
import io.elan.mentoring.report.model.MatchingRecord;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A program whose pairs were proposed and confirmed through the engine's matching: two mentors of one mentee each for
 * three mentees, so one mentee is left out. The report shows the proposal's quality and who was left out and why, in
 * French and English, and exports every proposed pair with its score and criteria.
 */
@DisplayName("the matching in the programme report")
class MatchingInTheReportTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final ProgramId SPRING = ProgramId.of("spring-2027");
    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);
    private static final Map<String, Integer> LEVELS = Map.of("ana", 6, "bruno", 5, "chloe", 3, "driss", 4,
            "emma", 2);

    private final SteppedClock clock = new SteppedClock(KICK_OFF.minusDays(7).atTime(9, 0)
            .atZone(ZoneId.of("Europe/Paris")).toInstant());
    private final InMemoryStores stores = new InMemoryStores();
    private final InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
    private Elan elan;
    private Proposal confirmed;

    @BeforeEach
    void matchAndConfirm() {
        elan = Elan.builder().stores(stores).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(directory).clock(clock)
                .build();
        TenantScope acme = elan.tenant(ACME);
        acme.programs().define(ProgramDefinition.builder().id(SPRING).name("Mentorat printemps 2027")
                .kickOff(KICK_OFF).zone(ZoneId.of("Europe/Paris")).build());
        acme.programs().openEnrolment(SPRING);
        LEVELS.keySet().forEach(id -> directory.put(ACME, Person.of(PersonId.of(id), "Person " + id).toBuilder()
                .orgUnit(id.equals("ana") || id.equals("chloe") ? "finance" : "sales").locale(Locale.FRENCH)
                .build()));
        acme.participants().enrol(SPRING, Role.MENTOR, List.of(PersonId.of("ana"), PersonId.of("bruno")));
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("chloe"), PersonId.of("driss"),
                PersonId.of("emma")));
        MatchingInput input = MatchingInput.builder().completion((profile, role) -> profile.toBuilder()
                .level(LEVELS.get(profile.person().value())).topics(role == Role.MENTOR ? List.of("leadership")
                        : List.of("leadership", "data")).build()).build();
        confirmed = acme.matching().propose(SPRING, input);
        acme.matching().confirm(SPRING, confirmed);
    }

    private ReportInput read(Locale locale) {
        return ElanReportReader.builder().elan(elan).program(ACME, SPRING).stores(stores).asOf(KICK_OFF)
                .locale(locale).build().read();
    }

    @Test
    @DisplayName("the reader gives every confirmed pair with its score and criteria, and who was left out and why")
    void read() {
        MatchingRecord matching = read(Locale.ENGLISH).matching();

        assertThat(matching).isNotNull();
        assertThat(matching.confirmations()).isOne();
        assertThat(matching.confirmedOn()).isEqualTo(KICK_OFF.minusDays(7));
        assertThat(matching.maxPairScore()).isEqualTo(confirmed.maxPairScore());
        assertThat(matching.pairs()).extracting(MatchingRecord.MatchedPair::score)
                .containsExactlyElementsOf(confirmed.pairs().stream().map(ProposedPair::score).toList());
        assertThat(matching.pairs().get(0).reasons()).isEqualTo(confirmed.pairs().get(0).explain(Locale.ENGLISH));
        Unmatched left = confirmed.unmatchedMentees().get(0);
        assertThat(matching.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Person " + left.person().value());
            assertThat(u.explanation()).isEqualTo(left.explain(Locale.ENGLISH))
                    .isEqualTo("Capacity exhausted: the 2 compatible mentors are all full.");
        });
    }

    @Test
    @DisplayName("the page shows the scores' spread in a chart with a title, a text alternative and whole-number "
            + "ticks, and who was left out and why, in French and in English")
    void page() {
        String english = ProgramReport.of(read(Locale.ENGLISH)).html();
        String french = ProgramReport.of(read(Locale.FRENCH)).html();

        for (String html : List.of(english, french)) {
            Matcher chart = Pattern.compile("<svg[^>]*id=\"" + ReportPage.MATCHING_CHART + "\".*?</svg>",
                    Pattern.DOTALL).matcher(html);
            assertThat(chart.find()).isTrue();
            String svg = chart.group();
            assertThat(svg).contains("role=\"img\"").containsPattern("<title[^>]*>[^<]+</title>")
                    .containsPattern("<desc[^>]*>[^<]+</desc>");
            Matcher ticks = Pattern.compile("<text[^>]*font-size=\"1[12]\"[^>]*>([^<]*)</text>").matcher(svg);
            while (ticks.find()) {
                assertThat(ticks.group(1)).doesNotContain(".", ",");
            }
        }
        assertThat(english).contains("How the pairs were matched", "Pairs by matching score",
                "Capacity exhausted: the 2 compatible mentors are all full.", "2 pairs formed by matching");
        assertThat(french).contains("Formation des binômes", "Binômes par score",
                "Sans binôme après la dernière proposition", "Capacité épuisée");
    }

    @Test
    @DisplayName("the proposed pairs file gives each pair’s score and criteria, then who was left out and why")
    void csv() throws Exception {
        String file = ProgramReport.of(read(Locale.ENGLISH)).csv().get("proposed-pairs.csv");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 2; i++) {
            ProposedPair pair = confirmed.pairs().get(i);
            assertThat(rows.get(i).get("mentor")).isEqualTo("Person " + pair.mentor().value());
            assertThat(rows.get(i).get("score")).isEqualTo(Integer.toString(pair.score()));
            assertThat(rows.get(i).get("criteria")).isEqualTo(String.join(" | ", pair.explain(Locale.ENGLISH)));
        }
        assertThat(rows.get(2).get("left out: reason")).endsWith(": Capacity exhausted: the 2 compatible mentors "
                + "are all full.");
    }

    @Test
    @DisplayName("a program whose pairs were formed by hand has no matching section and no proposed pairs file")
    void withoutProposal() {
        TenantScope acme = elan.tenant(ACME);
        acme.programs().define(ProgramDefinition.builder().id("by-hand").name("À la main").kickOff(KICK_OFF)
                .zone(ZoneId.of("Europe/Paris")).build());
        ReportInput input = ElanReportReader.builder().elan(elan).program(ACME, ProgramId.of("by-hand"))
                .stores(stores).asOf(KICK_OFF).locale(Locale.ENGLISH).build().read();

        assertThat(input.matching()).isNull();
        assertThat(ProgramReport.of(input).csv()).doesNotContainKey("proposed-pairs.csv");
        assertThat(ProgramReport.of(input).html()).doesNotContain(ReportPage.MATCHING_CHART);
    }
}
