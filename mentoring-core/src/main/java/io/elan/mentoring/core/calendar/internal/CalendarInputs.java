package io.elan.mentoring.core.calendar.internal;

import com.google.common.hash.Hashing;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.json.internal.CalendarJson;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.text.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a program's definition gives the planner: the window, the company calendar as planning constraints, the rituals
 * to plan and the rounds of follow-up calls; and digests of these inputs, so that planning again is skipped when
 * nothing it reads changed. Immutable.
 */
final class CalendarInputs {
    /** Bumped when planning would give other touchpoints from the same inputs, so that stored calendars re-plan. */
    private static final String PLANNING_VERSION = "1";

    private final ProgramDefinition definition;
    private final ProgramWindow window;
    private final CompanyCalendar constraints;
    private final CadencePlan plan;
    private final List<Round> rounds;

    /**
     * One round of follow-up calls: every active pair gets one call due between {@code opens} and {@code closes}.
     *
     * @param number the round's number, from 1
     * @param afterMonths months after the kick-off the round opens, part of each call's id
     * @param opens the first day the calls are due
     * @param closes the last day they are due, never after the closing
     * @param theme what the calls are about
     */
    record Round(int number, int afterMonths, LocalDate opens, LocalDate closes, LocalizedText theme) {}

    CalendarInputs(ProgramDefinition definition) {
        this.definition = definition;
        this.window = ProgramWindow.of(definition.kickOff(), definition.closing(), definition.zone());
        this.constraints = definition.companyCalendar().toCalendar();
        this.plan = plannedRituals(definition, window, constraints);
        this.rounds = rounds(definition);
    }

    ProgramDefinition definition() {
        return definition;
    }

    ProgramWindow window() {
        return window;
    }

    CompanyCalendar constraints() {
        return constraints;
    }

    /** @return the rituals the planner gets: the cadence's, with the waves' questionnaires */
    CadencePlan plan() {
        return plan;
    }

    List<Round> rounds() {
        return rounds;
    }

    Locale locale() {
        return definition.locale();
    }

    /**
     * @param ritual a ritual's id
     * @return the wave that prepares its occurrences, if any
     */
    Optional<QuestionnaireWave> waveOf(String ritual) {
        return definition.questionnaires().stream().filter(w -> w.ritual().equals(ritual)).findFirst();
    }

    /** @return a digest of what the cadence's touchpoints depend on */
    String ritualsDigest() {
        return digest(String.join("\n", PLANNING_VERSION, dates(),
                CalendarJson.write(definition.cadence()).toString(),
                CalendarJson.write(definition.companyCalendar()).toString()));
    }

    /**
     * @param pairs the program's pairs
     * @return a digest of what the pairs' follow-up calls depend on
     */
    String callsDigest(List<Pair> pairs) {
        String windows = definition.followUp().windows().stream().map(w -> w.afterMonths() + "+" + w.windowDays())
                .collect(Collectors.joining(","));
        String states = pairs.stream().map(p -> p.id().value() + ":" + p.status()).sorted()
                .collect(Collectors.joining(","));
        return digest(String.join("\n", PLANNING_VERSION, dates(),
                CalendarJson.write(definition.companyCalendar()).toString(), windows, states));
    }

    private String dates() {
        return definition.kickOff() + "/" + definition.closing() + "/" + definition.zone().getId() + "/"
                + definition.locale().toLanguageTag();
    }

    private static String digest(String text) {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }

    /**
     * The cadence's rituals, without individual calls (each pair's calls come from the follow-up windows) and with each
     * wave's questionnaire on the ritual it prepares. Of the preset, only the rituals whose timing fits the program's
     * dates are kept: it was written for ten months.
     */
    private static CadencePlan plannedRituals(ProgramDefinition definition, ProgramWindow window,
            CompanyCalendar constraints) {
        CadencePlan cadence = definition.cadence().plan();
        boolean preset = definition.cadence().preset().isPresent();
        CadencePlanner planner = new CadencePlanner();
        List<RitualRule> rituals = new ArrayList<>();
        for (RitualRule ritual : cadence.rituals()) {
            if (ritual.formats().contains(Format.CHECKPOINT_CALL)) {
                continue;
            }
            RitualRule prepared = ritual.toBuilder().questionnaire(definition.questionnaires().stream()
                    .filter(w -> w.ritual().equals(ritual.id())).findFirst().map(QuestionnaireWave::timing)
                    .orElse(null)).build();
            // A preset ritual that cannot apply to these dates is left out rather than refusing the program.
            if (preset && !planner.check(window, CadencePlan.builder().ritual(prepared).build(), constraints)
                    .isEmpty()) {
                continue;
            }
            rituals.add(prepared);
        }
        return CadencePlan.builder().ritual(rituals.toArray(RitualRule[]::new))
                .fillerFormats(cadence.fillerFormats().toArray(Format[]::new))
                .fillerThemes(cadence.fillerThemes().toArray(LocalizedText[]::new))
                .fillerStartTime(cadence.fillerStartTime()).build();
    }

    private static List<Round> rounds(ProgramDefinition definition) {
        List<FollowUpWindow> windows = definition.followUp().windows();
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            FollowUpWindow window = windows.get(i);
            LocalDate opens = window.opensOn(definition.kickOff());
            LocalDate closes = window.closesOn(definition.kickOff());
            if (closes.isAfter(definition.closing())) {
                closes = definition.closing();
            }
            rounds.add(new Round(i + 1, window.afterMonths(), opens, closes, theme(i + 1, windows.size())));
        }
        return rounds;
    }

    /** The first round settles the pair, the last one prepares the end; those between are numbered. */
    private static LocalizedText theme(int round, int rounds) {
        if (round == 1) {
            return LocalizedText.of("Premier point d’étape", "First check-in");
        }
        if (round == rounds) {
            return LocalizedText.of("Point avant la fin du programme", "Check-in before the end");
        }
        return LocalizedText.of("Point d’étape n° " + round, "Check-in #" + round);
    }
}
