package io.elan.mentoring.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.elan.mentoring.core.json.internal.LocalizedTextJson;
import io.elan.mentoring.core.json.internal.MatchingRulesJson;
import io.elan.mentoring.core.json.internal.ProgramDefinitionDeserializer;
import io.elan.mentoring.core.json.internal.ProgramDefinitionSerializer;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.spi.text.LocalizedText;
import java.io.Serial;

/**
 * Élan's Jackson module: register it on your own {@code ObjectMapper} to read and write
 * {@link ProgramDefinition}s and {@link MatchingRules} as JSON.
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
 * {@code $.followUp[1].windowDays}) and its rule. The document {@code null} is refused as not an object; a property
 * given twice is refused, whatever your mapper's settings (Jackson would otherwise keep the last one); a date outside
 * the years 1 to 9999, a number too large for its field and one beyond the parser's limits are each named by their
 * path; a message shows at most 40 characters of a rejected value, then {@code "…"}. When the definition is a
 * property of a larger document of yours, Jackson wraps that exception in a {@code JsonMappingException} whose cause
 * it is, and {@code $} stands for the definition object; such a property that is {@code null} reads as {@code null},
 * for your own rules to judge. Writing always gives the closing date, so a definition read back equals the one
 * written.
 *
 * <p>It reads and writes a program's {@link MatchingRules} the same way: {@code minimumLevelGap},
 * {@code sharedLanguageRequired}, {@code targetLevelGap}, {@code departmentPreference} (such as
 * {@code "OTHER_DEPARTMENT"}), {@code weights} ({@code {"topics": 35, "levelGap": 15, "department": 15,
 * "location": 15, "wishes": 20}}) and {@code protectWeakest}; what is left out takes the defaults, and every violation
 * is reported at once by its JSON path.
 *
 * <p>Every {@link LocalizedText} it meets, in these documents or in yours (a survey report, a planned calendar), is an
 * object keyed by BCP 47 language tag: {@code {"fr": "Déjeuner témoignages", "en": "Testimony lunch"}}, with as many
 * languages as the text holds; reading also takes one string, as the French and the English text alike.
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
        addSerializer(MatchingRules.class, new MatchingRulesJson.Writer());
        addDeserializer(MatchingRules.class, new MatchingRulesJson.Reader());
        addSerializer(LocalizedText.class, new LocalizedTextJson.Writer());
        addDeserializer(LocalizedText.class, new LocalizedTextJson.Reader());
    }
}
