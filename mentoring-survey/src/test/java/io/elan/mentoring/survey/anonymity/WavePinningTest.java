package io.elan.mentoring.survey.anonymity;

import static io.elan.mentoring.survey.anonymity.GuardFixture.MID_POINT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.PROGRAM;
import static io.elan.mentoring.survey.anonymity.GuardFixture.TENANT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.likert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Track;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A wave keeps the definition it was opened with: the guard refuses the same wave id with another one. */
@DisplayName("a pinned wave")
class WavePinningTest {

    private static Wave redeclared(Questionnaire questionnaire) {
        return new Wave(MID_POINT.id(), MID_POINT.kind(), questionnaire, MID_POINT.opensAt(), MID_POINT.closesAt(),
                MID_POINT.segments());
    }

    private static Map<String, List<List<Long>>> released(GuardFixture fixture) {
        Map<String, List<List<Long>>> sets = new TreeMap<>();
        fixture.ledger.released(TENANT, PROGRAM, MID_POINT.id()).forEach((column, family) -> sets.put(column,
                family.stream().map(set -> Arrays.stream(set).sorted().boxed().toList()).toList()));
        return sets;
    }

    private static GuardFixture answered() {
        GuardFixture fixture = new GuardFixture();
        fixture.addMany(MID_POINT, 10, "MENTOR", "a", likert(4));
        fixture.addMany(MID_POINT, 10, "MENTEE", "b", likert(2));
        return fixture;
    }

    @Test
    @DisplayName("a report under the same wave id with a new scale over the same items is refused, every difference"
            + " named, and nothing is released")
    void newScaleRefused() {
        GuardFixture fixture = answered();
        fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);
        Map<String, List<List<Long>>> before = released(fixture);
        Questionnaire midPoint = StandardQuestionnaires.midPoint();
        List<Scale> scales = new ArrayList<>(midPoint.scales());
        scales.add(new Scale("pace", LocalizedText.of("Rythme", "Pace"), List.of("pace.suits", "relationship.trust")));
        Wave withScale = redeclared(new Questionnaire(midPoint.id(), midPoint.title(), midPoint.items(), scales));

        assertThatThrownBy(() -> fixture.guard().report(TENANT, PROGRAM, withScale, null))
                .isInstanceOfSatisfying(WaveRedefinedException.class, refused -> {
                    assertThat(refused.wave()).isEqualTo("mid-point-2026");
                    assertThat(refused.differences()).containsExactly(
                            "scale pace: not in the definition the wave was opened with");
                })
                .hasMessage("wave mid-point-2026 was opened with another definition; refused, nothing was done:"
                        + " scale pace: not in the definition the wave was opened with");
        assertThat(released(fixture)).isEqualTo(before);
    }

    @Test
    @DisplayName("a query under the same wave id with another item kind, track or dimension is refused, each"
            + " difference named")
    void otherItemsAndDimensionsRefused() {
        GuardFixture fixture = answered();
        fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);
        Questionnaire midPoint = StandardQuestionnaires.midPoint();
        List<Item> items = new ArrayList<>();
        for (Item item : midPoint.items()) {
            if (item.id().equals("pace.suits")) {
                items.add(Item.yesNo("pace.suits", "Le rythme convient ?", "Does the pace suit?", item.topic()));
            } else if (item.id().equals("rituals.useful")) {
                items.add(item.onlyFor(Track.MENTEES));
            } else if (!item.id().equals("workshop.comment")) {
                items.add(item);
            }
        }
        Wave other = new Wave(MID_POINT.id(), MID_POINT.kind(),
                new Questionnaire(midPoint.id(), midPoint.title(), items, midPoint.scales()), MID_POINT.opensAt(),
                MID_POINT.closesAt()).withSegments(Segments.DEPARTMENT);

        assertThatThrownBy(() -> fixture.guard().query(TENANT, PROGRAM, other, RespondentGroup.role(Role.MENTOR)))
                .isInstanceOfSatisfying(WaveRedefinedException.class, refused -> assertThat(refused.differences())
                        .containsExactly(
                                "item pace.suits: opened as LIKERT_5 for EVERYONE, now YES_NO for EVERYONE",
                                "item rituals.useful: opened as LIKERT_5 for EVERYONE, now LIKERT_5 for MENTEES",
                                "item workshop.comment: opened with it, now missing",
                                "segment dimensions: opened as role, cohort, now role, department"));
    }

    @Test
    @DisplayName("reworded questions are the same definition: texts are not pinned")
    void rewordingAllowed() {
        GuardFixture fixture = answered();
        fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);
        Questionnaire midPoint = StandardQuestionnaires.midPoint();
        Wave reworded = redeclared(new Questionnaire(midPoint.id(), LocalizedText.of("Bilan", "Review"),
                midPoint.items(), midPoint.scales()));
        assertThat(fixture.guard().report(TENANT, PROGRAM, reworded, null).groups().get(0).figures().respondents())
                .isEqualTo(20);
    }

    @Test
    @DisplayName("the wave compared with is pinned as well")
    void previousWavePinned() {
        GuardFixture fixture = answered();
        Wave pulse = new Wave("pulse-2026", WaveKind.PULSE, StandardQuestionnaires.midPoint(),
                MID_POINT.opensAt().minusSeconds(86_400 * 30), MID_POINT.opensAt().minusSeconds(86_400 * 20));
        fixture.guard().report(TENANT, PROGRAM, MID_POINT, pulse);
        assertThatThrownBy(() -> fixture.guard().report(TENANT, PROGRAM, MID_POINT,
                pulse.withSegments(Segments.SITE)))
                .isInstanceOfSatisfying(WaveRedefinedException.class,
                        refused -> assertThat(refused.wave()).isEqualTo("pulse-2026"));
    }

    @Test
    @DisplayName("a guard without its parts names every missing one: no guard starts from an empty history by"
            + " accident")
    void builderNamesMissingParts() {
        assertThatThrownBy(() -> AnonymityGuard.builder().build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("stores: is required");
        SurveyStores lacking = new SurveyStores() {
            @Override
            public SurveyResponseStore surveyResponseStore() {
                return new MapSurveyResponseStore();
            }

            @Override
            public TokenRegistry tokenRegistry() {
                return new InMemoryTokenRegistry();
            }

            @Override
            public ReleaseLedger releaseLedger() {
                return null;
            }

            @Override
            public WaveDefinitionStore waveDefinitionStore() {
                return new InMemoryWaveDefinitionStore();
            }
        };
        assertThatThrownBy(() -> AnonymityGuard.builder().stores(lacking).build())
                .isInstanceOf(InvalidValueException.class).hasMessage("releaseLedger: is required");
    }
}
