package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.spi.validation.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A group of Likert items of the same kind that together measure one thing; its reliability is reported as
 * Cronbach's alpha.
 *
 * @param id the scale id, 1 to 64 letters, digits, dots, dashes or underscores
 * @param name the scale name
 * @param items the ids of its items, at least 2, unique
 */
public record Scale(String id, LocalizedText name, List<String> items) {
    /**
     * Validates the scale on its own; the questionnaire checks that the items exist and share a kind.
     *
     * @param id the scale id, 1 to 64 letters, digits, dots, dashes or underscores
     * @param name the scale name
     * @param items the ids of its items, at least 2, unique
     */
    public Scale {
        Checks.Collector require = Checks.collector();
        require.key(id, "id", 64);
        require.present(name, "name");
        if (require.present(items, "items")) {
            require.that(items.size() >= 2, "items", "must hold at least 2 items", items.size() + " items");
            require.that(items.stream().noneMatch(Objects::isNull), "items", "must not hold null");
            require.that(new HashSet<>(items).size() == items.size(), "items", "must not repeat an item");
        }
        require.orThrow();
        items = List.copyOf(items);
    }
}
