package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small SurveyResponseStore for checking the kit; with {@code keepsFirst} false a second submission overwrites, and
 * with {@code checksHeld} false a publication also retires held responses already published, so that two callers
 * publishing the same batch both store it.
 */
final class SimpleSurveyResponseStore implements SurveyResponseStore {
    private final boolean keepsFirst;
    private final boolean checksHeld;
    private final TreeMap<String, SurveyResponse> rows = new TreeMap<>();
    /** Held responses waiting, by prefixed token; a published one moves to {@link #retired}. */
    private final TreeMap<String, SealedResponse> held = new TreeMap<>();
    private final Set<String> retired = new HashSet<>();

    SimpleSurveyResponseStore(boolean keepsFirst) {
        this(keepsFirst, true);
    }

    SimpleSurveyResponseStore(boolean keepsFirst, boolean checksHeld) {
        this.keepsFirst = keepsFirst;
        this.checksHeld = checksHeld;
    }

    private static String prefix(TenantId t, ProgramId p, String wave) {
        return t.value() + "|" + p.value() + "|" + Objects.requireNonNull(wave, "wave") + "|";
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

    @Override
    public synchronized boolean hold(TenantId tenant, ProgramId program, String wave, SealedResponse sealed) {
        String key = prefix(tenant, program, wave) + sealed.token().value();
        if (held.containsKey(key) || retired.contains(key)) {
            return false;
        }
        held.put(key, sealed);
        return true;
    }

    @Override
    public synchronized List<SealedResponse> held(TenantId tenant, ProgramId program, String wave) {
        String p = prefix(tenant, program, wave);
        return List.copyOf(held.subMap(p, p + Character.MAX_VALUE).values());
    }

    @Override
    public synchronized boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> tokens,
            List<SurveyResponse> responses) {
        SurveyResponseStore.checkPublication(program, wave, tokens, responses);
        String p = prefix(tenant, program, wave);
        List<String> keys = new ArrayList<>();
        tokens.forEach(token -> keys.add(p + token.value()));
        // The broken store accepts a token already published, as one that only checks the token was ever held.
        if (!keys.stream().allMatch(key -> held.containsKey(key) || (!checksHeld && retired.contains(key)))) {
            return false;
        }
        if (responses.stream().anyMatch(r -> rows.containsKey(p + r.token().value()))) {
            throw new IllegalStateException("a response token is stored already");
        }
        keys.forEach(key -> {
            held.remove(key);
            retired.add(key);
        });
        responses.forEach(r -> rows.put(p + r.token().value(), r));
        return true;
    }
}
