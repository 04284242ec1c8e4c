package io.elan.mentoring.core.privacy;

/**
 * What the retention step of one timer call removed or cleared, every tenant added up.
 *
 * @param programs closed programs removed with everything in them
 * @param messageBodies bodies of settled messages cleared
 * @param activityEvents activity events removed
 * @param hotlineTexts closed hotline requests whose texts were cleared
 */
public record RetentionSummary(int programs, int messageBodies, int activityEvents, int hotlineTexts) {

    /** Nothing retired. */
    public static final RetentionSummary NONE = new RetentionSummary(0, 0, 0, 0);

    /**
     * @param other another summary
     * @return both added up
     */
    public RetentionSummary plus(RetentionSummary other) {
        return new RetentionSummary(programs + other.programs, messageBodies + other.messageBodies,
                activityEvents + other.activityEvents, hotlineTexts + other.hotlineTexts);
    }

    /** @return how many records in all */
    public int total() {
        return programs + messageBodies + activityEvents + hotlineTexts;
    }
}
