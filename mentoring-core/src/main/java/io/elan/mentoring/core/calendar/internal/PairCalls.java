package io.elan.mentoring.core.calendar.internal;

import io.elan.mentoring.core.calendar.internal.CalendarInputs.Round;
import io.elan.mentoring.core.internal.StableIds;
import io.elan.mentoring.scheduling.CalendarDiff;
import io.elan.mentoring.scheduling.FormatNames;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.Reason;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Each pair's follow-up calls: for every round of the definition's follow-up windows, one call per active pair,
 * inviting its two members. The pairs, taken in the order of their ids, are dealt over the round's available days one
 * day after the other, then one slot later each time the days are used up, from the start of working hours; when a
 * round's days are full, the calls take the first free slots after them. A pair keeps its slot while pairs come and
 * go, since its place in the order never changes. Not thread-safe; one instance per planning.
 */
final class PairCalls {
    private static final Duration LENGTH = Format.CHECKPOINT_CALL.typicalDuration();

    private final CalendarInputs inputs;
    private final List<Pair> pairs;
    private final Map<PersonId, String> names;
    private final Map<String, Call> byKey = new HashMap<>();

    /** The pair and round a call belongs to. */
    private record Call(Round round, Pair pair) {}

    /**
     * What planning the calls gave.
     *
     * @param calls every call of the calendar, past ones kept as they were
     * @param diff the calls added, moved and cancelled
     */
    record Result(List<PlannedTouchpoint> calls, CalendarDiff diff) {}

    /**
     * @param inputs the definition's inputs
     * @param pairs every pair of the program, whatever its status, by id
     * @param names the members' names, by person
     */
    PairCalls(CalendarInputs inputs, List<Pair> pairs, Map<PersonId, String> names) {
        this.inputs = inputs;
        this.pairs = pairs;
        this.names = names;
        for (Round round : inputs.rounds()) {
            for (Pair pair : pairs) {
                byKey.put(key(round, pair), new Call(round, pair));
            }
        }
    }

    /**
     * @param stored a stored follow-up call touchpoint
     * @return it as a planned touchpoint, its pair named, its SEQUENCE its version minus one
     */
    PlannedTouchpoint read(Touchpoint stored) {
        ZoneId zone = inputs.window().zone();
        int sequence = (int) Math.max(0, stored.version() - 1);
        Call call = byKey.get(stored.id().value());
        if (call != null) {
            return touchpoint(call.round(), call.pair(), stored.start().atZone(zone), sequence);
        }
        // A call of a round the definition no longer has: kept as stored, since it is past or about to be cancelled.
        LocalizedText theme = LocalizedText.of(stored.theme(), stored.theme());
        return new PlannedTouchpoint(stored.id().value(), TenMonthPreset.FOLLOW_UP_CALLS,
                FormatNames.of(Format.CHECKPOINT_CALL), stored.format(), stored.audience(), stored.mode(), theme,
                stored.start().atZone(zone), stored.end().atZone(zone), List.of(), List.of(), sequence);
    }

    /**
     * @param previous the calls stored so far, read back, by key
     * @param pinnedUntil calls starting before this instant stay as they are, and no call is placed before it
     * @return the calls and what changed
     */
    Result plan(Map<String, PlannedTouchpoint> previous, Instant pinnedUntil) {
        Map<String, PlannedTouchpoint> chosen = new LinkedHashMap<>();
        for (Round round : inputs.rounds()) {
            planRound(round, previous, pinnedUntil, chosen);
        }
        List<PlannedTouchpoint> calls = new ArrayList<>();
        List<PlannedTouchpoint> added = new ArrayList<>();
        List<CalendarDiff.Change> moved = new ArrayList<>();
        List<PlannedTouchpoint> cancelled = new ArrayList<>();
        for (PlannedTouchpoint call : chosen.values()) {
            PlannedTouchpoint before = previous.get(call.key());
            if (before == null) {
                added.add(call);
                calls.add(call);
            } else if (before.start().toInstant().equals(call.start().toInstant())
                    && before.end().toInstant().equals(call.end().toInstant())) {
                calls.add(call.withSequence(before.sequence()));
            } else {
                PlannedTouchpoint after = call.withSequence(before.sequence() + 1);
                moved.add(new CalendarDiff.Change(before, after));
                calls.add(after);
            }
        }
        for (PlannedTouchpoint before : previous.values()) {
            if (!chosen.containsKey(before.key())) {
                if (before.start().toInstant().isBefore(pinnedUntil)) {
                    calls.add(before);
                } else {
                    cancelled.add(before.withSequence(before.sequence() + 1));
                }
            }
        }
        return new Result(calls, new CalendarDiff(added, moved, cancelled));
    }

