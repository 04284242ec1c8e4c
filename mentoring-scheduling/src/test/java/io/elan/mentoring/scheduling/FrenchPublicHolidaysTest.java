package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * French public holidays for the school years 2026–2027 and 2027–2028 (1 September to 31 August).
 *
 * <p>Sources: Code du travail, article L3133-1 (the eleven public holidays) and article L3134-13 (Bas-Rhin, Haut-Rhin
 * and Moselle add Good Friday and 26 December); the list published on service-public.gouv.fr, « Jours fériés et
 * ponts dans le secteur privé » (F2405). Easter Sunday falls on 28 March 2027 and 16 April 2028, which gives Easter
 * Monday (Easter + 1), Ascension (Easter + 39), Whit Monday (Easter + 50) and Good Friday (Easter − 2).
 */
class FrenchPublicHolidaysTest {
    private static final List<LocalDate> NATIONAL_2026_2027 = List.of(
            LocalDate.of(2026, 11, 1), // Toussaint
            LocalDate.of(2026, 11, 11), // Armistice 1918
            LocalDate.of(2026, 12, 25), // Noël
            LocalDate.of(2027, 1, 1), // Jour de l'an
            LocalDate.of(2027, 3, 29), // Lundi de Pâques
            LocalDate.of(2027, 5, 1), // Fête du travail
            LocalDate.of(2027, 5, 6), // Ascension
            LocalDate.of(2027, 5, 8), // Victoire 1945
            LocalDate.of(2027, 5, 17), // Lundi de Pentecôte
            LocalDate.of(2027, 7, 14), // Fête nationale
            LocalDate.of(2027, 8, 15)); // Assomption

    private static final List<LocalDate> NATIONAL_2027_2028 = List.of(
            LocalDate.of(2027, 11, 1),
            LocalDate.of(2027, 11, 11),
            LocalDate.of(2027, 12, 25),
            LocalDate.of(2028, 1, 1),
            LocalDate.of(2028, 4, 17), // Lundi de Pâques
            LocalDate.of(2028, 5, 1),
            LocalDate.of(2028, 5, 8),
            LocalDate.of(2028, 5, 25), // Ascension
            LocalDate.of(2028, 6, 5), // Lundi de Pentecôte
            LocalDate.of(2028, 7, 14),
            LocalDate.of(2028, 8, 15));

    @Test
    @DisplayName("metropolitan France has exactly the eleven legal holidays in each school year")
    void nationalHolidays() {
        HolidayCalendar france = HolidayCalendar.france();
        assertThat(dates(france, 2026)).containsExactlyElementsOf(NATIONAL_2026_2027);
        assertThat(dates(france, 2027)).containsExactlyElementsOf(NATIONAL_2027_2028);
    }

    @Test
    @DisplayName("Moselle adds Good Friday and 26 December to the national list")
    void moselle() {
        HolidayCalendar moselle = HolidayCalendar.of("fr", "57");
        assertThat(dates(moselle, 2026)).containsExactlyInAnyOrderElementsOf(concat(NATIONAL_2026_2027,
                List.of(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 3, 26))));
        assertThat(dates(moselle, 2027)).containsExactlyInAnyOrderElementsOf(concat(NATIONAL_2027_2028,
                List.of(LocalDate.of(2027, 12, 26), LocalDate.of(2028, 4, 14))));
    }

    @Test
    @DisplayName("the compact form fr-67/68/57 gives the Alsace-Moselle calendar and fr gives the national one")
    void compactForm() {
        assertThat(dates(HolidayCalendar.parse("fr-67/68/57"), 2026))
                .isEqualTo(dates(HolidayCalendar.of("fr", "57"), 2026))
                .contains(LocalDate.of(2027, 3, 26), LocalDate.of(2026, 12, 26));
        assertThat(dates(HolidayCalendar.parse("FR-67"), 2027)).contains(LocalDate.of(2028, 4, 14));
        assertThat(dates(HolidayCalendar.parse("fr"), 2026)).containsExactlyElementsOf(NATIONAL_2026_2027);
    }

    @Test
    @DisplayName("holidays carry their French and English names")
    void names() {
        PublicHoliday easterMonday = HolidayCalendar.france().holidayOn(LocalDate.of(2027, 3, 29)).orElseThrow();
        assertThat(easterMonday.name().in(Locale.FRENCH)).containsIgnoringCase("Pâques");
        assertThat(easterMonday.name().in(Locale.ENGLISH)).containsIgnoringCase("Easter");
        assertThat(HolidayCalendar.france().holidayOn(LocalDate.of(2027, 3, 30))).isEmpty();
        // The plans quote these names: apostrophes are typographic, as in the rest of their wording.
        PublicHoliday ascension = HolidayCalendar.france().holidayOn(LocalDate.of(2027, 5, 6)).orElseThrow();
        assertThat(ascension.name().in(Locale.FRENCH)).isEqualTo("Jour de l’Ascension");
        assertThat(HolidayCalendar.france().holidayOn(LocalDate.of(2027, 1, 1)).orElseThrow().name()
                .in(Locale.FRENCH)).doesNotContain("'");
    }

    @Test
    @DisplayName("an unknown country, subdivision or malformed form is refused with the field named")
    void refusals() {
        assertThatThrownBy(() -> HolidayCalendar.parse("fr-999"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("subdivision");
        assertThatThrownBy(() -> HolidayCalendar.of("zz"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> HolidayCalendar.parse("france/57"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("holidays");
    }

    private static List<LocalDate> dates(HolidayCalendar calendar, int schoolYear) {
        return calendar.between(LocalDate.of(schoolYear, 9, 1), LocalDate.of(schoolYear + 1, 8, 31)).stream()
                .map(PublicHoliday::date).toList();
    }

    private static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
