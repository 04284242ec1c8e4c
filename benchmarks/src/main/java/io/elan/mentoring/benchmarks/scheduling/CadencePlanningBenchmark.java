package io.elan.mentoring.benchmarks.scheduling;

import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning the seed's ten-month preset for one program (target: median under 100 µs, at least 10,000 programs per
 * second per core), beside expanding the same recurrences with lib-recur alone, so the cost of holidays, blackouts,
 * spacing, rotation, gap filling and reasons reads against the bare recurrence expansion. Sample time gives the
 * median (p0.50) as well as the mean. The holiday calendar is loaded once, as a host keeps it between programs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CadencePlanningBenchmark {
    private final CadencePlanner planner = new CadencePlanner();
    private ProgramWindow window;
    private CadencePlan plan;
    private CompanyCalendar constraints;
    private List<RecurrenceRule> rules;
    private List<DateTime> starts;
    private List<LocalDate> ends;

    /** Builds the preset, warms the holiday calendar and parses the preset's recurrences for lib-recur. */
    @Setup
    public void setUp() throws InvalidRecurrenceRuleException {
        window = TenMonthPreset.tenMonthWindow(LocalDate.of(2026, 9, 15), ZoneId.of("Europe/Paris"));
        plan = TenMonthPreset.tenMonths();
        constraints = CompanyCalendar.builder().blackout(TenMonthPreset.yearEndBreak(2026)).build();
        planner.plan(window, plan, constraints);
        rules = new ArrayList<>();
        starts = new ArrayList<>();
        ends = new ArrayList<>();
        for (RitualRule ritual : plan.rituals()) {
            if (ritual.recurrence().isPresent()) {
                rules.add(new RecurrenceRule(ritual.recurrence().get().toRrule()));
                LocalDate from = ritual.from().resolve(window);
                starts.add(new DateTime(from.getYear(), from.getMonthValue() - 1, from.getDayOfMonth()));
                ends.add(ritual.until().resolve(window));
            }
        }
    }

    /** @return the ten-month calendar of one program */
    @Benchmark
    public ProgramCalendar planTenMonthPreset() {
        return planner.plan(window, plan, constraints);
    }

    /** @return the number of dates the preset's recurrences yield, expanded with lib-recur alone */
    @Benchmark
    public int expandSameRulesWithLibRecurAlone() {
        int count = 0;
        for (int i = 0; i < rules.size(); i++) {
            RecurrenceRuleIterator iterator = rules.get(i).iterator(starts.get(i));
            LocalDate end = ends.get(i);
            while (iterator.hasNext()) {
                DateTime next = iterator.nextDateTime();
                if (LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth()).isAfter(end)) {
                    break;
                }
                count++;
            }
        }
        return count;
    }
}
