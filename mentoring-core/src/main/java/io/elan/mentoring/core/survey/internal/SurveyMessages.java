package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.core.communication.broadcast.Notice;
import io.elan.mentoring.core.communication.internal.IdempotencyKeys;
import io.elan.mentoring.core.communication.internal.Quotes;
import io.elan.mentoring.core.communication.internal.Truncation;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.internal.Notifier;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes and queues the messages of a survey wave: each person's invitation, with their personal link, and the
 * reminders to those who have not answered, in the person's language and sending hours. Every message says that
 * answers are anonymous and from what group size results are shown, and the invitation says how many reminders may
 * follow, so nothing promises more than the engine does. Keys derive from the program, the wave, the person (and the
 * reminder's number), so a message is queued once whatever node queues it. Thread-safe if the ports are.
 */
public final class SurveyMessages {
    /** The message kind of survey invitations. */
    public static final String INVITATION_KIND = Surveys.INVITATION_KIND;
    /** The message kind of survey reminders. */
    public static final String REMINDER_KIND = Surveys.REMINDER_KIND;

    private static final int MAX_TITLE = 200;

    private final Notifier notifier;
    private final MessageTexts texts;
    private final SurveyLinks links;
    private final int threshold;
    private final int reminders;

    /**
     * @param notifier writes and queues a message to one person
     * @param texts the texts announcements are written with
     * @param links where respondents answer
     * @param threshold the smallest group results are shown for
     * @param reminders how many reminders a wave sends at most
     */
    public SurveyMessages(Notifier notifier, MessageTexts texts, SurveyLinks links, int threshold, int reminders) {
        this.notifier = notifier;
        this.texts = texts;
        this.links = links;
        this.threshold = threshold;
        this.reminders = reminders;
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave's id
     * @param person the invited person
     * @return the key of that person's invitation to the wave
     */
    static String invitationKey(TenantId tenant, Program program, String wave, PersonId person) {
        return IdempotencyKeys.derive(tenant, INVITATION_KIND, program.id().value(), wave, person.value());
    }

    /**
     * Queues one person's invitation.
     *
     * @return whether it was queued now: false if it was queued before, or nothing reaches the person, or they opted
     *     out of survey invitations
     */
    boolean invite(TenantId tenant, Program program, PersonId person, ScheduledSurvey wave,
            Questionnaire questionnaire, ResponseToken token, Instant now) {
        String titleKey = "survey.invitation.title";
        Notice notice = notifier.send(tenant, program, person, INVITATION_KIND,
                invitationKey(tenant, program, wave.id(), person), titleKey, now, writer -> {
                    List<String> paragraphs = new ArrayList<>();
                    // Each paragraph may come from another language of the chain; its dates and names follow it.
                    String introKey = "survey.invitation.intro";
                    paragraphs.add(writer.text(introKey, writer.day(wave.closes(), introKey),
                            time(wave.closes(), writer.zone(), writer.language(introKey))));
                    PlannedTouchpoint prepares = wave.prepares();
                    if (prepares != null) {
                        Instant start = prepares.start().toInstant();
                        String preparesKey = "survey.invitation.prepares";
                        Locale written = writer.language(preparesKey);
                        String event = Quotes.unwrap(prepares.title().in(written, program.locale()));
                        paragraphs.add(writer.text(preparesKey, event, writer.day(start, preparesKey),
                                time(start, writer.zone(), written)));
                    }
                    paragraphs.add(writer.text("survey.anonymity", threshold));
                    if (reminders > 0) {
                        paragraphs.add(writer.text("survey.invitation.reminders", reminders));
                    }
                    String title = questionnaire.title().in(writer.language(titleKey), program.locale());
                    return content(writer.text(titleKey, title), paragraphs, writer.text("survey.answer"), tenant,
                            program, wave, token);
                });
        return notice.status() == Notice.Status.QUEUED;
    }

    /**
     * Queues one person's reminder.
     *
     * @param index which reminder, from 1
     * @return whether it was queued now
     */
    boolean remind(TenantId tenant, Program program, PersonId person, ScheduledSurvey wave,
            Questionnaire questionnaire, ResponseToken token, int index, Instant now) {
        String titleKey = "survey.reminder.title";
        String key = IdempotencyKeys.derive(tenant, REMINDER_KIND, program.id().value(), wave.id(),
                Integer.toString(index), person.value());
        Notice notice = notifier.send(tenant, program, person, REMINDER_KIND, key, titleKey, now, writer -> {
            String introKey = "survey.reminder.intro";
            List<String> paragraphs = List.of(
                    writer.text(introKey, writer.day(wave.closes(), introKey),
                            time(wave.closes(), writer.zone(), writer.language(introKey))),
                    writer.text("survey.anonymity", threshold));
            String title = questionnaire.title().in(writer.language(titleKey), program.locale());
            return content(writer.text(titleKey, title), paragraphs, writer.text("survey.answer"), tenant, program,
                    wave, token);
        });
        return notice.status() == Notice.Status.QUEUED;
    }

    /**
     * @param program the program
     * @param wave a wave still to open
     * @param questionnaire its questionnaire
     * @param locale the language of the text; the program's is tried when the texts do not have it
     * @return one paragraph announcing when the wave is open, for a message to a whole community; dates in the
     *     program's zone
     */
    String announcement(Program program, ScheduledSurvey wave, Questionnaire questionnaire, Locale locale) {
        Locale written = texts.languageOf("survey.announcement", locale, program.locale());
        return texts.format("survey.announcement", locale, program.locale(),
                questionnaire.title().in(written, program.locale()), day(wave.opens(), program.zone(), written),
                day(wave.closes(), program.zone(), written));
    }

    private MessageContent content(String title, List<String> paragraphs, String answer, TenantId tenant,
            Program program, ScheduledSurvey wave, ResponseToken token) {
        Link link = new Link(answer, links.answerLink(tenant, program.id(), wave.id(), token));
        return new MessageContent(Truncation.fit(title, MAX_TITLE), paragraphs,
                List.of(), List.of(), link);
    }

    private static String day(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
    }

    private static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
    }
}
