package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One questionnaire item and its figures in each group the guard reported on.
 *
 * @param id the item id
 * @param question the question, in the report's language
 * @param type what it asks for
 * @param groups its figures, the whole wave first, then each role, then other groups
 */
public record SurveyItem(String id, String question, ItemType type, List<ItemGroup> groups) {
    /**
     * Validates every field and copies the groups.
     *
     * @param id the item id
     * @param question the question, in the report's language
     * @param type what it asks for
     * @param groups its figures, the whole wave first, then each role, then other groups
     */
    public SurveyItem {
        Checks.present(id, "id");
        Checks.present(question, "question");
        Checks.present(type, "type");
        groups = List.copyOf(Checks.present(groups, "groups"));
    }

    /**
     * @param name a group's name
     * @return the item's figures in that group, if it was asked of it
     */
    public Optional<ItemGroup> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }
}