    private void planRound(Round round, Map<String, PlannedTouchpoint> previous, Instant pinnedUntil,
            Map<String, PlannedTouchpoint> chosen) {
        Slots slots = new Slots(round);
        Set<Instant> taken = new HashSet<>();
        for (Pair pair : pairs) {
            PlannedTouchpoint before = previous.get(key(round, pair));
            if (before != null && before.start().toInstant().isBefore(pinnedUntil)) {
                chosen.put(before.key(), before);
                taken.add(before.start().toInstant());
            }
        }
        List<Pair> waiting = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (pair.status() != PairStatus.ACTIVE || chosen.containsKey(key(round, pair))) {
                continue;
            }
            ZonedDateTime own = slots.start(i);
            if (own != null && !own.toInstant().isBefore(pinnedUntil) && taken.add(own.toInstant())) {
                chosen.put(key(round, pair), touchpoint(round, pair, own, 0));
            } else {
                waiting.add(pair);
            }
        }
        // Pairs whose own slot is past (they joined late) keep the slot they were given, or take the first free one.
        for (Pair pair : waiting) {
            PlannedTouchpoint before = previous.get(key(round, pair));
            ZonedDateTime start = null;
            if (before != null && !before.start().toInstant().isBefore(pinnedUntil) && slots.holds(before.start())
                    && taken.add(before.start().toInstant())) {
                start = before.start();
            }
            for (int s = 0; start == null && s < slots.count(); s++) {
                ZonedDateTime free = slots.start(s);
                if (free != null && !free.toInstant().isBefore(pinnedUntil) && taken.add(free.toInstant())) {
                    start = free;
                }
            }
            if (start != null) {
                chosen.put(key(round, pair), touchpoint(round, pair, start, 0));
            }
        }
    }

    private PlannedTouchpoint touchpoint(Round round, Pair pair, ZonedDateTime start, int sequence) {
        String mentor = names.getOrDefault(pair.mentor(), pair.mentor().value());
        String mentee = names.getOrDefault(pair.mentee(), pair.mentee().value());
        LocalizedText title = LocalizedText.of("Appel de suivi – " + mentor + " & " + mentee,
                "Follow-up call – " + mentor + " & " + mentee);
        Reason why = new Reason.CallRound(round.number(), round.opens(), round.closes(),
                start.toLocalDate().isAfter(round.closes()));
        return new PlannedTouchpoint(key(round, pair), TenMonthPreset.FOLLOW_UP_CALLS, title, Format.CHECKPOINT_CALL,
                Audience.BOTH, DeliveryMode.REMOTE, round.theme(), start, start.plus(LENGTH), List.of(), List.of(why),
                sequence, List.of(mentor, mentee));
    }

    /**
     * @param round a round
     * @param pair a pair
     * @return the id of the pair's call in that round, such as {@code follow-up/m2/pair-00001}
     */
    static String key(Round round, Pair pair) {
        return StableIds.of("follow-up", "m" + round.afterMonths(), pair.id().value());
    }

    /**
     * @param key a touchpoint's id
     * @return the pair whose call it is, if it is a call of one of the rounds
     */
    @Nullable Pair pairOf(String key) {
        Call call = byKey.get(key);
        return call == null ? null : call.pair();
    }

    /** The slots of one round, numbered: its available days dealt in turn, then the days after it. */
    private final class Slots {
        private final List<LocalDate> inWindow = new ArrayList<>();
        private final List<LocalDate> after = new ArrayList<>();
        private final LocalTime workStart;
        private final int perDay;

        Slots(Round round) {
            CompanyCalendar constraints = inputs.constraints();
            LocalDate first = round.opens().isBefore(inputs.window().kickOff()) ? inputs.window().kickOff()
                    : round.opens();
            for (LocalDate day = first; !day.isAfter(inputs.window().closing()); day = day.plusDays(1)) {
                if (constraints.isWorkingDay(day)) {
                    (day.isAfter(round.closes()) ? after : inWindow).add(day);
                }
            }
            workStart = constraints.workStart();
            perDay = (int) (Duration.between(constraints.workStart(), constraints.workEnd()).toMinutes()
                    / LENGTH.toMinutes());
        }

        int count() {
            return (inWindow.size() + after.size()) * perDay;
        }

        @Nullable ZonedDateTime start(int index) {
            int inside = inWindow.size() * perDay;
            LocalDate day;
            int slot;
            if (index < inside) {
                day = inWindow.get(index % inWindow.size());
                slot = index / inWindow.size();
            } else if (index - inside < after.size() * perDay) {
                day = after.get((index - inside) / perDay);
                slot = (index - inside) % perDay;
            } else {
                return null;
            }
            return ZonedDateTime.of(day, workStart.plus(LENGTH.multipliedBy(slot)), inputs.window().zone());
        }

        /** Whether a start is one of this round's slots under the current company calendar. */
        boolean holds(ZonedDateTime start) {
            LocalDate day = start.withZoneSameInstant(inputs.window().zone()).toLocalDate();
            if (!inWindow.contains(day) && !after.contains(day)) {
                return false;
            }
            long minutes = Duration.between(workStart, start.toLocalTime()).toMinutes();
            return minutes >= 0 && minutes % LENGTH.toMinutes() == 0 && minutes / LENGTH.toMinutes() < perDay;
        }
    }
}
