package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.DroppedOccurrence;
import io.elan.mentoring.scheduling.Obstacle;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.QuestionnaireTiming;
import io.elan.mentoring.scheduling.QuestionnaireWindow;
import io.elan.mentoring.scheduling.Reason;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.ShiftPolicy;
import io.elan.mentoring.scheduling.UnfilledGap;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One run of the cadence planner over one program. Single use, not thread-safe; {@code CadencePlanner} creates one per
 * call.
 *
 * <p>The order of the steps is what makes the rules hold together: days are resolved first (holidays, blackouts,
 * working days, clock changes), then collective meetings are spaced (placed rituals before recurring ones, since the
 * kick-off, mid-point and closing matter more than one workshop of a series), then formats are chosen in time order so
 * that no community gets one twice in a row, and only then are gaps filled, each capsule differing from both
 * neighbours, so that no later step undoes an earlier one.
 */
public final class PlanningRun {
    private static final LocalizedText NO_DETAIL = LocalizedText.of("—", "—");
    private static final Role[] COMMUNITIES = {Role.MENTOR, Role.MENTEE};

    private final ProgramWindow window;
    private final CadencePlan plan;
    private final CompanyCalendar constraints;
    private final List<PlannedTouchpoint> pinned;
    private final Set<String> excluded;
    private final @Nullable LocalDate notBefore;
    private final ZoneId zone;
    private final List<DroppedOccurrence> dropped = new ArrayList<>();
    private final List<Slot> meetings = new ArrayList<>();
    private final List<Slot> others = new ArrayList<>();
    private final List<UnfilledGap> unfilled = new ArrayList<>();
    private final Set<String> pinnedKeys = new HashSet<>();
    private final Map<String, RitualRule> rulesById = new HashMap<>();
    private int fillerThemeIndex;

    private PlanningRun(ProgramWindow window, CadencePlan plan, CompanyCalendar constraints,
            List<PlannedTouchpoint> pinned, Set<String> excluded, @Nullable LocalDate notBefore) {
        this.window = window;
        this.plan = plan;
        this.constraints = constraints;
        this.pinned = pinned;
        this.excluded = excluded;
        this.notBefore = notBefore;
        this.zone = window.zone();
        for (PlannedTouchpoint past : pinned) {
            pinnedKeys.add(past.key());
            if (past.isGapFiller()) {
                fillerThemeIndex++;
            }
        }
        for (RitualRule rule : plan.rituals()) {
            rulesById.put(rule.id(), rule);
        }
    }

    /**
     * @param window the program's dates and zone
     * @param plan the rituals
     * @param constraints the company calendar
     * @param pinned touchpoints already past, kept as they are
     * @param excluded keys of touchpoints cancelled by hand, never planned again
     * @param notBefore the first day new touchpoints may take, or null for the kick-off
     * @return the calendar
     * @throws InvalidValueException listing every rule of the plan that cannot apply to this window
     */
    public static ProgramCalendar plan(ProgramWindow window, CadencePlan plan, CompanyCalendar constraints,
            List<PlannedTouchpoint> pinned, Set<String> excluded, @Nullable LocalDate notBefore) {
        return new PlanningRun(window, plan, constraints, pinned, excluded, notBefore).run();
    }

    /**
     * @param window the program's dates and zone
     * @param plan the rituals
     * @param constraints the company calendar
     * @return every rule of the plan that cannot apply to this window, empty when the plan applies
     */
    public static List<Violation> check(ProgramWindow window, CadencePlan plan, CompanyCalendar constraints) {
        List<Violation> violations = new ArrayList<>();
        new PlanningRun(window, plan, constraints, List.of(), Set.of(), null).validate(violations);
        return violations;
    }

    /**
     * When the questionnaire that prepares a touchpoint is open: from the start of working hours on the day due to
     * the end of working hours on the day due, each moved to the working day before when needed. Whether days are
     * already past plays no part, so a re-planned calendar keeps the windows it had.
     *
     * @param window the program's dates and zone
     * @param constraints the company calendar
     * @param touchpoint a planned touchpoint
     * @param timing when its questionnaire opens and closes
     * @return the questionnaire's window
     */
    public static QuestionnaireWindow questionnaire(ProgramWindow window, CompanyCalendar constraints,
            PlannedTouchpoint touchpoint, QuestionnaireTiming timing) {
        LocalDate day = touchpoint.start().toLocalDate();
        LocalDate opens = previousWorkingDay(window, constraints, day.minusDays(timing.opensDaysBefore()));
        LocalDate closes = previousWorkingDay(window, constraints, day.minusDays(timing.closesDaysBefore()));
        return new QuestionnaireWindow(touchpoint.key() + "-questionnaire", touchpoint.key(),
                ZonedDateTime.of(opens, constraints.workStart(), window.zone()),
                ZonedDateTime.of(closes, constraints.workEnd(), window.zone()));
    }

