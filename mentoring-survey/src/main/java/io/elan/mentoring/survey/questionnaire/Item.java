package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.spi.validation.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One question of a questionnaire.
 *
 * @param id the item id used as the answer key, 1 to 64 letters, digits, dots, dashes or underscores
 * @param kind what the item asks for
 * @param text the question in French and English
 * @param options the options of a choice item (2 to 50, unique codes); empty for every other kind
 * @param track who is asked the item
 * @param topic what the item is about
 */
public record Item(String id, ItemKind kind, LocalizedText text, List<ChoiceOption> options, Track track, Topic topic) {

    private static final List<LocalizedText> LIKERT_5_LABELS = List.of(
            LocalizedText.of("Pas du tout d’accord", "Strongly disagree"),
            LocalizedText.of("Plutôt pas d’accord", "Disagree"),
            LocalizedText.of("Ni d’accord ni pas d’accord", "Neither agree nor disagree"),
            LocalizedText.of("Plutôt d’accord", "Agree"),
            LocalizedText.of("Tout à fait d’accord", "Strongly agree"));
    private static final List<LocalizedText> LIKERT_7_LABELS = List.of(
            LocalizedText.of("Pas du tout d’accord", "Strongly disagree"),
            LocalizedText.of("Pas d’accord", "Disagree"),
            LocalizedText.of("Plutôt pas d’accord", "Somewhat disagree"),
            LocalizedText.of("Ni d’accord ni pas d’accord", "Neither agree nor disagree"),
            LocalizedText.of("Plutôt d’accord", "Somewhat agree"),
            LocalizedText.of("D’accord", "Agree"),
            LocalizedText.of("Tout à fait d’accord", "Strongly agree"));
    private static final List<LocalizedText> YES_NO_LABELS =
            List.of(LocalizedText.of("Non", "No"), LocalizedText.of("Oui", "Yes"));

    /**
     * Validates the item and lists every broken rule.
     *
     * @param id the item id used as the answer key, 1 to 64 letters, digits, dots, dashes or underscores
     * @param kind what the item asks for
     * @param text the question in French and English
     * @param options the options of a choice item (2 to 50, unique codes); empty for every other kind
     * @param track who is asked the item
     * @param topic what the item is about
     */
    public Item {
        Checks.Collector require = Checks.collector();
        require.key(id, "id", 64);
        require.present(kind, "kind");
        require.present(text, "text");
        require.present(options, "options");
        require.present(track, "track");
        require.present(topic, "topic");
        if (kind != null && options != null) {
            if (kind.choice()) {
                require.that(options.size() >= 2 && options.size() <= 50, "options",
                        "must hold 2 to 50 options for a choice item", options.size() + " options");
                Set<String> codes = new HashSet<>();
                for (int i = 0; i < options.size(); i++) {
                    ChoiceOption option = options.get(i);
                    if (require.present(option, "options[" + i + "]")) {
                        require.that(codes.add(option.code()), "options[" + i + "].code", "must be unique",
                                option.code());
                    }
                }
            } else {
                require.that(options.isEmpty(), "options", "must be empty for a " + kind + " item");
            }
        }
        require.orThrow();
        options = List.copyOf(options);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @return a five-point Likert item asked of everyone
     */
    public static Item likert5(String id, String french, String english, Topic topic) {
        return new Item(id, ItemKind.LIKERT_5, LocalizedText.of(french, english), List.of(), Track.EVERYONE, topic);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @return a seven-point Likert item asked of everyone
     */
    public static Item likert7(String id, String french, String english, Topic topic) {
        return new Item(id, ItemKind.LIKERT_7, LocalizedText.of(french, english), List.of(), Track.EVERYONE, topic);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @return a 0–10 score item asked of everyone
     */
    public static Item score(String id, String french, String english, Topic topic) {
        return new Item(id, ItemKind.SCORE_0_10, LocalizedText.of(french, english), List.of(), Track.EVERYONE, topic);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @return a yes/no item asked of everyone
     */
    public static Item yesNo(String id, String french, String english, Topic topic) {
        return new Item(id, ItemKind.YES_NO, LocalizedText.of(french, english), List.of(), Track.EVERYONE, topic);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @param options the options
     * @return a single-choice item asked of everyone
     */
    public static Item singleChoice(String id, String french, String english, Topic topic, List<ChoiceOption> options) {
        return new Item(id, ItemKind.SINGLE_CHOICE, LocalizedText.of(french, english), options, Track.EVERYONE, topic);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @param options the options
     * @return a multiple-choice item asked of everyone
     */
    public static Item multipleChoice(String id, String french, String english, Topic topic,
            List<ChoiceOption> options) {
        return new Item(id, ItemKind.MULTIPLE_CHOICE, LocalizedText.of(french, english), options, Track.EVERYONE,
                topic);
    }

    /**
     * @param id the item id
     * @param french the question in French
     * @param english the question in English
     * @param topic what it is about
     * @return a free-text item asked of everyone
     */
    public static Item freeText(String id, String french, String english, Topic topic) {
        return new Item(id, ItemKind.FREE_TEXT, LocalizedText.of(french, english), List.of(), Track.EVERYONE, topic);
    }

    /**
     * @param newTrack who is asked
     * @return this item asked only of that track
     */
    public Item onlyFor(Track newTrack) {
        return new Item(id, kind, text, options, newTrack, topic);
    }

    /**
     * The label of each accepted number, lowest first: the agreement labels of a Likert item, "no" and "yes", or the
     * numbers 0 to 10 with labelled ends.
     *
     * @return the labels; empty for choice and free-text items
     */
    public List<LocalizedText> pointLabels() {
        return switch (kind) {
            case LIKERT_5 -> LIKERT_5_LABELS;
            case LIKERT_7 -> LIKERT_7_LABELS;
            case YES_NO -> YES_NO_LABELS;
            case SCORE_0_10 -> {
                List<LocalizedText> labels = new ArrayList<>();
                for (int i = 0; i <= 10; i++) {
                    String n = Integer.toString(i);
                    labels.add(switch (i) {
                        case 0 -> LocalizedText.of("0 – pas du tout probable", "0 – not at all likely");
                        case 10 -> LocalizedText.of("10 – extrêmement probable", "10 – extremely likely");
                        default -> LocalizedText.of(n, n);
                    });
                }
                yield List.copyOf(labels);
            }
            default -> List.of();
        };
    }
}
