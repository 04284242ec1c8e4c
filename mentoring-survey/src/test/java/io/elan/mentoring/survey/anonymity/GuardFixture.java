package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes responses straight into a test store, as the collector would have stored them. */
final class GuardFixture {
    static final TenantId TENANT = TenantId.of("acme");
    static final ProgramId PROGRAM = ProgramId.of("mentoring-2026");
    static final Wave MID_POINT = new Wave("mid-point-2026", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-16T18:00:00Z")).withSegments(Segments.COHORT);
    static final Wave CLOSING = new Wave("closing-2026", WaveKind.CLOSING, StandardQuestionnaires.closing(),
            Instant.parse("2026-09-01T08:00:00Z"), Instant.parse("2026-09-15T18:00:00Z"));

    final MapSurveyResponseStore store = new MapSurveyResponseStore();
    final InMemoryTokenRegistry registry = new InMemoryTokenRegistry();
    final InMemoryReleaseLedger ledger = new InMemoryReleaseLedger();
    final InMemoryWaveDefinitionStore waves = new InMemoryWaveDefinitionStore();
    private int next;

    /** @return a new guard over the fixture's stores, as another node or a restart would have */
    AnonymityGuard guard() {
        return guard(AnonymityPolicy.defaults());
    }

    /**
     * @param policy the thresholds
     * @return a new guard over the fixture's stores with that policy
     */
    AnonymityGuard guard(AnonymityPolicy policy) {
        return AnonymityGuard.builder().stores(SurveyStores.of(store, registry, ledger, waves)).policy(policy)
                .build();
    }

    void add(Wave wave, String role, @Nullable String cohort, Map<String, Answer> answers) {
        Map<String, String> segments = new HashMap<>();
        segments.put("role", role);
        if (cohort != null) {
            segments.put("cohort", cohort);
        }
        store.saveIfAbsent(TENANT, new SurveyResponse(PROGRAM, wave.id(),
                ResponseToken.of(String.format("r%06d", next++)), segments, answers));
    }

    void add(Wave wave, Map<String, String> segments, Map<String, Answer> answers) {
        store.saveIfAbsent(TENANT, new SurveyResponse(PROGRAM, wave.id(),
                ResponseToken.of(String.format("r%06d", next++)), segments, answers));
    }

    void addMany(Wave wave, int count, String role, @Nullable String cohort, Map<String, Answer> answers) {
        for (int i = 0; i < count; i++) {
            add(wave, role, cohort, answers);
        }
    }

    static Map<String, Answer> likert(int suits) {
        return Map.of("pace.suits", new Answer.Numeric(suits));
    }
}
