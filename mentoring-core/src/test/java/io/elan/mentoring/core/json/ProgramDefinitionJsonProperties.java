package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.matching.CriterionWeights;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.matching.MatchingRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Definitions survive a trip through JSON unchanged, whatever their values. */
class ProgramDefinitionJsonProperties {

    private static final List<Character> ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz-_.09".chars()
            .mapToObj(c -> (char) c).toList();

    private static final Gen<String> IDS = lists().of(Generate.pick(ID_CHARACTERS)).ofSizeBetween(1, 128)
            .map(ProgramDefinitionJsonProperties::join);

    /**
     * Any character of the basic plane but the control characters a name refuses, surrogates only in pairs (no store
     * could keep a lone one, so a name refuses it: here it becomes U+FFFD); never blank.
     */
    private static final Gen<String> NAMES = strings().betweenCodePoints(Character.MIN_VALUE, Character.MAX_VALUE)
            .ofLengthBetween(1, 200)
            .map(ProgramDefinitionJsonProperties::withoutLoneSurrogates)
            .assuming(s -> !s.isBlank()
                    && s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));

    private static final Gen<LocalDate> KICK_OFFS = integers().between(0, 3650)
            .map(d -> LocalDate.of(2025, 1, 1).plusDays(d));

    private static final Gen<ZoneId> ZONES = Generate.pick(List.of("Europe/Paris", "UTC", "America/Montreal",
            "Asia/Kolkata", "Pacific/Chatham", "Africa/Casablanca")).map(zone -> ZoneId.of(zone));

    private static final Gen<Locale> LOCALES = Generate.pick(List.of(Locale.FRENCH, Locale.CANADA_FRENCH, Locale.UK,
            Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("zh-Hant-TW"), Locale.GERMANY));

    /** Up to twelve distinct months in increasing order. */
    private static final Gen<List<Integer>> WINDOW_MONTHS = lists().of(integers().between(0, 35)).ofSizeBetween(0, 12)
            .map(months -> new ArrayList<>(new TreeSet<>(months)));

    private static final Gen<List<Integer>> WINDOW_LENGTHS = lists()
            .of(integers().between(1, FollowUpWindow.MAX_WINDOW_DAYS)).ofSize(12);

    private static final Gen<MatchingRules> MATCHING_RULES = in -> {
        int minimum = integers().between(-MatchingProfile.MAX_LEVEL, MatchingProfile.MAX_LEVEL).generate(in);
        Gen<Integer> weight = integers().between(0, CriterionWeights.MAX_WEIGHT);
        return MatchingRules.builder().minimumLevelGap(minimum)
                .targetLevelGap(integers().between(minimum, MatchingProfile.MAX_LEVEL).generate(in))
                .sharedLanguageRequired(booleans().all().generate(in))
                .departmentPreference(Generate.enumValues(DepartmentPreference.class).generate(in))
                .weights(new CriterionWeights(weight.generate(in), weight.generate(in), weight.generate(in),
                        weight.generate(in), weight.generate(in)))
                .protectWeakest(booleans().all().generate(in)).build();
    };

    private static final Gen<ProgramDefinition> DEFINITIONS = in -> {
        LocalDate kickOff = KICK_OFFS.generate(in);
        int duration = integers().between(1, 36).generate(in);
        List<Integer> months = WINDOW_MONTHS.generate(in).stream().filter(m -> m < duration).toList();
        List<Integer> lengths = WINDOW_LENGTHS.generate(in);
        List<FollowUpWindow> windows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            windows.add(new FollowUpWindow(months.get(i), lengths.get(i)));
        }
        LocalDate closing = kickOff.plusMonths(duration).plusDays(integers().between(-27, 0).generate(in));
        return ProgramDefinition.builder()
                .id(IDS.generate(in))
                .name(NAMES.generate(in))
                .kickOff(kickOff)
                .closing(closing.isAfter(kickOff.plusMonths(duration - 1L)) ? closing : kickOff.plusMonths(duration))
                .zone(ZONES.generate(in))
                .locale(LOCALES.generate(in))
                .mentorCapacity(integers().between(1, ProgramDefinition.MAX_MENTOR_CAPACITY).generate(in))
                .followUp(new FollowUpPolicy(windows))
                .hotlineResponseWorkingDays(integers().between(1, 20).generate(in))
                .matching(MATCHING_RULES.generate(in))
                .build();
    };

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());

    @Test
    @DisplayName("a definition written to JSON and read back is equal to the original")
    void definitionToJsonToDefinitionIsEqual() {
        qt().withExamples(200).forAll(DEFINITIONS).checkAssert(definition -> {
            String json = write(definition);
            assertThat(read(json)).as("read back from %s", json).isEqualTo(definition);
        });
    }

    private String write(ProgramDefinition definition) {
        try {
            return mapper.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new AssertionError("could not write " + definition, e);
        }
    }

    private ProgramDefinition read(String json) {
        try {
            return mapper.readValue(json, ProgramDefinition.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("could not read back " + json, e);
        }
    }

    private static String join(List<Character> characters) {
        return characters.stream().map(String::valueOf).collect(Collectors.joining());
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
