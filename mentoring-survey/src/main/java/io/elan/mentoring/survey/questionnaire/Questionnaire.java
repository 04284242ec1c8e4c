package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.spi.validation.Checks;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered list of items and the scales built on them.
 *
 * @param id the questionnaire id, 1 to 64 letters, digits, dots, dashes or underscores
 * @param title the title shown to respondents
 * @param items 1 to 500 items with unique ids
 * @param scales scales whose items exist in this questionnaire, are Likert items of one kind and one track
 */
public record Questionnaire(String id, LocalizedText title, List<Item> items, List<Scale> scales) {

    /**
     * Validates the whole definition and lists every broken rule.
     *
     * @param id the questionnaire id, 1 to 64 letters, digits, dots, dashes or underscores
     * @param title the title shown to respondents
     * @param items 1 to 500 items with unique ids
     * @param scales scales whose items exist in this questionnaire, are Likert items of one kind and one track
     */
    public Questionnaire {
        Checks.Collector require = Checks.collector();
        require.key(id, "id", 64);
        require.present(title, "title");
        Map<String, Item> byId = new LinkedHashMap<>();
        if (require.present(items, "items")) {
            require.that(!items.isEmpty() && items.size() <= 500, "items", "must hold 1 to 500 items",
                    items.size() + " items");
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (require.present(item, "items[" + i + "]")) {
                    require.that(byId.putIfAbsent(item.id(), item) == null, "items[" + i + "].id", "must be unique",
                            item.id());
                }
            }
        }
        if (require.present(scales, "scales")) {
            Set<String> scaleIds = new HashSet<>();
            for (int s = 0; s < scales.size(); s++) {
                Scale scale = scales.get(s);
                String field = "scales[" + s + "]";
                if (!require.present(scale, field)) {
                    continue;
                }
                require.that(scaleIds.add(scale.id()), field + ".id", "must be unique", scale.id());
                Set<ItemKind> kinds = new HashSet<>();
                Set<Track> tracks = new HashSet<>();
                for (String itemId : scale.items()) {
                    Item item = byId.get(itemId);
                    if (require.that(item != null, field + ".items", "must name items of this questionnaire",
                            itemId)) {
                        require.that(item.kind().likert(), field + ".items", "must name Likert items only", itemId);
                        kinds.add(item.kind());
                        tracks.add(item.track());
                    }
                }
                require.that(kinds.size() <= 1, field + ".items", "must all have the same number of points");
                require.that(tracks.size() <= 1, field + ".items", "must all be asked of the same track");
            }
        }
        require.orThrow();
        items = List.copyOf(items);
        scales = List.copyOf(scales);
    }

    /**
     * @param itemId an item id
     * @return the item, if this questionnaire has it
     */
    public Optional<Item> item(String itemId) {
        for (Item item : items) {
            if (item.id().equals(itemId)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
