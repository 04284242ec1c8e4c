package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a wave's answers mean and how they may be cut, as stored when the wave opens: the questionnaire's items with
 * their kind, track and option codes, its scales, and the segment dimensions invitations carry. Texts are left out:
 * rewording a question changes nothing the anonymity guard relies on, while another kind, option, track, scale or
 * dimension under the same wave id would let figures released under one definition be combined with figures released
 * under another.
 *
 * @param questionnaire the questionnaire id, 1 to 64 characters
 * @param items the items in questionnaire order, 1 to 500, ids unique
 * @param scales the scales, ids unique, each over items of this definition
 * @param segments the segment dimensions, among {@link Segments#DIMENSIONS}, the role first, each once
 */
public record WaveDefinition(String questionnaire, List<Item> items, List<Scale> scales, List<String> segments) {

    /**
     * Validates the definition; the message names the field and the rule.
     *
     * @param questionnaire the questionnaire id, 1 to 64 characters
     * @param items the items in questionnaire order, 1 to 500, ids unique
     * @param scales the scales, ids unique, each over items of this definition
     * @param segments the segment dimensions, among {@link Segments#DIMENSIONS}, the role first, each once
     */
    public WaveDefinition {
        Checks.id(questionnaire, "questionnaire", 64);
        items = Checks.list(items, "items", 500);
        if (items.isEmpty()) {
            throw new InvalidValueException("items", "must hold at least one item");
        }
        Set<String> itemIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!itemIds.add(items.get(i).id())) {
                throw new InvalidValueException("items[" + i + "].id", "must be unique", items.get(i).id());
            }
        }
        scales = Checks.list(scales, "scales", 500);
        Set<String> scaleIds = new HashSet<>();
        for (int s = 0; s < scales.size(); s++) {
            Scale scale = scales.get(s);
            if (!scaleIds.add(scale.id())) {
                throw new InvalidValueException("scales[" + s + "].id", "must be unique", scale.id());
            }
            for (String item : scale.items()) {
                if (!itemIds.contains(item)) {
                    throw new InvalidValueException("scales[" + s + "].items", "must name items of this definition",
                            item);
                }
            }
        }
        segments = Checks.list(segments, "segments", Segments.DIMENSIONS.size());
        if (segments.isEmpty() || !Segments.ROLE.equals(segments.get(0))) {
            throw new InvalidValueException("segments", "must start with " + Segments.ROLE, segments.toString());
        }
        for (int d = 0; d < segments.size(); d++) {
            if (!Segments.isDimension(segments.get(d)) || segments.indexOf(segments.get(d)) != d) {
                throw new InvalidValueException("segments[" + d + "]", "must be one of "
                        + String.join(", ", Segments.DIMENSIONS) + ", each once", segments.get(d));
            }
        }
    }

    /**
     * One item as far as its answers' meaning goes.
     *
     * @param id the item id, 1 to 64 characters
     * @param kind what it asks for, such as {@code LIKERT_5}, 1 to 64 characters
     * @param track who is asked, such as {@code EVERYONE}, 1 to 64 characters
     * @param options the option codes of a choice item, in order, each 1 to 64 characters; empty otherwise
     */
    public record Item(String id, String kind, String track, List<String> options) {
        /**
         * Validates the item; the message names the field and the rule.
         *
         * @param id the item id, 1 to 64 characters
         * @param kind what it asks for, such as {@code LIKERT_5}, 1 to 64 characters
         * @param track who is asked, such as {@code EVERYONE}, 1 to 64 characters
         * @param options the option codes of a choice item, in order, each 1 to 64 characters; empty otherwise
         */
        public Item {
            Checks.id(id, "id", 64);
            Checks.id(kind, "kind", 64);
            Checks.id(track, "track", 64);
            options = Checks.list(options, "options", 50);
            for (int o = 0; o < options.size(); o++) {
                Checks.id(options.get(o), "options[" + o + "]", 64);
            }
        }
    }

    /**
     * One scale.
     *
     * @param id the scale id, 1 to 64 characters
     * @param items the ids of its items, in order, at least 2
     */
    public record Scale(String id, List<String> items) {
        /**
         * Validates the scale; the message names the field and the rule.
         *
         * @param id the scale id, 1 to 64 characters
         * @param items the ids of its items, in order, at least 2
         */
        public Scale {
            Checks.id(id, "id", 64);
            items = Checks.list(items, "items", 500);
            if (items.size() < 2) {
                throw new InvalidValueException("items", "must hold at least 2 items", items.size() + " items");
            }
        }
    }
}
