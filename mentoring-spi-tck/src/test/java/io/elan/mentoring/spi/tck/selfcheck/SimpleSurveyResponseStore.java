package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small SurveyResponseStore for checking the kit; with {@code keepsFirst} false a second submission overwrites. */
final class SimpleSurveyResponseStore implements SurveyResponseStore {
    private final boolean keepsFirst;
    private final TreeMap<String, SurveyResponse> rows = new TreeMap<>();

    SimpleSurveyResponseStore(boolean keepsFirst) {
        this.keepsFirst = keepsFirst;
    }

    private static String prefix(TenantId t, ProgramId p, String wave) {
        return t.value() + "|" + p.value() + "|" + wave + "|";
    }

    @Override
    public synchronized boolean saveIfAbsent(TenantId tenant, SurveyResponse r) {
        String key = prefix(tenant, r.program(), r.wave()) + r.token().value();
        boolean absent = !rows.containsKey(key);
        if (absent || !keepsFirst) {
            rows.put(key, r);
        }
        return absent;
    }

    @Override
    public synchronized boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        return rows.containsKey(prefix(tenant, program, wave) + token.value());
    }

    @Override
    public synchronized Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
        String p = prefix(tenant, program, wave);
        return rows.subMap(p, p + Character.MAX_VALUE).values().stream().toList().stream();
    }
}
