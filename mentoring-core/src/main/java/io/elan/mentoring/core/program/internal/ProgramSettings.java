package io.elan.mentoring.core.program.internal;

import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How the engine keeps what it needs later in {@link Program#settings()}: the parts of the definition a program
 * record has no field for, where a suspended program returns to, and the pair reservation. Keys are namespaced
 * {@code elan.*} so a host's own keys never collide.
 */
public final class ProgramSettings {

    /** Mentees a mentor may take. */
    public static final String MENTOR_CAPACITY = "elan.definition.mentorCapacity";
    /** Follow-up windows, as {@code afterMonths+windowDays} separated by commas. */
    public static final String FOLLOW_UP = "elan.definition.followUp";
    /** Hotline response target in working days. */
    public static final String HOTLINE_RESPONSE = "elan.definition.hotlineResponseWorkingDays";
    /** The state a suspended program resumes to. */
    public static final String SUSPENDED_FROM = "elan.lifecycle.suspendedFrom";
    /** Why a program was cancelled. */
    public static final String CANCEL_REASON = "elan.lifecycle.cancelReason";
    /** How many pair ids were handed out. */
    public static final String PAIR_SEQUENCE = "elan.pairs.sequence";
    /** The last pair reserved: id, mentor, mentee and day, separated by tabs (which identifiers never hold). */
    public static final String PAIR_RESERVATION = "elan.pairs.reservation";

    private ProgramSettings() {}

    /**
     * A pair reserved on the program before it is stored.
     *
     * @param pair the pair id
     * @param mentor the mentor
     * @param mentee the mentee
     * @param formedOn the day it is formed
     */
    public record Reservation(PairId pair, PersonId mentor, PersonId mentee, LocalDate formedOn) {}

    /**
     * @param definition a definition
     * @param tenant the tenant
     * @return a new program in {@code DRAFT}, its settings holding the definition
     */
    public static Program newProgram(ProgramDefinition definition, TenantId tenant) {
        return build(Program.builder().id(definition.id()).tenant(tenant), definition, Map.of());
    }

    /**
     * @param program a stored program
     * @param definition its new definition
     * @return the program with the definition's fields and settings, other settings kept
     */
    public static Program redefined(Program program, ProgramDefinition definition) {
        return build(program.toBuilder(), definition, program.settings());
    }

    private static Program build(Program.Builder builder, ProgramDefinition definition, Map<String, String> kept) {
        Map<String, String> settings = new HashMap<>(kept);
        settings.put(MENTOR_CAPACITY, Integer.toString(definition.mentorCapacity()));
        settings.put(FOLLOW_UP, definition.followUp().windows().stream()
                .map(w -> w.afterMonths() + "+" + w.windowDays()).collect(Collectors.joining(",")));
        settings.put(HOTLINE_RESPONSE, Integer.toString(definition.hotlineResponseWorkingDays()));
        RhythmSettings.write(settings, definition);
        return builder.name(definition.name()).kickOff(definition.kickOff()).closing(definition.closing())
                .zone(definition.zone()).locale(definition.locale()).settings(settings).build();
    }

    /**
     * @param program a stored program
     * @return its definition; settings the engine did not write read as the defaults
     */
    public static ProgramDefinition definition(Program program) {
        Map<String, String> s = program.settings();
        ProgramDefinition.Builder definition = ProgramDefinition.builder();
        RhythmSettings.read(s, definition);
        return definition
                .id(program.id())
                .name(program.name())
                .kickOff(program.kickOff())
                .closing(program.closing())
                .zone(program.zone())
                .locale(program.locale())
                .mentorCapacity(intSetting(s, MENTOR_CAPACITY, ProgramDefinition.DEFAULT_MENTOR_CAPACITY))
                .followUp(s.containsKey(FOLLOW_UP) ? followUp(s.get(FOLLOW_UP)) : FollowUpPolicy.defaults())
                .hotlineResponseWorkingDays(intSetting(s, HOTLINE_RESPONSE,
                        ProgramDefinition.DEFAULT_HOTLINE_RESPONSE_WORKING_DAYS))
                .build();
    }

    private static int intSetting(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static FollowUpPolicy followUp(String encoded) {
        List<FollowUpWindow> windows = new ArrayList<>();
        if (!encoded.isEmpty()) {
            for (String window : encoded.split(",")) {
                String[] parts = window.split("\\+");
                windows.add(new FollowUpWindow(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            }
        }
        return new FollowUpPolicy(windows);
    }

    /**
     * @param program a program
     * @param state the state it is suspended from
     * @return the program suspended, remembering where to return
     */
    public static Program suspended(Program program, ProgramStatus state) {
        return with(program, SUSPENDED_FROM, state.name()).withStatus(ProgramStatus.SUSPENDED);
    }

    /**
     * @param program a suspended program
     * @return the state it resumes to
     */
    public static ProgramStatus suspendedFrom(Program program) {
        return ProgramStatus.valueOf(program.settings().get(SUSPENDED_FROM));
    }

    /**
     * @param program a suspended program
     * @return the program back in the state it was suspended from
     */
    public static Program resumed(Program program) {
        return with(program, SUSPENDED_FROM, null).withStatus(suspendedFrom(program));
    }

    /**
     * @param program a program
     * @param reason why it is cancelled
     * @return the program cancelled
     */
    public static Program cancelled(Program program, String reason) {
        return with(with(program, SUSPENDED_FROM, null), CANCEL_REASON, reason).withStatus(ProgramStatus.CANCELLED);
    }

    /**
     * @param program a program
     * @return the id the next pair gets
     */
    public static PairId nextPairId(Program program) {
        long next = Long.parseLong(program.settings().getOrDefault(PAIR_SEQUENCE, "0")) + 1;
        return PairId.of(String.format(Locale.ROOT, "pair-%05d", next));
    }

    /**
     * @param program a program
     * @param reservation the pair to reserve, which gets {@link #nextPairId}
     * @return the program with the sequence moved on and the reservation recorded
     */
    public static Program reserved(Program program, Reservation reservation) {
        long next = Long.parseLong(program.settings().getOrDefault(PAIR_SEQUENCE, "0")) + 1;
        String encoded = String.join("\t", reservation.pair().value(), reservation.mentor().value(),
                reservation.mentee().value(), reservation.formedOn().toString());
        return with(with(program, PAIR_SEQUENCE, Long.toString(next)), PAIR_RESERVATION, encoded);
    }

    /**
     * @param program a program
     * @return the last pair reserved on it, if any
     */
    public static Optional<Reservation> reservation(Program program) {
        String encoded = program.settings().get(PAIR_RESERVATION);
        if (encoded == null) {
            return Optional.empty();
        }
        String[] parts = encoded.split("\t");
        return Optional.of(new Reservation(PairId.of(parts[0]), PersonId.of(parts[1]), PersonId.of(parts[2]),
                LocalDate.parse(parts[3])));
    }

    private static Program with(Program program, String key, @Nullable String value) {
        Map<String, String> settings = new HashMap<>(program.settings());
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
        return program.toBuilder().settings(settings).build();
    }
}
