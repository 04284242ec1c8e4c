package io.elan.mentoring.core.timer.internal;

import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.core.communication.internal.OutboxDispatcher;
import io.elan.mentoring.core.privacy.RetentionSummary;
import io.elan.mentoring.core.privacy.internal.RetentionJob;
import io.elan.mentoring.core.survey.internal.SurveyEngine;
import io.elan.mentoring.core.timer.DueFailure;
import io.elan.mentoring.core.timer.DueWorkSettings;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.core.timer.Overdue;
import io.elan.mentoring.core.timer.QueuedMessages;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer call: for each tenant, and in it each running or closing program, it sends the monthly messages that came,
 * runs the survey waves and makes the weekly engagement assessment and its nudges; then it alerts the tenant's program
 * teams about what is overdue, delivers the tenant's outbox and removes what is past its retention period. Each step of
 * each program stands alone: one that fails is logged at WARN, reported in the summary and tried again by the next
 * call, and the others go on. Successive calls start with a different tenant, so that a call that spends its budget on
 * one tenant does not starve the others.
 *
 * <p>Thread-safe, and safe on several nodes at once: every step is idempotent over the shared stores (see each job).
 */
public final class DueWorkRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DueWorkRunner.class);
    private static final Set<ProgramStatus> WORKING = EnumSet.of(ProgramStatus.RUNNING, ProgramStatus.CLOSING);

    private final ProgramStore store;
    private final OutboxDispatcher dispatcher;
    private final MonthlyMessageJob monthly;
    private final SurveyEngine surveys;
    private final WeeklyAssessmentJob assessments;
    private final AlertsJob alerts;
    private final RetentionJob retention;
    private final DueWorkSettings settings;
    private final Clock clock;
    private final AtomicInteger rotation = new AtomicInteger();

    /**
     * @param store where tenants and programs are listed
     * @param dispatcher delivers each tenant's outbox
     * @param monthly sends the monthly messages
     * @param surveys runs the survey waves
     * @param assessments makes the weekly assessments and their nudges
     * @param alerts alerts the program teams about what is overdue
     * @param retention removes what is past its retention period
     * @param settings the budget of one call
     * @param clock the engine's clock, read once per call
     */
    public DueWorkRunner(ProgramStore store, OutboxDispatcher dispatcher, MonthlyMessageJob monthly,
            SurveyEngine surveys, WeeklyAssessmentJob assessments, AlertsJob alerts, RetentionJob retention,
            DueWorkSettings settings,
            Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.monthly = monthly;
        this.surveys = surveys;
        this.assessments = assessments;
        this.alerts = alerts;
        this.retention = retention;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @return what one call did for every tenant of the program store
     * @throws UnsupportedOperationException if the program store cannot list its tenants
     */
    public DueWorkSummary runAll() {
        Call call = new Call(clock.instant());
        List<TenantId> tenants = store.tenants();
        int first = tenants.isEmpty() ? 0 : Math.floorMod(rotation.getAndIncrement(), tenants.size());
        for (int i = 0; i < tenants.size(); i++) {
            call.serve(tenants.get((first + i) % tenants.size()));
        }
        return call.summary();
    }

    /**
     * @param tenant a tenant
     * @return what one call did for that tenant
     */
    public DueWorkSummary run(TenantId tenant) {
        Call call = new Call(clock.instant());
        call.serve(Objects.requireNonNull(tenant, "tenant"));
        return call.summary();
    }

    /** One call: its instant, its budget and what it did so far. Confined to the calling thread. */
    private final class Call {
        final Instant now;
        final Budget budget = new Budget(settings.messagesPerCall(), settings.assessmentsPerCall());
        final List<DueFailure> failures = new ArrayList<>();
        int tenants;
        int programs;
        QueuedMessages queued = QueuedMessages.NONE;
        int published;
        int assessed;
        Overdue overdue = Overdue.NONE;
        DispatchSummary delivery = new DispatchSummary(0, 0, 0, 0, 0, 0, 0, 0);
        RetentionSummary retired = RetentionSummary.NONE;

        Call(Instant now) {
            this.now = now;
        }

        void serve(TenantId tenant) {
            tenants++;
            List<Program> working = List.of();
            try {
                working = store.programs(tenant, WORKING);
            } catch (RuntimeException e) {
                failed(tenant, null, "programs", e);
            }
            for (Program program : working) {
                programs++;
                step(tenant, program, "monthly messages", () -> queued = queued.plus(
                        new QueuedMessages(monthly.run(tenant, program, now, budget), 0, 0, 0, 0)));
                step(tenant, program, "survey waves", () -> {
                    SurveyEngine.Work work = surveys.runDue(tenant, program, now, budget.messagesLeft());
                    budget.spendMessages(work.spent());
                    if (work.stoppedShort()) {
                        budget.stoppedShort();
                    }
                    queued = queued.plus(new QueuedMessages(0, work.invitations(), work.reminders(), 0, 0));
                    published += work.published();
                });
                step(tenant, program, "engagement assessment", () -> {
                    int nudges = assessments.run(tenant, program, now, budget);
                    if (nudges >= 0) {
                        assessed++;
                        queued = queued.plus(new QueuedMessages(0, 0, 0, nudges, 0));
                    }
                });
            }
            List<Program> open = working;
            step(tenant, null, "alerts", () -> {
                AlertsJob.Alerts alerted = alerts.run(tenant, open, now);
                budget.spendMessages(alerted.queued());
                overdue = overdue.plus(alerted.overdue());
                queued = queued.plus(new QueuedMessages(0, 0, 0, 0, alerted.queued()));
            });
            step(tenant, null, "delivery", () -> {
                DispatchSummary d = dispatcher.runDue(tenant, now);
                delivery = new DispatchSummary(delivery.claimed() + d.claimed(), delivery.delivered() + d.delivered(),
                        delivery.retried() + d.retried(), delivery.deferred() + d.deferred(),
                        delivery.deadLettered() + d.deadLettered(), delivery.lostClaims() + d.lostClaims(),
                        delivery.released() + d.released(), delivery.unsettled() + d.unsettled());
            });
            step(tenant, null, "retention", () -> retired = retired.plus(retention.run(tenant, now)));
        }

        private void step(TenantId tenant, @Nullable Program program, String name, Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                failed(tenant, program, name, e);
            }
        }

        private void failed(TenantId tenant, @Nullable Program program, String step, RuntimeException e) {
            DueFailure failure = new DueFailure(tenant, program == null ? null : program.id(), step,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            failures.add(failure);
            LOG.warn("Timer call at {}: {}; the next call tries again", now, failure, e);
        }

        DueWorkSummary summary() {
            return new DueWorkSummary(now, tenants, programs, queued, published, assessed, overdue, delivery,
                    failures, budget.spent(), retired);
        }
    }
}
