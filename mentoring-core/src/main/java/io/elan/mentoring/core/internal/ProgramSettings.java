package io.elan.mentoring.core.internal;

import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
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
 * record has no field for, where a suspended program returns to, and the last change of pairs. Keys are namespaced
 * {@code elan.*} so a host's own keys never collide.
 */
public final class ProgramSettings {

    /** Mentees a mentor may take. */
    public static final String MENTOR_CAPACITY = "elan.definition.mentorCapacity";
    /** Follow-up windows, as {@code afterMonths+windowDays} separated by commas. */
    public static final String FOLLOW_UP = "elan.definition.followUp";
    /** Hotline response target in working days. */
    public static final String HOTLINE_RESPONSE = "elan.definition.hotlineResponseWorkingDays";
    /** Who receives the program's escalations, when it has a manager of its own. */
    public static final String PROGRAM_MANAGER = "elan.definition.programManager";
    /** The state a suspended program resumes to. */
    public static final String SUSPENDED_FROM = "elan.lifecycle.suspendedFrom";
    /** Why a program was cancelled. */
    public static final String CANCEL_REASON = "elan.lifecycle.cancelReason";
    /** How many pair ids were handed out. */
    public static final String PAIR_SEQUENCE = "elan.pairs.sequence";
    /**
     * The last change of pairs, written on the program before the pairs are stored: each pair as it is to be, with
     * the version it replaces and the status it leaves (see {@link PairChanges}).
     */
    public static final String PAIR_CHANGE = "elan.pairs.change";

    /** Elements each pair write takes in the encoded change. */
    private static final int WRITE_ELEMENTS = 9;

    private ProgramSettings() {}

    /**
     * One pair a change stores.
     *
     * @param pair the pair as it is to be stored, with the version it replaces: 0 for a new pair
     * @param from the status it leaves; null for a new pair
     */
    public record PairWrite(Pair pair, @Nullable PairStatus from) {}

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
        if (definition.programManager() != null) {
            settings.put(PROGRAM_MANAGER, definition.programManager().value());
        } else {
            settings.remove(PROGRAM_MANAGER);
        }
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
                .programManager(programManager(program).orElse(null))
                .build();
    }

    /**
     * @param program a stored program
     * @return the manager its definition names, if it names one
     */
    public static Optional<PersonId> programManager(Program program) {
        return Optional.ofNullable(program.settings().get(PROGRAM_MANAGER)).map(PersonId::of);
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
     * @param writes the pairs a change stores, in order; every new pair among them has an id from
     *     {@link #nextPairId}, and there is at most one
     * @return the program with the change recorded and, for a new pair, the sequence moved on
     */
    public static Program withPairChange(Program program, List<PairWrite> writes) {
        long created = writes.stream().filter(write -> write.from() == null).count();
        long sequence = Long.parseLong(program.settings().getOrDefault(PAIR_SEQUENCE, "0")) + created;
        // Length-prefixed elements: any identifier and any end reason round-trip without escaping.
        StringBuilder encoded = new StringBuilder();
        for (PairWrite write : writes) {
            Pair pair = write.pair();
            for (String element : List.of(pair.id().value(), pair.mentor().value(), pair.mentee().value(),
                    pair.status().name(), pair.formedOn().toString(),
                    pair.endedOn() == null ? "" : pair.endedOn().toString(),
                    pair.endReason() == null ? "" : pair.endReason(), Long.toString(pair.version()),
                    write.from() == null ? "" : write.from().name())) {
                encoded.append(element.length()).append(':').append(element);
            }
        }
        return with(with(program, PAIR_SEQUENCE, Long.toString(sequence)), PAIR_CHANGE, encoded.toString());
    }

    /**
     * @param program a program
     * @return the pairs the program's last change stores, in order; empty if it never had one
     */
    public static List<PairWrite> pairChange(Program program) {
        String encoded = program.settings().get(PAIR_CHANGE);
        if (encoded == null) {
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        int at = 0;
        while (at < encoded.length()) {
            int colon = encoded.indexOf(':', at);
            int length = Integer.parseInt(encoded.substring(at, colon));
            elements.add(encoded.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        List<PairWrite> writes = new ArrayList<>();
        for (int i = 0; i + WRITE_ELEMENTS <= elements.size(); i += WRITE_ELEMENTS) {
            List<String> e = elements.subList(i, i + WRITE_ELEMENTS);
            Pair pair = new Pair(PairId.of(e.get(0)), program.id(), PersonId.of(e.get(1)), PersonId.of(e.get(2)),
                    PairStatus.valueOf(e.get(3)), LocalDate.parse(e.get(4)),
                    e.get(5).isEmpty() ? null : LocalDate.parse(e.get(5)), e.get(6).isEmpty() ? null : e.get(6),
                    Long.parseLong(e.get(7)));
            writes.add(new PairWrite(pair, e.get(8).isEmpty() ? null : PairStatus.valueOf(e.get(8))));
        }
        return writes;
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
