package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Definitions survive a trip through JSON unchanged, whatever their values. */
class ProgramDefinitionJsonProperties {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());

    @Property(tries = 200)
    void definitionToJsonToDefinitionIsEqual(@ForAll("definitions") ProgramDefinition definition) throws Exception {
        String json = mapper.writeValueAsString(definition);
        assertThat(mapper.readValue(json, ProgramDefinition.class)).isEqualTo(definition);
    }

    @Provide
    Arbitrary<ProgramDefinition> definitions() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.', '0', '9')
                .ofMinLength(1).ofMaxLength(128).filter(s -> s.equals(s.strip()));
        Arbitrary<String> names = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200)
                .filter(s -> !s.isBlank()
                        && s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
        Arbitrary<LocalDate> kickOffs = Arbitraries.integers().between(0, 3650)
                .map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 36);
        Arbitrary<ZoneId> zones = Arbitraries.of("Europe/Paris", "UTC", "America/Montreal", "Asia/Kolkata",
                "Pacific/Chatham", "Africa/Casablanca").map(ZoneId::of);
        Arbitrary<Locale> locales = Arbitraries.of(Locale.FRENCH, Locale.CANADA_FRENCH, Locale.UK,
                Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("zh-Hant-TW"), Locale.GERMANY);
        Arbitrary<Integer> capacities = Arbitraries.integers().between(1, ProgramDefinition.MAX_MENTOR_CAPACITY);
        Arbitrary<Integer> hotline = Arbitraries.integers().between(1, 20);
        Arbitrary<List<Integer>> windowMonths = Arbitraries.integers().between(0, 35).set().ofMaxSize(12)
                .map(set -> new ArrayList<>(new TreeSet<>(set)));
        Arbitrary<Integer> windowDays = Arbitraries.integers().between(1, FollowUpWindow.MAX_WINDOW_DAYS);
        return Combinators.combine(ids, names, kickOffs, months, zones, locales, capacities, hotline)
                .flatAs((id, name, kickOff, duration, zone, locale, capacity, days) -> Combinators.combine(
                                windowMonths.map(ms -> ms.stream().filter(m -> m < duration).toList()),
                                windowDays.list().ofSize(12),
                                Arbitraries.integers().between(-27, 0))
                        .as((ms, lengths, closingShift) -> {
                            List<FollowUpWindow> windows = new ArrayList<>();
                            for (int i = 0; i < ms.size(); i++) {
                                windows.add(new FollowUpWindow(ms.get(i), lengths.get(i)));
                            }
                            LocalDate closing = kickOff.plusMonths(duration).plusDays(closingShift);
                            return ProgramDefinition.builder().id(id).name(name).kickOff(kickOff)
                                    .closing(closing.isAfter(kickOff.plusMonths(duration - 1L))
                                            ? closing : kickOff.plusMonths(duration))
                                    .zone(zone).locale(locale).mentorCapacity(capacity)
                                    .followUp(new FollowUpPolicy(windows)).hotlineResponseWorkingDays(days).build();
                        }));
    }
}