    /** A questionnaire opens and closes on a day people work, earlier rather than later so it stays long enough. */
    private static LocalDate previousWorkingDay(ProgramWindow window, CompanyCalendar constraints,
            LocalDate date) {
        LocalDate day = date;
        while (day.isAfter(window.kickOff()) && unavailable(window, constraints, day) != null) {
            day = day.minusDays(1);
        }
        return day;
    }

    private ProgramCalendar run() {
        List<Violation> violations = new ArrayList<>();
        Map<RitualRule, List<LocalDate>> intended = validate(violations);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        for (PlannedTouchpoint past : pinned) {
            Slot slot = new Slot(past);
            (past.isCollectiveMeeting() ? meetings : others).add(slot);
        }
        List<Slot> placed = new ArrayList<>();
        List<Slot> recurring = new ArrayList<>();
        for (Map.Entry<RitualRule, List<LocalDate>> entry : intended.entrySet()) {
            RitualRule rule = entry.getKey();
            List<Slot> slots = resolveDays(rule, entry.getValue());
            if (!rule.isCollectiveMeeting()) {
                others.addAll(slots);
            } else if (rule.recurrence().isPresent()) {
                recurring.addAll(slots);
            } else {
                placed.addAll(slots);
            }
        }
        placed.sort(Slot.BY_DATE);
        recurring.sort(Slot.BY_DATE);
        space(placed);
        space(recurring);
        meetings.sort(Slot.BY_DATE);
        chooseFormats();
        chooseThemes(meetings);
        others.sort(Slot.BY_DATE);
        chooseThemes(others);
        fillGaps();
        return assemble();
    }

    private Map<RitualRule, List<LocalDate>> validate(List<Violation> violations) {
        Map<RitualRule, List<LocalDate>> intended = new LinkedHashMap<>();
        long workingSeconds = constraints.workEnd().toSecondOfDay() - constraints.workStart().toSecondOfDay();
        String span = " (kick-off " + window.kickOff() + ", closing " + window.closing() + ")";
        for (RitualRule rule : plan.rituals()) {
            String prefix = "rituals[" + rule.id() + "].";
            for (Format format : rule.formats()) {
                if (rule.durationFor(format).getSeconds() > workingSeconds) {
                    violations.add(Violation.of(prefix + "duration", "must fit in the working hours "
                            + constraints.workStart() + "–" + constraints.workEnd(), rule.durationFor(format)));
                }
            }
            Optional<Recurrence> recurrence = rule.recurrence();
            if (recurrence.isPresent()) {
                LocalDate from = rule.from().resolve(window);
                LocalDate until = rule.until().resolve(window);
                boolean inside = checkInside(prefix + "from", rule.from(), from, span, violations)
                        & checkInside(prefix + "until", rule.until(), until, span, violations);
                if (inside && until.isBefore(from)) {
                    violations.add(Violation.of(prefix + "until", "must not come before from (" + from + ")", until));
                } else if (inside) {
                    List<LocalDate> dates = recurrence.get().between(from, until);
                    if (dates.isEmpty()) {
                        violations.add(Violation.of(prefix + "recurrence", "yields no date between " + from + " and "
                                + until + span, recurrence.get().toRrule()));
                    }
                    intended.put(rule, dates);
                }
            } else {
                List<LocalDate> dates = new ArrayList<>();
                List<Placement> placements = rule.placements();
                for (int i = 0; i < placements.size(); i++) {
                    LocalDate date = placements.get(i).resolve(window);
                    if (checkInside(prefix + "placements[" + i + "]", placements.get(i), date, span, violations)) {
                        dates.add(date);
                    }
                }
                intended.put(rule, dates);
            }
        }
        return intended;
    }

