package io.elan.mentoring.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import java.io.IOException;
import java.io.Serial;

/** Writes a {@link ProgramDefinition} in the form {@link ProgramDefinitionDeserializer} reads. Thread-safe. */
public final class ProgramDefinitionSerializer extends StdSerializer<ProgramDefinition> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ProgramDefinitionSerializer() {
        super(ProgramDefinition.class);
    }

    @Override
    public void serialize(ProgramDefinition definition, JsonGenerator json, SerializerProvider provider)
            throws IOException {
        json.writeStartObject();
        json.writeStringField(DefinitionFields.ID, definition.id().value());
        json.writeStringField(DefinitionFields.NAME, definition.name());
        json.writeStringField(DefinitionFields.KICK_OFF, definition.kickOff().toString());
        json.writeStringField(DefinitionFields.CLOSING, definition.closing().toString());
        json.writeStringField(DefinitionFields.ZONE, definition.zone().getId());
        json.writeStringField(DefinitionFields.LOCALE, definition.locale().toLanguageTag());
        json.writeNumberField(DefinitionFields.MENTOR_CAPACITY, definition.mentorCapacity());
        json.writeArrayFieldStart(DefinitionFields.FOLLOW_UP);
        for (FollowUpWindow window : definition.followUp().windows()) {
            json.writeStartObject();
            json.writeNumberField(DefinitionFields.AFTER_MONTHS, window.afterMonths());
            json.writeNumberField(DefinitionFields.WINDOW_DAYS, window.windowDays());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField(DefinitionFields.HOTLINE_RESPONSE, definition.hotlineResponseWorkingDays());
        json.writeFieldName(CalendarJson.CADENCE);
        json.writeTree(CalendarJson.write(definition.cadence()));
        json.writeFieldName(CalendarJson.COMPANY_CALENDAR);
        json.writeTree(CalendarJson.write(definition.companyCalendar()));
        json.writeFieldName(CalendarJson.QUESTIONNAIRES);
        json.writeTree(CalendarJson.write(definition.questionnaires()));
        json.writeFieldName(DefinitionFields.MATCHING);
        json.writeTree(MatchingRulesJson.write(definition.matching()));
        if (definition.programManager() != null) {
            json.writeStringField(DefinitionFields.PROGRAM_MANAGER, definition.programManager().value());
        }
        json.writeEndObject();
    }
}
