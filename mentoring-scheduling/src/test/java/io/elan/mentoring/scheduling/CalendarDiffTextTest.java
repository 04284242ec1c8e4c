package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A program manager reads what re-planning changed, one sentence per touchpoint, with what made it move. */
class CalendarDiffTextTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ProgramWindow WINDOW = TenMonthPreset.tenMonthWindow(LocalDate.of(2026, 9, 15), PARIS);
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final CadencePlanner planner = new CadencePlanner();

    @Test
    @DisplayName("a new blackout moves the touchpoints it covers, and each sentence says from when to when and why")
    void blackoutMoves() {
        CompanyCalendar before = CompanyCalendar.defaults();
        Blackout seminar = new Blackout(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 22),
                LocalizedText.of("Séminaire annuel", "Annual seminar"));
        CompanyCalendar after = before.toBuilder().blackout(seminar).build();
        ProgramCalendar calendar = planner.plan(WINDOW, TenMonthPreset.tenMonths(), before);
        Replan replan = planner.replan(calendar, WINDOW, TenMonthPreset.tenMonths(), after, NOW, Set.of());

        PlannedTouchpoint moved = replan.diff().moved().get(0).after();
        assertThat(moved.key()).isEqualTo("workshops-06");
        List<String> english = replan.diff().describe(Locale.ENGLISH);
        assertThat(english).containsExactly("Moved: Focus webinar – “Describe your job to me”, from Thursday 21 January 2027 "
                + "12:00–12:45 to Monday 25 January 2027 12:00–12:45 (Moved to Monday 25 January 2027 (next available"
                + " day): Thursday 21 January 2027 falls in the blackout “Annual seminar”)");
        assertThat(replan.diff().describe(Locale.FRENCH)).containsExactly("Déplacé\u00a0: Webinaire focus – «\u00a0Décris-moi "
                + "ton poste\u00a0», du jeudi 21 janvier 2027 12:00–12:45 au lundi 25 janvier 2027 12:00–12:45 (Déplacé au "
                + "lundi 25 janvier 2027 (jour disponible suivant)\u00a0: jeudi 21 janvier 2027 tombe dans la période sans"
                + " animation «\u00a0Séminaire annuel\u00a0»)");
    }

    @Test
    @DisplayName("a shorter program cancels what falls after the new closing, and adds what hangs on it")
    void shorterProgram() {
        ProgramCalendar calendar = planner.plan(WINDOW, TenMonthPreset.tenMonths(), CompanyCalendar.defaults());
        ProgramWindow shorter = ProgramWindow.of(WINDOW.kickOff(), LocalDate.of(2027, 6, 15), PARIS);
        Replan replan = planner.replan(calendar, shorter, TenMonthPreset.tenMonths(), CompanyCalendar.defaults(), NOW,
                Set.of());
        List<String> lines = replan.diff().describe(Locale.ENGLISH);
        assertThat(lines).hasSize(replan.diff().added().size() + replan.diff().moved().size()
                + replan.diff().cancelled().size());
        assertThat(lines).filteredOn(l -> l.startsWith("Cancelled: ")).isNotEmpty()
                .contains("Cancelled: Thursday 27 May 2027 12:00–13:30, Testimony lunch – The art of questioning",
                        "Cancelled: Tuesday 6 July 2027 09:00, Monthly message to mentors – Looking back on the year");
        assertThat(lines).contains("Moved: Program closing – Celebrating the journey, from Thursday 15 July 2027 "
                + "16:00–18:00 to Tuesday 15 June 2027 16:00–18:00");
    }

    @Test
    @DisplayName("nothing changed reads as one sentence")
    void empty() {
        CalendarDiff diff = new CalendarDiff(List.of(), List.of(), List.of());
        assertThat(diff.describe(Locale.FRENCH)).containsExactly("Aucun changement.");
        assertThat(diff.describe(Locale.ENGLISH)).containsExactly("No change.");
    }
}
