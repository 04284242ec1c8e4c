package io.elan.mentoring.report.internal;

import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.MessageRecord;
import io.elan.mentoring.report.model.PairEvent;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;

/**
 * The names the report gives to levels, formats, audiences, roles, history steps, finding codes and message kinds,
 * in its language. Immutable and thread-safe.
 */
public final class Labels {
    /** The engine's kind of a hotline answer sent to the person who asked. */
    public static final String HOTLINE_ANSWER = "hotline-answer";
    /** The engine's kind of an alert to the team about a late hotline request. */
    public static final String HOTLINE_ALERT = "hotline-alert";
    /** The engine's kind of an alert to the team about a concern raised in a follow-up call. */
    public static final String FOLLOW_UP_CONCERN = "follow-up-concern";
    /** The engine's kind of a useful replay. */
    public static final String REPLAY = "replay";
    /** The engine's kind of an invitation to an anonymous questionnaire. */
    public static final String SURVEY_INVITATION = "survey-invitation";
    /** The engine's kind of a reminder to answer an anonymous questionnaire. */
    public static final String SURVEY_REMINDER = "survey-reminder";

    private final Words words;

    /** @param words the report's language */
    public Labels(Words words) {
        this.words = words;
    }

    /**
     * @param level a level
     * @return its name, as the engine's texts name it
     */
    public String level(EngagementLevel level) {
        return switch (level) {
            case ENGAGED -> words.pick("Engagé", "Engaged");
            case WATCH -> words.pick("À surveiller", "To watch");
            case AT_RISK -> words.pick("À risque", "At risk");
            case DISENGAGED -> words.pick("Décroché", "Disengaged");
        };
    }

    /**
     * @param format a format
     * @return its short name
     */
    public String format(Format format) {
        return switch (format) {
            case KICK_OFF -> words.pick("Lancement", "Kick-off");
            case MONTHLY_MESSAGE -> words.pick("Message mensuel", "Monthly message");
            case WEBINAR_FOCUS -> words.pick("Webinaire focus", "Focus webinar");
            case TESTIMONY_MEAL -> words.pick("Repas témoignages", "Testimony meal");
            case INSPIRATION_CAPSULE -> words.pick("Capsule d’inspiration", "Inspiration capsule");
            case CO_DEVELOPMENT -> words.pick("Co-développement", "Co-development");
            case COLLABORATIVE_WORKSHOP -> words.pick("Atelier collaboratif", "Collaborative workshop");
            case MID_POINT_WORKSHOP -> words.pick("Atelier de mi-parcours", "Mid-point workshop");
            case CLOSING_EVENT -> words.pick("Clôture", "Closing event");
            case CHECKPOINT_CALL -> words.pick("Appels de suivi", "Follow-up calls");
        };
    }

    /**
     * @param audience an audience
     * @return who it is
     */
    public String audience(Audience audience) {
        return switch (audience) {
            case MENTORS -> words.pick("Mentors", "Mentors");
            case MENTEES -> words.pick("Mentorés", "Mentees");
            case BOTH -> words.pick("Mentors et mentorés", "Mentors and mentees");
        };
    }

    /**
     * @param role a role
     * @return its name, in lower case to follow a name
     */
    public String role(Role role) {
        return role == Role.MENTOR ? words.pick("mentor", "mentor") : words.pick("mentoré", "mentee");
    }

    /**
     * @param kind a step of a pair's history
     * @return its name
     */
    public String event(PairEvent.Kind kind) {
        return switch (kind) {
            case FLAGGED -> words.pick("Signalé", "Flagged");
            case NUDGED -> words.pick("Relancé", "Nudged");
            case ESCALATED -> words.pick("Escaladé", "Escalated");
            case RESOLVED -> words.pick("Résolu", "Resolved");
        };
    }

    /**
     * @param code a finding's code, as the engine names it
     * @return a few words for it, or the code itself when the report does not know it
     */
    public String finding(String code) {
        return switch (code) {
            case "NEVER_STARTED" -> words.pick("aucun premier rendez-vous", "no first meeting");
            case "PAIR_SILENCE" -> words.pick("plus de rendez-vous", "no more meetings");
            case "RARER_EXCHANGES" -> words.pick("échanges plus rares", "fewer exchanges");
            case "FALLING_PARTICIPATION" -> words.pick("présence en baisse", "falling attendance");
            case "ISOLATION" -> words.pick("isolement", "isolation");
            case "PROGRAM_MOMENTUM_DROP" -> words.pick("baisse de l’élan collectif", "falling collective momentum");
            case "CONCERN_RAISED" -> words.pick("inquiétude lors d’un appel de suivi", "concern raised in a follow-up "
                    + "call");
            default -> code;
        };
    }

    /**
     * @param kind a message kind, as the engine names it
     * @return what the messages are, or the kind itself when the report does not know it
     */
    public String messageKind(String kind) {
        return switch (kind) {
            case "monthly-message" -> words.pick("Messages mensuels", "Monthly messages");
            case REPLAY -> words.pick("Replays utiles", "Useful replays");
            case "nudge" -> words.pick("Relances et alertes à l’équipe", "Nudges and alerts to the team");
            case "catch-up" -> words.pick("Rattrapages pour les arrivants", "Catch-ups for late joiners");
            case HOTLINE_ANSWER -> words.pick("Réponses de la hotline", "Hotline answers");
            case HOTLINE_ALERT -> words.pick("Alertes à l’équipe : demandes en retard",
                    "Alerts to the team: late requests");
            case FOLLOW_UP_CONCERN -> words.pick("Alertes à l’équipe : inquiétudes des appels de suivi",
                    "Alerts to the team: concerns from follow-up calls");
            case "announcement" -> words.pick("Annonces", "Announcements");
            case SURVEY_INVITATION -> words.pick("Invitations au questionnaire", "Questionnaire invitations");
            case SURVEY_REMINDER -> words.pick("Rappels du questionnaire", "Questionnaire reminders");
            default -> kind;
        };
    }

    /**
     * @param delivery where a message stands
     * @return its name
     */
    public String delivery(MessageRecord.Delivery delivery) {
        return switch (delivery) {
            case SENT -> words.pick("Envoyé", "Sent");
            case WAITING -> words.pick("En attente", "Waiting");
            case GIVEN_UP -> words.pick("Abandonné", "Given up");
        };
    }

    /**
     * @param channel a channel's name
     * @return how people call it
     */
    public String channel(String channel) {
        return switch (channel) {
            case "email" -> words.pick("e-mail", "e-mail");
            case "whatsapp" -> "WhatsApp";
            case "sms" -> "SMS";
            default -> channel;
        };
    }
}
