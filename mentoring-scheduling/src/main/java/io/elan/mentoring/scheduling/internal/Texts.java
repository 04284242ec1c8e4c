package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** French and English wording shared by the reasons, recurrences and the calendar export. */
public final class Texts {
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private Texts() {}

    /**
     * @param date a day
     * @param locale the reader's locale
     * @return the day written out, such as "mercredi 11 novembre 2026"
     */
    public static String day(LocalDate date, Locale locale) {
        return isFrench(locale) ? FRENCH_DAY.format(date) : ENGLISH_DAY.format(date);
    }

    /**
     * @param locale a locale
     * @return whether texts for it are French
     */
    public static boolean isFrench(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * @param locale the reader's locale
     * @return the language the sentences around a name are written in, French or English, so that a name read in it
     *     agrees with them
     */
    public static Locale wording(Locale locale) {
        return isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * @param day a day of the week
     * @param locale the reader's locale
     * @return its name
     */
    public static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH);
    }

    /**
     * @param format a format
     * @return its name for program managers
     */
    public static LocalizedText format(Format format) {
        return switch (format) {
            case KICK_OFF -> LocalizedText.of("Lancement", "Kick-off");
            case MONTHLY_MESSAGE -> LocalizedText.of("Message mensuel", "Monthly message");
            case WEBINAR_FOCUS -> LocalizedText.of("Webinaire focus", "Focus webinar");
            case TESTIMONY_MEAL -> LocalizedText.of("Déjeuner témoignages", "Testimony lunch");
            case INSPIRATION_CAPSULE -> LocalizedText.of("Capsule d’inspiration", "Inspiration capsule");
            case CO_DEVELOPMENT -> LocalizedText.of("Co-développement", "Co-development");
            case COLLABORATIVE_WORKSHOP -> LocalizedText.of("Atelier collaboratif", "Collaborative workshop");
            case MID_POINT_WORKSHOP -> LocalizedText.of("Atelier de mi-parcours", "Mid-point workshop");
            case CLOSING_EVENT -> LocalizedText.of("Clôture", "Closing event");
            case CHECKPOINT_CALL -> LocalizedText.of("Appel de suivi", "Follow-up call");
        };
    }

    /**
     * @param audience an audience
     * @return who it is, for program managers
     */
    public static LocalizedText audience(Audience audience) {
        return switch (audience) {
            case MENTORS -> LocalizedText.of("mentors", "mentors");
            case MENTEES -> LocalizedText.of("mentorés", "mentees");
            case BOTH -> LocalizedText.of("mentors et mentorés", "mentors and mentees");
        };
    }

    /**
     * @param role a community
     * @return its name, for program managers
     */
    public static LocalizedText community(Role role) {
        return role == Role.MENTOR
                ? LocalizedText.of("la communauté des mentors", "the mentor community")
                : LocalizedText.of("la communauté des mentorés", "the mentee community");
    }
}
