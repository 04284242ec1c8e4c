package io.elan.mentoring.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.elan.mentoring.core.json.internal.ProgramDefinitionDeserializer;
import io.elan.mentoring.core.json.internal.ProgramDefinitionSerializer;
import io.elan.mentoring.core.program.ProgramDefinition;
import java.io.Serial;

/**
 * Élan's Jackson module: register it on your own {@code ObjectMapper} to read and write
 * {@link ProgramDefinition}s as JSON.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());
 * ProgramDefinition definition = mapper.readValue(json, ProgramDefinition.class);
 * }</pre>
 *
 * <p>The JSON form has the builder's names: {@code id}, {@code name}, {@code kickOff} and {@code closing}
 * ({@code yyyy-MM-dd}) or {@code durationMonths} instead of {@code closing}, {@code zone} (an IANA id),
 * {@code locale} (a BCP 47 tag such as {@code fr-FR}), {@code mentorCapacity}, {@code followUp} (an array of
 * {@code {"afterMonths": 2, "windowDays": 14}}), {@code hotlineResponseWorkingDays}, and the program's rhythm:
 * {@code cadence} ({@code "ten-months"} for the preset, or an object with {@code rituals}), {@code companyCalendar}
 * ({@code holidays} such as {@code "fr-57"}, {@code workingDays}, {@code workingHours} and {@code blackouts}) and
 * {@code questionnaires} (an array of {@code {"questionnaire": "mid-point", "ritual": "mid-point",
 * "opensDaysBefore": 14, "closesDaysBefore": 2}}); docs/cadence.md gives every property of a ritual. The ones left out
 * take the builder's defaults. Reading never stops at the first problem: an invalid document throws one
 * {@link io.elan.mentoring.spi.InvalidValueException} listing every violation, each named by its JSON path (such as
 * {@code $.followUp[1].windowDays}) and its rule. When the definition is a property of a larger document of yours,
 * Jackson wraps that exception in a {@code JsonMappingException} whose cause it is, and {@code $} stands for the
 * definition object. Writing always gives the closing date, so a definition read back equals the one written.
 *
 * <p>Immutable and thread-safe, like the mappers it is registered on.
 */
public final class ElanModule extends SimpleModule {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ElanModule() {
        super("elan", Version.unknownVersion());
        addSerializer(ProgramDefinition.class, new ProgramDefinitionSerializer());
        addDeserializer(ProgramDefinition.class, new ProgramDefinitionDeserializer());
    }
}
