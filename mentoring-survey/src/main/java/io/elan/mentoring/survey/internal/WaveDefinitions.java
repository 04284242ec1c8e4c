package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.WaveDefinition;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A wave as it is pinned, and what sets two definitions of one wave id apart, in words.
 */
public final class WaveDefinitions {
    private WaveDefinitions() {}

    /**
     * @param wave a wave
     * @return what its answers mean and how they may be cut
     */
    public static WaveDefinition of(Wave wave) {
        List<WaveDefinition.Item> items = new ArrayList<>();
        for (Item item : wave.questionnaire().items()) {
            items.add(new WaveDefinition.Item(item.id(), item.kind().name(), item.track().name(),
                    item.options().stream().map(ChoiceOption::code).toList()));
        }
        List<WaveDefinition.Scale> scales = new ArrayList<>();
        for (Scale scale : wave.questionnaire().scales()) {
            scales.add(new WaveDefinition.Scale(scale.id(), scale.items()));
        }
        return new WaveDefinition(wave.questionnaire().id(), items, scales, wave.segments());
    }

    /**
     * Pins the wave if it is new, and otherwise checks it against the definition it was opened with.
     *
     * @param store where wave definitions are kept
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @throws WaveRedefinedException if the wave was opened with another definition
     */
    public static void pin(WaveDefinitionStore store, TenantId tenant, ProgramId program, Wave wave) {
        WaveDefinition candidate = of(wave);
        WaveDefinition pinned = store.pinIfAbsent(tenant, program, wave.id(), candidate);
        if (!pinned.equals(candidate)) {
            throw new WaveRedefinedException(wave.id(), differences(pinned, candidate));
        }
    }

    /**
     * @param pinned the definition the wave was opened with
     * @param given another definition of the same wave
     * @return each difference in words, such as {@code item pace.suits: opened as LIKERT_5 for EVERYONE, now
     *     YES_NO for EVERYONE}; empty when they are the same
     */
    public static List<String> differences(WaveDefinition pinned, WaveDefinition given) {
        List<String> differences = new ArrayList<>();
        if (!pinned.questionnaire().equals(given.questionnaire())) {
            differences.add("questionnaire: opened as " + pinned.questionnaire() + ", now " + given.questionnaire());
        }
        compare("item", byId(pinned.items(), WaveDefinition.Item::id), byId(given.items(), WaveDefinition.Item::id),
                WaveDefinitions::describe, differences);
        if (differences.isEmpty() && !pinned.items().equals(given.items())) {
            differences.add("items: opened in another order");
        }
        compare("scale", byId(pinned.scales(), WaveDefinition.Scale::id),
                byId(given.scales(), WaveDefinition.Scale::id), scale -> "over " + String.join(", ", scale.items()),
                differences);
        if (!pinned.segments().equals(given.segments())) {
            differences.add("segment dimensions: opened as " + String.join(", ", pinned.segments()) + ", now "
                    + String.join(", ", given.segments()));
        }
        return differences;
    }

    private static <T> void compare(String what, Map<String, T> pinned, Map<String, T> given,
            Function<T, String> describe, List<String> differences) {
        pinned.forEach((id, before) -> {
            T now = given.get(id);
            if (now == null) {
                differences.add(what + " " + id + ": opened with it, now missing");
            } else if (!Objects.equals(before, now)) {
                differences.add(what + " " + id + ": opened as " + describe.apply(before) + ", now "
                        + describe.apply(now));
            }
        });
        given.keySet().stream().filter(id -> !pinned.containsKey(id))
                .forEach(id -> differences.add(what + " " + id + ": not in the definition the wave was opened with"));
    }

    private static String describe(WaveDefinition.Item item) {
        return item.kind() + " for " + item.track()
                + (item.options().isEmpty() ? "" : " with options " + String.join(", ", item.options()));
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T value : values) {
            byId.put(id.apply(value), value);
        }
        return byId;
    }
}