    private boolean checkInside(String field, Placement placement, LocalDate date, String span,
            List<Violation> violations) {
        if (window.contains(date)) {
            return true;
        }
        violations.add(Violation.of(field, "must fall within the program" + span + ", but " + placement + " gives "
                + date, placement));
        return false;
    }

    private List<Slot> resolveDays(RitualRule rule, List<LocalDate> dates) {
        List<Slot> slots = new ArrayList<>(dates.size());
        ShiftPolicy policy = rule.shiftPolicy().orElse(constraints.shiftPolicy());
        boolean single = rule.recurrence().isEmpty() && dates.size() == 1;
        LocalizedText timing = rule.recurrence().map(Recurrence::describe)
                .orElseGet(() -> Texts.localized("timing.placed"));
        Format firstFormat = rule.formats().get(0);
        // A rotation's format is chosen later: the day must suit the longest of its formats.
        Duration duration = rule.formats().stream().map(rule::durationFor).max(Duration::compareTo).orElseThrow();
        LocalTime time = fitTime(rule.startTime(), duration);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            String key = single ? rule.id() : rule.id() + "-" + (i < 9 ? "0" : "") + (i + 1);
            if (excluded.contains(key) || pinnedKeys.contains(key) || (notBefore != null && date.isBefore(notBefore))) {
                continue;
            }
            Slot slot = new Slot(key, rule, date, time, duration);
            slot.reasons.add(new Reason.FromRule(rule.id(), rule.name(), i + 1, timing, date));
            if (rule.formats().size() == 1) {
                slot.format = firstFormat;
            }
            Obstacle obstacle = obstacle(date, time, duration);
            if (obstacle != null) {
                LocalDate lower = i == 0 ? window.kickOff() : dates.get(i - 1).plusDays(1);
                LocalDate upper = i == dates.size() - 1 ? window.closing() : dates.get(i + 1).minusDays(1);
                LocalDate moved = shift(date, policy, lower, upper, d -> obstacle(d, time, duration) == null);
                if (moved == null) {
                    dropped.add(new DroppedOccurrence(key, rule.id(), date, obstacle));
                    continue;
                }
                slot.reasons.add(new Reason.Shifted(date, moved, obstacle, policy));
                slot.date = moved;
            }
            slot.lower = i == 0 ? window.kickOff() : dates.get(i - 1).plusDays(1);
            slot.upper = i == dates.size() - 1 ? window.closing() : dates.get(i + 1).minusDays(1);
            slot.policy = policy;
            slots.add(slot);
        }
        return slots;
    }

    private void space(List<Slot> candidates) {
        for (Slot slot : candidates) {
            Slot close = tooClose(slot.date, slot.audience);
            if (close != null) {
                Obstacle obstacle = new Obstacle(Obstacle.Kind.TOO_CLOSE, slot.date, close.title());
                LocalDate moved = shift(slot.date, slot.policy, slot.lower, slot.upper,
                        d -> obstacle(d, slot.time, slot.duration) == null && tooClose(d, slot.audience) == null);
                if (moved == null) {
                    dropped.add(new DroppedOccurrence(slot.key, slot.ruleId, slot.intended, obstacle));
                    continue;
                }
                slot.reasons.add(new Reason.Shifted(slot.date, moved, obstacle, slot.policy));
                slot.date = moved;
            }
            meetings.add(slot);
        }
    }

    private @Nullable Slot tooClose(LocalDate date, Audience audience) {
        int spacing = constraints.minSpacingDays();
        for (Slot other : meetings) {
            if (shares(audience, other.audience)
                    && Math.abs(ChronoUnit.DAYS.between(other.date, date)) < Math.max(spacing, 1)) {
                return other;
            }
        }
        return null;
    }

    private static boolean shares(Audience a, Audience b) {
        return a == Audience.BOTH || b == Audience.BOTH || a == b;
    }

    private void chooseFormats() {
        Map<Role, Format> last = new EnumMap<>(Role.class);
        Map<Role, Slot> lastSlot = new EnumMap<>(Role.class);
        Map<String, Integer> cursors = new HashMap<>();
        List<Slot> kept = new ArrayList<>(meetings.size());
        for (int i = 0; i < meetings.size(); i++) {
            Slot slot = meetings.get(i);
            RitualRule rule = rulesById.get(slot.ruleId);
            List<Format> pool = rule != null && (!slot.pinned || rule.formats().contains(slot.format))
                    ? rule.formats() : List.of(Objects.requireNonNull(slot.format));
            int cursor = cursors.getOrDefault(slot.ruleId, 0);
            Format chosen;
            if (slot.pinned) {
                chosen = Objects.requireNonNull(slot.format);
            } else if (pool.size() == 1) {
                // A fixed format only has to differ from what came before; the next one adapts or gives way.
                chosen = pick(pool, cursor, slot.audience, last, Map.of());
                if (chosen == null) {
                    Slot between = alternation(slot, pool.get(0), last, lastSlot);
                    if (between != null) {
                        meetings.add(i++, between);
                        kept.add(between);
                        remember(between, last, lastSlot);
                        chosen = pool.get(0);
                    }
                }
            } else {
                chosen = pick(pool, cursor, slot.audience, last, nextFixed(i, slot.audience));
                if (chosen == null) {
                    chosen = pick(pool, cursor, slot.audience, last, Map.of());
                }
            }
            if (chosen == null) {
                Format repeated = pool.get(0);
                dropped.add(new DroppedOccurrence(slot.key, slot.ruleId, slot.intended,
                        new Obstacle(Obstacle.Kind.REPEATED_FORMAT, slot.date, Texts.format(repeated))));
                continue;
            }
            Format natural = pool.get(cursor % pool.size());
            if (!slot.pinned && chosen != natural) {
                slot.reasons.add(new Reason.FormatRotated(natural, chosen));
            }
            if (!slot.pinned && rule != null && pool.size() > 1) {
                slot.duration = rule.durationFor(chosen);
                slot.time = fitTime(rule.startTime(), slot.duration);
            }
            slot.format = chosen;
            cursors.put(slot.ruleId, pool.indexOf(chosen) + 1);
            remember(slot, last, lastSlot);
            kept.add(slot);
        }
        meetings.clear();
        meetings.addAll(kept);
    }

    private static void remember(Slot slot, Map<Role, Format> last, Map<Role, Slot> lastSlot) {
        for (Role role : COMMUNITIES) {
            if (slot.audience.includes(role)) {
                last.put(role, Objects.requireNonNull(slot.format));
                lastSlot.put(role, slot);
            }
        }
    }

    /**
     * A capsule between a fixed-format meeting and the previous meeting of the same format, so that the ritual keeps
     * its occurrence and the community still alternates; null when no day between them can take one.
     */
    private @Nullable Slot alternation(Slot slot, Format repeated, Map<Role, Format> last, Map<Role, Slot> lastSlot) {
        List<Role> clashing = new ArrayList<>(2);
        for (Role role : COMMUNITIES) {
            if (slot.audience.includes(role) && last.get(role) == repeated) {
                clashing.add(role);
            }
        }
        Audience audience = clashing.size() == 2 ? Audience.BOTH
                : clashing.get(0) == Role.MENTOR ? Audience.MENTORS : Audience.MENTEES;
        LocalDate previous = clashing.stream().map(lastSlot::get).map(s -> s.date).max(LocalDate::compareTo)
                .orElseThrow();
        Format format = null;
        for (Format candidate : plan.fillerFormats()) {
            boolean differs = candidate != repeated;
            for (Role role : COMMUNITIES) {
                differs &= !audience.includes(role) || candidate != last.get(role);
            }
            if (differs) {
                format = candidate;
                break;
            }
        }
        if (format == null) {
            return null;
        }
        Duration duration = format.typicalDuration();
        LocalTime time = fitTime(plan.fillerStartTime(), duration);
        int spacing = Math.max(constraints.minSpacingDays(), 1);
        for (LocalDate d = slot.date.minusDays(spacing); d.isAfter(previous.plusDays(spacing - 1L));
                d = d.minusDays(1)) {
            if (obstacle(d, time, duration) == null && tooClose(d, audience) == null
                    && !excluded.contains(fillerKey(audience, d))) {
                Slot filler = new Slot(fillerKey(audience, d), null, d, time, duration);
                filler.audience = audience;
                filler.format = format;
                filler.theme = nextFillerTheme();
                filler.reasons.add(new Reason.Alternated(audience, repeated));
                return filler;
            }
        }
        return null;
    }

    private LocalizedText nextFillerTheme() {
        return plan.fillerThemes().get(fillerThemeIndex++ % plan.fillerThemes().size());
    }

    private static @Nullable Format pick(List<Format> pool, int cursor, Audience audience, Map<Role, Format> last,
            Map<Role, Format> next) {
        for (int k = 0; k < pool.size(); k++) {
            Format candidate = pool.get((cursor + k) % pool.size());
            boolean fits = true;
            for (Role role : COMMUNITIES) {
                if (audience.includes(role) && (candidate == last.get(role) || candidate == next.get(role))) {
                    fits = false;
                }
            }
            if (fits) {
                return candidate;
            }
        }
        return null;
    }

    /** For each community of the audience, the format of its next meeting when that format cannot change. */
    private Map<Role, Format> nextFixed(int index, Audience audience) {
        Map<Role, Format> next = new EnumMap<>(Role.class);
        for (Role role : COMMUNITIES) {
            if (!audience.includes(role)) {
                continue;
            }
            for (int j = index + 1; j < meetings.size(); j++) {
                Slot later = meetings.get(j);
                if (later.audience.includes(role)) {
                    if (later.format != null) {
                        next.put(role, later.format);
                    }
                    break;
                }
            }
        }
        return next;
    }

    private void chooseThemes(List<Slot> slots) {
        Map<String, Integer> counters = new HashMap<>();
        for (Slot slot : slots) {
            int used = counters.merge(slot.ruleId, 1, Integer::sum) - 1;
            if (slot.pinned || slot.rule == null) {
                continue;
            }
            List<LocalizedText> themes = slot.rule.themes();
            slot.theme = themes.isEmpty() ? slot.rule.name() : themes.get(used % themes.size());
        }
    }

    private void fillGaps() {
        int maxGap = constraints.maxGapDays();
        int spacing = Math.max(constraints.minSpacingDays(), 1);
        for (Role role : COMMUNITIES) {
            meetings.sort(Slot.BY_DATE);
            Audience audience = role == Role.MENTOR ? Audience.MENTORS : Audience.MENTEES;
            List<Slot> sequence = new ArrayList<>();
            for (Slot slot : meetings) {
                if (slot.audience.includes(role)) {
                    sequence.add(slot);
                }
            }
            for (int i = 0; i <= sequence.size(); i++) {
                Slot previous = i == 0 ? null : sequence.get(i - 1);
                Slot next = i == sequence.size() ? null : sequence.get(i);
                LocalDate from = previous == null ? window.kickOff() : previous.date;
                LocalDate to = next == null ? window.closing() : next.date;
                if (notBefore != null && to.isBefore(notBefore)) {
                    continue;
                }
                // When both communities share the same gap, one capsule for both beats two on the same day.
                Audience fillerAudience = role == Role.MENTOR && sharedGap(previous, next, from, to) ? Audience.BOTH
                        : audience;
                while (ChronoUnit.DAYS.between(from, to) > maxGap) {
                    Format format = fillerFormat(previous, next);
                    Duration duration = format.typicalDuration();
                    LocalTime time = fitTime(plan.fillerStartTime(), duration);
                    LocalDate latest = from.plusDays(maxGap);
                    if (next != null && latest.isAfter(to.minusDays(spacing))) {
                        latest = to.minusDays(spacing);
                    }
                    LocalDate earliest = previous == null ? from : from.plusDays(spacing);
                    if (notBefore != null && earliest.isBefore(notBefore)) {
                        earliest = notBefore;
                    }
                    LocalDate found = null;
                    for (LocalDate d = latest; !d.isBefore(earliest); d = d.minusDays(1)) {
                        if (obstacle(d, time, duration) == null && tooClose(d, fillerAudience) == null
                                && !excluded.contains(fillerKey(fillerAudience, d))) {
                            found = d;
                            break;
                        }
                    }
                    if (found == null) {
                        // Nothing fits within the maximum gap (a long blackout): report the stretch up to the first
                        // day that can take a capsule, and carry on from there.
                        for (LocalDate d = latest.plusDays(1); next == null ? !d.isAfter(to) : d.isBefore(
                                to.minusDays(spacing - 1L)); d = d.plusDays(1)) {
                            if (obstacle(d, time, duration) == null && tooClose(d, fillerAudience) == null
                                    && !excluded.contains(fillerKey(fillerAudience, d))) {
                                found = d;
                                break;
                            }
                        }
                        LocalDate end = found == null ? to : found;
                        unfilled.add(new UnfilledGap(role, from, end, maxGap));
                        if (found == null) {
                            break;
                        }
                    }
                    Slot filler = new Slot(fillerKey(fillerAudience, found), null, found, time, duration);
                    filler.audience = fillerAudience;
                    filler.format = format;
                    filler.theme = nextFillerTheme();
                    filler.reasons.add(new Reason.GapFilled(fillerAudience, from, to, maxGap));
                    meetings.add(filler);
                    previous = filler;
                    from = found;
                }
            }
        }
        meetings.sort(Slot.BY_DATE);
    }

    private Format fillerFormat(@Nullable Slot previous, @Nullable Slot next) {
        for (Format format : plan.fillerFormats()) {
            if ((previous == null || previous.format != format) && (next == null || next.format != format)) {
                return format;
            }
        }
        throw new IllegalStateException("three different filler formats always leave one free");
    }

    private static String fillerKey(Audience audience, LocalDate date) {
        return "gap-" + audience.name().toLowerCase(Locale.ROOT) + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(date);
    }

    /**
     * Whether the mentees' gap is the mentors' one: both ends gather both communities, and no mentee meeting lies
     * between them. The ends count too: when the mentors' gap runs from the kick-off or to the closing, a mentee
     * meeting on that very day is the mentees' neighbour, and a capsule for both would have to differ from it.
     */
    private boolean sharedGap(@Nullable Slot previous, @Nullable Slot next, LocalDate from, LocalDate to) {
        if (previous != null && previous.audience != Audience.BOTH || next != null && next.audience != Audience.BOTH) {
            return false;
        }
        for (Slot slot : meetings) {
            if (slot.audience == Audience.MENTEES && !slot.date.isBefore(from) && !slot.date.isAfter(to)) {
                return false;
            }
        }
        return true;
    }

    private ProgramCalendar assemble() {
        List<PlannedTouchpoint> touchpoints = new ArrayList<>(meetings.size() + others.size());
        List<QuestionnaireWindow> questionnaires = new ArrayList<>();
        for (List<Slot> slots : List.of(meetings, others)) {
            for (Slot slot : slots) {
                PlannedTouchpoint touchpoint = slot.toTouchpoint(zone);
                touchpoints.add(touchpoint);
                // A past touchpoint keeps its questionnaire window: it is part of the calendar's history.
                RitualRule rule = slot.rule != null ? slot.rule : rulesById.get(slot.ruleId);
                if (rule != null && rule.questionnaire().isPresent()) {
                    questionnaires.add(questionnaire(window, constraints, touchpoint, rule.questionnaire().get()));
                }
            }
        }
        touchpoints.sort(Comparator.comparing((PlannedTouchpoint t) -> t.start().toInstant())
                .thenComparing(PlannedTouchpoint::key));
        questionnaires.sort(Comparator.comparing((QuestionnaireWindow q) -> q.opens().toInstant())
                .thenComparing(QuestionnaireWindow::key));
        dropped.sort(Comparator.comparing(DroppedOccurrence::intendedDate).thenComparing(DroppedOccurrence::key));
        unfilled.sort(Comparator.comparing(UnfilledGap::from)
                .thenComparing(UnfilledGap::community));
        return new ProgramCalendar(window, touchpoints, questionnaires, dropped, unfilled);
    }

    private LocalTime fitTime(LocalTime wanted, Duration duration) {
        LocalTime time = wanted.isBefore(constraints.workStart()) ? constraints.workStart() : wanted;
        long end = time.toSecondOfDay() + duration.getSeconds();
        if (end > constraints.workEnd().toSecondOfDay()) {
            time = LocalTime.ofSecondOfDay(constraints.workEnd().toSecondOfDay() - duration.getSeconds());
        }
        return time;
    }

    private @Nullable LocalDate shift(LocalDate date, ShiftPolicy policy, LocalDate lower, LocalDate upper,
            Predicate<LocalDate> fits) {
        switch (policy) {
            case NEXT_WORKING_DAY:
                for (LocalDate d = date.plusDays(1); !d.isAfter(upper); d = d.plusDays(1)) {
                    if (fits.test(d)) {
                        return d;
                    }
                }
                return null;
            case PREVIOUS_WORKING_DAY:
                for (LocalDate d = date.minusDays(1); !d.isBefore(lower); d = d.minusDays(1)) {
                    if (fits.test(d)) {
                        return d;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private @Nullable Obstacle dayObstacle(LocalDate date) {
        if (window.contains(date) && notBefore != null && date.isBefore(notBefore)) {
            return new Obstacle(Obstacle.Kind.PAST, date, NO_DETAIL);
        }
        return unavailable(window, constraints, date);
    }

    /** Why the company calendar leaves a day without touchpoint, whatever the day of planning; null if it does not. */
    private static @Nullable Obstacle unavailable(ProgramWindow window, CompanyCalendar constraints,
            LocalDate date) {
        if (!window.contains(date)) {
            return new Obstacle(Obstacle.Kind.OUTSIDE_PROGRAM, date, NO_DETAIL);
        }
        return constraints.obstacleOn(date).orElse(null);
    }

    private @Nullable Obstacle obstacle(LocalDate date, LocalTime time, Duration duration) {
        Obstacle day = dayObstacle(date);
        if (day != null) {
            return day;
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        ZonedDateTime start = ZonedDateTime.of(local, zone);
        ZonedDateTime end = start.plus(duration);
        if (!start.toLocalDateTime().equals(local) || !end.toLocalDate().equals(date)
                || end.toLocalTime().isAfter(constraints.workEnd())) {
            return new Obstacle(Obstacle.Kind.CLOCK_CHANGE, date, NO_DETAIL);
        }
        return null;
    }

    /** A touchpoint being planned. */
    private static final class Slot {
        static final Comparator<Slot> BY_DATE = Comparator.comparing((Slot s) -> s.date)
                .thenComparing(s -> s.time).thenComparing(s -> s.key);

        final String key;
        final String ruleId;
        final @Nullable RitualRule rule;
        final LocalDate intended;
        final List<Reason> reasons = new ArrayList<>();
        final @Nullable PlannedTouchpoint past;
        final boolean pinned;
        LocalDate date;
        LocalTime time;
        Duration duration;
        Audience audience;
        @Nullable Format format;
        @Nullable LocalizedText theme;
        LocalDate lower;
        LocalDate upper;
        ShiftPolicy policy = ShiftPolicy.NEXT_WORKING_DAY;

        Slot(String key, @Nullable RitualRule rule, LocalDate date, LocalTime time, Duration duration) {
            this.key = key;
            this.ruleId = rule == null ? PlannedTouchpoint.GAP_FILLER : rule.id();
            this.rule = rule;
            this.intended = date;
            this.date = date;
            this.time = time;
            this.duration = duration;
            this.audience = rule == null ? Audience.BOTH : rule.audience();
            this.past = null;
            this.pinned = false;
            this.lower = date;
            this.upper = date;
        }

        Slot(PlannedTouchpoint past) {
            this.key = past.key();
            this.ruleId = past.ruleId();
            this.rule = null;
            this.intended = past.start().toLocalDate();
            this.date = intended;
            this.time = past.start().toLocalTime();
            this.duration = past.duration();
            this.audience = past.audience();
            this.format = past.format();
            this.theme = past.theme();
            this.past = past;
            this.pinned = true;
            this.lower = date;
            this.upper = date;
        }

        LocalizedText title() {
            if (past != null) {
                return past.title();
            }
            return rule != null ? rule.name() : Texts.format(Objects.requireNonNull(format));
        }

        PlannedTouchpoint toTouchpoint(ZoneId zone) {
            if (past != null) {
                return past;
            }
            Format chosen = Objects.requireNonNull(format, "every kept slot has a format");
            ZonedDateTime start = ZonedDateTime.of(date, time, zone);
            LocalizedText name = rule != null && rule.formats().size() == 1 ? rule.name() : Texts.format(chosen);
            List<Reason> all = reasons;
            if (rule != null && !time.equals(rule.startTime())) {
                all = new ArrayList<>(reasons);
                all.add(new Reason.TimeAdjusted(rule.startTime(), time));
            }
            return new PlannedTouchpoint(key, ruleId, name, chosen, audience,
                    rule != null ? rule.modeFor(chosen) : DeliveryMode.REMOTE, theme == null ? name : theme, start,
                    start.plus(duration), rule != null ? rule.segments() : List.of(), all, 0);
        }
    }
}
