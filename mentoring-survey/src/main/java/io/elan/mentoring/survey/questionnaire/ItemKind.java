package io.elan.mentoring.survey.questionnaire;

/**
 * What an item asks for, and so which {@link io.elan.mentoring.spi.survey.Answer} it accepts.
 */
public enum ItemKind {
    /** Agreement on five points, 1 (strongly disagree) to 5 (strongly agree); a numeric answer. */
    LIKERT_5(1, 5),
    /** Agreement on seven points, 1 (strongly disagree) to 7 (strongly agree); a numeric answer. */
    LIKERT_7(1, 7),
    /** A score from 0 to 10 (NPS style: 9–10 promote, 0–6 detract); a numeric answer. */
    SCORE_0_10(0, 10),
    /** Yes (1) or no (0); a numeric answer. */
    YES_NO(0, 1),
    /** Exactly one option code. */
    SINGLE_CHOICE(0, 0),
    /** One or more option codes. */
    MULTIPLE_CHOICE(0, 0),
    /** Free text, shown only to large enough groups. */
    FREE_TEXT(0, 0);

    private final int min;
    private final int max;

    ItemKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** @return whether answers are numbers */
    public boolean numeric() {
        return max > min;
    }

    /** @return whether answers are option codes */
    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** @return whether the item is a Likert item */
    public boolean likert() {
        return this == LIKERT_5 || this == LIKERT_7;
    }

    /** @return the smallest accepted number (numeric kinds only) */
    public int min() {
        return min;
    }

    /** @return the largest accepted number (numeric kinds only) */
    public int max() {
        return max;
    }

    /**
     * The answers counted as favourable: the top two points of a Likert item, 9–10 of a score, yes.
     *
     * @return the smallest favourable number (numeric kinds only)
     */
    public int favourableFrom() {
        return switch (this) {
            case LIKERT_5, LIKERT_7 -> max - 1;
            case SCORE_0_10 -> 9;
            case YES_NO -> 1;
            default -> throw new IllegalStateException(this + " has no favourable range");
        };
    }
}
