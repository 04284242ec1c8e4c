package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.anonymity.RespondentGroup;
import io.elan.mentoring.survey.collection.SubmissionResult;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.SurveyReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link Surveys} for one tenant, over the engine's {@link SurveyEngine}. Immutable and thread-safe. */
public final class SurveyService implements Surveys {

    private final SurveyEngine engine;
    private final TenantId tenant;

    /**
     * @param engine the engine's survey runner
     * @param tenant the tenant this service works for
     */
    public SurveyService(SurveyEngine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    @Override
    public List<SurveyWave> waves(ProgramId program) {
        return engine.waves(tenant, Objects.requireNonNull(program, "program"));
    }

    @Override
    public SurveyForm form(ProgramId program, String wave, ResponseToken token) {
        return engine.form(tenant, Objects.requireNonNull(program, "program"), Objects.requireNonNull(wave, "wave"),
                Objects.requireNonNull(token, "token"));
    }

    @Override
    public SubmissionResult submit(ProgramId program, String wave, ResponseToken token, Map<String, Answer> answers) {
        return engine.submit(tenant, Objects.requireNonNull(program, "program"), Objects.requireNonNull(wave, "wave"),
                Objects.requireNonNull(token, "token"), answers);
    }

    @Override
    public SurveyReport report(ProgramId program, String wave) {
        return engine.report(tenant, Objects.requireNonNull(program, "program"), Objects.requireNonNull(wave, "wave"),
                null);
    }

    @Override
    public SurveyReport report(ProgramId program, String wave, String previous) {
        return engine.report(tenant, Objects.requireNonNull(program, "program"), Objects.requireNonNull(wave, "wave"),
                Objects.requireNonNull(previous, "previous"));
    }

    @Override
    public GroupReport query(ProgramId program, String wave, RespondentGroup selection) {
        return engine.query(tenant, Objects.requireNonNull(program, "program"), Objects.requireNonNull(wave, "wave"),
                Objects.requireNonNull(selection, "selection"));
    }
}
