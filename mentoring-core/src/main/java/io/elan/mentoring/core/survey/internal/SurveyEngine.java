package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveySettings;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.core.survey.SurveyWaveStatus;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.anonymity.RespondentGroup;
import io.elan.mentoring.survey.collection.SubmissionResult;
import io.elan.mentoring.survey.collection.SurveyCollector;
import io.elan.mentoring.survey.collection.WaveClosedException;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.SurveyReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs every tenant's survey waves from their programs' calendars: opens, invites, reminds and publishes when the
 * timer call comes, and answers the surveys service of each tenant. One per engine; thread-safe, and safe on several
 * nodes sharing the stores.
 *
 * <h2>What it remembers, and why that is safe</h2>
 * Everything that matters is in the shared stores: the registry's first invitation wins, the outbox keeps one message
 * per key, and the collector publishes each response once. This node only remembers what it has already done (whom it
 * invited, which reminders it sent, which closed waves it published), so that each timer call does not redo it. A node
 * that restarts, or another node, does it once more and changes nothing.
 */
public final class SurveyEngine {

    private final ProgramStore store;
    private final TokenRegistry registry;
    private final Outbox outbox;
    private final SurveyCollector collector;
    private final AnonymityGuard guard;
    private final SurveySettings settings;
    private final WaveSchedule schedule;
    private final SurveyMessages messages;
    private final Clock clock;
    private final Map<String, WaveMemory> memory = new ConcurrentHashMap<>();

    /** What this node did for one wave; forgotten, but for the fact, once the closed wave is published. */
    private static final class WaveMemory {
        final Set<String> steps = ConcurrentHashMap.newKeySet();
        volatile boolean published;
    }

