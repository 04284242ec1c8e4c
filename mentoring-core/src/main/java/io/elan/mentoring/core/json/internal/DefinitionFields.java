package io.elan.mentoring.core.json.internal;

import java.util.List;

/** The property names of a program definition in JSON: the builder's names. */
final class DefinitionFields {
    static final String ID = "id";
    static final String NAME = "name";
    static final String KICK_OFF = "kickOff";
    static final String CLOSING = "closing";
    static final String DURATION_MONTHS = "durationMonths";
    static final String ZONE = "zone";
    static final String LOCALE = "locale";
    static final String MENTOR_CAPACITY = "mentorCapacity";
    static final String FOLLOW_UP = "followUp";
    static final String HOTLINE_RESPONSE = "hotlineResponseWorkingDays";
    static final String AFTER_MONTHS = "afterMonths";
    static final String WINDOW_DAYS = "windowDays";
    static final String MATCHING = "matching";
    static final String PROGRAM_MANAGER = "programManager";

    static final List<String> DEFINITION = List.of(ID, NAME, KICK_OFF, CLOSING, DURATION_MONTHS, ZONE, LOCALE,
            MENTOR_CAPACITY, FOLLOW_UP, HOTLINE_RESPONSE, CalendarJson.CADENCE, CalendarJson.COMPANY_CALENDAR,
            CalendarJson.QUESTIONNAIRES, MATCHING, PROGRAM_MANAGER);
    static final List<String> WINDOW = List.of(AFTER_MONTHS, WINDOW_DAYS);

    private DefinitionFields() {}
}
