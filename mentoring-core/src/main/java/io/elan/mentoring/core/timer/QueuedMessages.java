package io.elan.mentoring.core.timer;

/**
 * The messages one timer call wrote into the outbox, by what they are. A message another node or an earlier call had
 * already written is not counted.
 *
 * @param monthlyMessages monthly messages, one per member of the community addressed
 * @param surveyInvitations survey invitations, one per person invited
 * @param surveyReminders survey reminders
 * @param nudges nudges to pairs and people, and escalations to the program manager
 * @param alerts alerts to the program team
 */
public record QueuedMessages(int monthlyMessages, int surveyInvitations, int surveyReminders, int nudges,
        int alerts) {

    /** None. */
    public static final QueuedMessages NONE = new QueuedMessages(0, 0, 0, 0, 0);

    /** @return every message counted */
    public int total() {
        return monthlyMessages + surveyInvitations + surveyReminders + nudges + alerts;
    }

    /**
     * @param other more messages
     * @return the sum of both
     */
    public QueuedMessages plus(QueuedMessages other) {
        return new QueuedMessages(monthlyMessages + other.monthlyMessages,
                surveyInvitations + other.surveyInvitations, surveyReminders + other.surveyReminders,
                nudges + other.nudges, alerts + other.alerts);
    }
}