    /**
     * @param store where programs and participants are read
     * @param registry who was invited to which wave, and who answered
     * @param outbox where messages are queued, and invitations read back
     * @param collector takes, holds and publishes responses
     * @param guard the only way figures leave
     * @param settings reminders, thresholds and questionnaires
     * @param schedule where each program's waves stand
     * @param messages writes invitations and reminders
     * @param clock the engine's clock
     */
    public SurveyEngine(ProgramStore store, TokenRegistry registry, Outbox outbox, SurveyCollector collector,
            AnonymityGuard guard, SurveySettings settings, WaveSchedule schedule, SurveyMessages messages,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.outbox = outbox;
        this.collector = collector;
        this.guard = guard;
        this.settings = settings;
        this.schedule = schedule;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What one timer call did for one program's waves.
     *
     * @param invitations invitations newly queued
     * @param reminders reminders newly queued
     * @param published held responses published
     * @param spent the work units spent: one per person considered for a message
     * @param stoppedShort whether the allowance ran out before everything due was done
     */
    public record Work(int invitations, int reminders, int published, int spent, boolean stoppedShort) {}

    /**
     * Does what the program's waves call for at an instant: invites everyone not invited yet while a wave is open,
     * sends the latest reminder due, and publishes what a closed wave still holds.
     *
     * @param tenant the tenant
     * @param program the program
     * @param now the instant
     * @param allowance the most work units to spend; what is left is done by a later call
     * @return what was done
     */
    public Work runDue(TenantId tenant, Program program, Instant now, int allowance) {
        Run run = new Run(tenant, program, now, allowance);
        for (ScheduledSurvey scheduled : schedule.waves(tenant, program)) {
            if (now.isBefore(scheduled.opens())) {
                continue;
            }
            Wave wave = wave(scheduled);
            if (now.isBefore(scheduled.closes())) {
                run.invite(scheduled, wave);
                run.remind(scheduled, wave);
            } else {
                run.publish(wave);
            }
        }
        return new Work(run.invitations, run.reminders, run.published, run.spent, run.stoppedShort);
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param from the first instant
     * @param until the instant after the last
     * @param locale the language of the texts
     * @return one paragraph for each wave that opens in that span, announcing it to a whole community
     */
    public List<String> announcements(TenantId tenant, Program program, Instant from, Instant until, Locale locale) {
        List<String> paragraphs = new ArrayList<>();
        for (ScheduledSurvey scheduled : schedule.waves(tenant, program)) {
            if (!scheduled.opens().isBefore(from) && scheduled.opens().isBefore(until)) {
                paragraphs.add(messages.announcement(program, scheduled, questionnaire(scheduled), locale));
            }
        }
        return paragraphs;
    }

    /**
     * @param tenant the tenant
     * @param programId the program
     * @return its waves, with their state and counts
     */
    public List<SurveyWave> waves(TenantId tenant, ProgramId programId) {
        Program program = program(tenant, programId);
        Instant now = clock.instant();
        List<SurveyWave> waves = new ArrayList<>();
        for (ScheduledSurvey scheduled : schedule.waves(tenant, program)) {
            List<Invitation> invitations = registry.invitations(tenant, programId, scheduled.id());
            int answered = (int) invitations.stream().filter(Invitation::answered).count();
            SurveyWaveStatus status = now.isBefore(scheduled.opens()) ? SurveyWaveStatus.SCHEDULED
                    : now.isBefore(scheduled.closes()) ? SurveyWaveStatus.OPEN : SurveyWaveStatus.CLOSED;
            waves.add(new SurveyWave(scheduled.id(), scheduled.questionnaire(), kind(scheduled), scheduled.opens(),
                    scheduled.closes(), status, invitations.size(), answered));
        }
        return waves;
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param waveId the wave
     * @param token the respondent's token
     * @return what the respondent is asked
     */
    public SurveyForm form(TenantId tenant, ProgramId program, String waveId, ResponseToken token) {
        ScheduledSurvey scheduled = scheduled(tenant, program, waveId);
        Invitation invitation = registry.byToken(tenant, program, waveId, token)
                .orElseThrow(() -> new NotFoundException("response token for wave", waveId));
        Role role = Role.valueOf(invitation.segments().get(Segments.ROLE));
        Questionnaire questionnaire = questionnaire(scheduled);
        return new SurveyForm(waveId, questionnaire.title(),
                questionnaire.items().stream().filter(item -> item.track().includes(role)).toList(),
                scheduled.closes());
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param waveId the wave
     * @param token the respondent's token
     * @param answers the answers by item id
     * @return whether the answers were held now or before
     */
    public SubmissionResult submit(TenantId tenant, ProgramId program, String waveId, ResponseToken token,
            Map<String, Answer> answers) {
        return collector.submit(tenant, program, wave(scheduled(tenant, program, waveId)), token, answers);
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param waveId the wave
     * @param previousId an earlier wave to compare with, if any
     * @return the report the guard releases, after publishing what a closed wave still holds
     */
    public SurveyReport report(TenantId tenant, ProgramId program, String waveId, @Nullable String previousId) {
        Wave wave = opened(tenant, program, waveId);
        Wave previous = previousId == null ? null : opened(tenant, program, previousId);
        return guard.report(tenant, program, wave, previous);
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param waveId the wave
     * @param selection the respondents wanted
     * @return the group's figures the guard releases
     */
    public GroupReport query(TenantId tenant, ProgramId program, String waveId, RespondentGroup selection) {
        return guard.query(tenant, program, opened(tenant, program, waveId), selection);
    }

    private Wave opened(TenantId tenant, ProgramId program, String waveId) {
        ScheduledSurvey scheduled = scheduled(tenant, program, waveId);
        Instant now = clock.instant();
        if (now.isBefore(scheduled.opens())) {
            throw new RefusedOperationException("survey wave " + waveId,
                    "cannot report: it opens at " + scheduled.opens());
        }
        Wave wave = wave(scheduled);
        if (!now.isBefore(scheduled.closes())) {
            collector.publish(tenant, program, wave);
        }
        return wave;
    }

    private ScheduledSurvey scheduled(TenantId tenant, ProgramId programId, String waveId) {
        return schedule.waves(tenant, program(tenant, programId)).stream()
                .filter(s -> s.id().equals(waveId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("survey wave", waveId));
    }

    private Program program(TenantId tenant, ProgramId id) {
        return store.findProgram(tenant, id).orElseThrow(() -> new NotFoundException("program", id.value()));
    }

    private Wave wave(ScheduledSurvey scheduled) {
        return new Wave(scheduled.id(), kind(scheduled), questionnaire(scheduled), scheduled.opens(),
                scheduled.closes());
    }

    private Questionnaire questionnaire(ScheduledSurvey scheduled) {
        Questionnaire questionnaire = settings.questionnaire(scheduled.questionnaire());
        if (questionnaire == null) {
            throw new NotFoundException("questionnaire", scheduled.questionnaire());
        }
        return questionnaire;
    }

    private static WaveKind kind(ScheduledSurvey scheduled) {
        return switch (scheduled.questionnaire()) {
            case "mid-point" -> WaveKind.MID_POINT;
            case "closing" -> WaveKind.CLOSING;
            default -> WaveKind.PULSE;
        };
    }

    /** One call's work on one program: counters and what it already read. Confined to the calling thread. */
    private final class Run {
        final TenantId tenant;
        final Program program;
        final Instant now;
        final int allowance;
        int invitations;
        int reminders;
        int published;
        int spent;
        boolean stoppedShort;
        @Nullable List<Participant> participants;

        Run(TenantId tenant, Program program, Instant now, int allowance) {
            this.tenant = tenant;
            this.program = program;
            this.now = now;
            this.allowance = allowance;
        }

        void invite(ScheduledSurvey scheduled, Wave wave) {
            WaveMemory memory = memory(scheduled.id());
            List<Participant> waiting = participants().stream()
                    .filter(p -> !memory.steps.contains(step("invited", p.person())))
                    .toList();
            if (waiting.isEmpty()) {
                return;
            }
            Map<PersonId, Invitation> invited = byPerson(registry.invitations(tenant, program.id(), scheduled.id()));
            Questionnaire questionnaire = wave.questionnaire();
            for (Participant p : waiting) {
                if (spent >= allowance) {
                    stoppedShort = true;
                    return;
                }
                spent++;
                Invitation invitation = invited.get(p.person());
                if (invitation == null) {
                    try {
                        invitation = collector.invite(tenant, program.id(), wave, p.person(), p.role());
                    } catch (WaveClosedException closedMeanwhile) {
                        // The clock passed the wave's end during this call: the next call publishes it instead.
                        return;
                    }
                }
                if (messages.invite(tenant, program, p.person(), scheduled, questionnaire, invitation.token(),
                        now)) {
                    invitations++;
                }
                memory.steps.add(step("invited", p.person()));
            }
        }

        void remind(ScheduledSurvey scheduled, Wave wave) {
            int count = settings.reminders();
            int index = 0;
            for (int i = 1; i <= count; i++) {
                if (!now.isBefore(scheduled.reminderDue(count, i))) {
                    index = i;
                }
            }
            String reminder = "reminder-" + index;
            WaveMemory memory = memory(scheduled.id());
            if (index == 0 || memory.steps.contains(step(reminder, null))) {
                return;
            }
            Instant due = scheduled.reminderDue(count, index);
            Map<PersonId, Participant> active = participants().stream()
                    .collect(Collectors.toMap(Participant::person, Function.identity()));
            List<Invitation> waiting = registry.invitations(tenant, program.id(), scheduled.id()).stream()
                    .filter(i -> !i.answered() && active.containsKey(i.person()))
                    .filter(i -> !memory.steps.contains(step(reminder, i.person())))
                    .toList();
            for (Invitation invitation : waiting) {
                if (spent >= allowance) {
                    stoppedShort = true;
                    return;
                }
                spent++;
                PersonId person = invitation.person();
                Optional<OutboxEntry> invited = outbox.find(tenant,
                        SurveyMessages.invitationKey(tenant, program, scheduled.id(), person));
                // Someone invited after this reminder fell due waits for the next one rather than getting both at once.
                boolean invitedSince = invited.isPresent() && invited.get().message().notBefore().isAfter(due);
                if (!invitedSince && messages.remind(tenant, program, person, scheduled, wave.questionnaire(),
                        invitation.token(), index, now)) {
                    reminders++;
                }
                memory.steps.add(step(reminder, person));
            }
            memory.steps.add(step(reminder, null));
        }

        void publish(Wave wave) {
            WaveMemory memory = memory(wave.id());
            if (memory.published) {
                return;
            }
            published += collector.publish(tenant, program.id(), wave).published();
            memory.published = true;
            memory.steps.clear();
        }

        private List<Participant> participants() {
            if (participants == null) {
                participants = store.participants(tenant, program.id()).stream().filter(Participant::isActive)
                        .toList();
            }
            return participants;
        }

        private WaveMemory memory(String wave) {
            return SurveyEngine.this.memory.computeIfAbsent(
                    tenant.value() + '\n' + program.id().value() + '\n' + wave, k -> new WaveMemory());
        }

    }

    private static String step(String step, @Nullable PersonId person) {
        return step + '\n' + (person == null ? "" : person.value());
    }

    private static Map<PersonId, Invitation> byPerson(List<Invitation> invitations) {
        return invitations.stream().collect(Collectors.toMap(Invitation::person, Function.identity(), (a, b) -> a));
    }
}
