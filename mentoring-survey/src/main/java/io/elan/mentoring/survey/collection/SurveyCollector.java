package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.survey.internal.Require;
import io.elan.mentoring.survey.internal.TokenDerivation;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Wave;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Hands out single-use tokens and records anonymous responses.
 *
 * <h2>The anonymity guarantee, exactly</h2>
 * The {@link TokenRegistry} holds person → issued token (and whether it was used, for reminders). The
 * {@link SurveyResponseStore} holds answers under {@code HMAC-SHA256(wave secret, tenant, program, wave, issued
 * token)} with the respondent's role and cohort, and nothing else: no person, no time. Someone who reads both the
 * registry and the store but not the wave secret cannot tell which stored response belongs to which issued token:
 * that would require computing HMAC-SHA256 without its key. Limits, stated plainly:
 * <ul>
 *   <li>whoever holds the wave secret together with the registry can link every response to its person; destroy
 *       the secret when the wave closes (see {@link InMemoryWaveSecrets#forget}) and keep it apart from both stores
 *       until then, never in the database that holds them;</li>
 *   <li>role and cohort are stored with answers: a cohort of one mentee identifies that mentee's answers to anyone
 *       reading the raw store. Reports never show such groups (see the anonymity guard), but the raw store must be
 *       protected like personal data;</li>
 *   <li>the registry learns that a person answered (that is its purpose) and the store learns that a response
 *       arrived; a host that logs both events with times can line them up. This class logs neither, and neither
 *       port records times;</li>
 *   <li>free-text answers may identify their author by their content; the guard only shows them to large groups.</li>
 * </ul>
 *
 * <h2>Concurrency</h2>
 * Thread-safe if its ports are. Two concurrent submissions under one token store exactly one response.
 */
public final class SurveyCollector {

    private final SurveyResponseStore store;
    private final TokenRegistry registry;
    private final WaveSecrets secrets;
    private final Clock clock;
    private final SecureRandom random;

    private SurveyCollector(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store");
        this.registry = Objects.requireNonNull(builder.registry, "registry");
        this.secrets = Objects.requireNonNull(builder.secrets, "secrets");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.random = builder.random == null ? new SecureRandom() : builder.random;
    }

    /** @return a builder; store, registry, secrets and clock are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Issues the person's token for the wave, or returns the one already issued.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param person the person
     * @param role the person's role in the program
     * @param cohort the person's cohort, or {@code null} when the program has none
     * @return the invitation holding the token to hand to the person
     * @throws WaveClosedException if the wave has already closed
     */
    public Invitation invite(TenantId tenant, ProgramId program, Wave wave, PersonId person, Role role,
            @Nullable String cohort) {
        Instant now = clock.instant();
        if (!now.isBefore(wave.closesAt())) {
            throw new WaveClosedException(wave.id(), wave.opensAt(), wave.closesAt(), now);
        }
        Map<String, String> segments = new HashMap<>();
        segments.put(Segments.ROLE, role.name());
        if (cohort != null) {
            segments.put(Segments.COHORT, cohort);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        ResponseToken token = ResponseToken.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return registry.issueIfAbsent(tenant, program, wave.id(), new Invitation(person, token, segments, false));
    }

    /**
     * Records a response. Checks run in this order, and a refused response leaves the store unchanged: the wave must
     * be open, the token must have been issued for it, the token must not have been used, neither by the registry's
     * account nor by the store's (otherwise {@link SubmissionResult#ALREADY_RECORDED}), and every answer must name an item of the questionnaire asked of the
     * respondent's track and hold a value the item accepts. Items left out are simply unanswered.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param token the token handed to the respondent
     * @param answers the answers by item id; at least one
     * @return whether the response was stored now or had been before
     * @throws WaveClosedException if the wave is not open
     * @throws NotFoundException if the token was not issued for this wave
     * @throws InvalidValueException listing every refused answer, each naming its item
     */
    public SubmissionResult submit(TenantId tenant, ProgramId program, Wave wave, ResponseToken token,
            Map<String, Answer> answers) {
        Instant now = clock.instant();
        if (!wave.isOpenAt(now)) {
            throw new WaveClosedException(wave.id(), wave.opensAt(), wave.closesAt(), now);
        }
        Invitation invitation = registry.byToken(tenant, program, wave.id(), token)
                .orElseThrow(() -> new NotFoundException("response token for wave", wave.id()));
        // The registry marks a token only once its response is stored, so a marked token is used even when the store
        // can no longer tell: a wave secret lost and replaced derives other stored tokens.
        if (invitation.answered()) {
            return SubmissionResult.ALREADY_RECORDED;
        }
        ResponseToken stored = TokenDerivation.stored(secrets.secretFor(tenant, program, wave.id()).bytes(), tenant,
                program, wave.id(), token);
        if (store.contains(tenant, program, wave.id(), stored)) {
            registry.markAnswered(tenant, program, wave.id(), token);
            return SubmissionResult.ALREADY_RECORDED;
        }
        Role role = Role.valueOf(invitation.segments().get(Segments.ROLE));
        validate(wave, role, answers);
        SurveyResponse response = new SurveyResponse(program, wave.id(), stored, invitation.segments(), answers);
        boolean saved = store.saveIfAbsent(tenant, response);
        // Marked after saving: a failure in between costs one needless reminder, never a lost response.
        registry.markAnswered(tenant, program, wave.id(), token);
        return saved ? SubmissionResult.RECORDED : SubmissionResult.ALREADY_RECORDED;
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @return the people invited to the wave who have not answered yet, for reminders
     */
    public List<PersonId> notAnswered(TenantId tenant, ProgramId program, Wave wave) {
        return registry.invitations(tenant, program, wave.id()).stream()
                .filter(invitation -> !invitation.answered())
                .map(Invitation::person)
                .toList();
    }

    private static void validate(Wave wave, Role role, @Nullable Map<String, Answer> answers) {
        Require require = new Require();
        if (!require.present(answers, "answers") || !require.that(!answers.isEmpty(), "answers",
                "must hold at least one answer")) {
            require.orThrow();
        }
        List<String> itemIds = new ArrayList<>(answers.keySet());
        itemIds.sort(null);
        for (String itemId : itemIds) {
            String field = "answers[" + itemId + "]";
            Item item = wave.questionnaire().item(itemId).orElse(null);
            if (item == null) {
                require.add(Violation.of(field, "is not an item of questionnaire " + wave.questionnaire().id()));
                continue;
            }
            if (!item.track().includes(role)) {
                require.add(Violation.of(field, "is asked of " + item.track().name().toLowerCase() + " only"));
                continue;
            }
            Answer answer = answers.get(itemId);
            if (answer == null) {
                require.add(Violation.of(field, "is required"));
                continue;
            }
            checkAnswer(require, field, item, answer);
        }
        require.orThrow();
    }

    private static void checkAnswer(Require require, String field, Item item, Answer answer) {
        ItemKind kind = item.kind();
        if (kind.numeric()) {
            if (require.that(answer instanceof Answer.Numeric, field, "must be a number for a " + kind + " item")) {
                int value = ((Answer.Numeric) answer).value();
                require.that(value >= kind.min() && value <= kind.max(), field,
                        "must be between " + kind.min() + " and " + kind.max(), value);
            }
        } else if (kind.choice()) {
            if (require.that(answer instanceof Answer.Choices, field, "must be option codes for a " + kind + " item")) {
                Set<String> chosen = ((Answer.Choices) answer).options();
                Set<String> known = item.options().stream().map(ChoiceOption::code).collect(Collectors.toSet());
                if (kind == ItemKind.SINGLE_CHOICE) {
                    require.that(chosen.size() == 1, field, "must hold exactly one option", chosen.size() + " options");
                }
                for (String code : chosen.stream().sorted().toList()) {
                    require.that(known.contains(code), field, "must hold options of the item", Require.quote(code));
                }
            }
        } else {
            require.that(answer instanceof Answer.Text, field, "must be text for a free-text item");
        }
    }

    /** Builds a {@link SurveyCollector}. Not thread-safe. */
    public static final class Builder {
        private @Nullable SurveyResponseStore store;
        private @Nullable TokenRegistry registry;
        private @Nullable WaveSecrets secrets;
        private @Nullable Clock clock;
        private @Nullable SecureRandom random;

        private Builder() {}

        /**
         * @param store where responses are kept
         * @return this builder
         */
        public Builder store(SurveyResponseStore store) {
            this.store = store;
            return this;
        }

        /**
         * @param registry where invitations are kept
         * @return this builder
         */
        public Builder registry(TokenRegistry registry) {
            this.registry = registry;
            return this;
        }

        /**
         * @param secrets where wave secrets come from
         * @return this builder
         */
        public Builder secrets(WaveSecrets secrets) {
            this.secrets = secrets;
            return this;
        }

        /**
         * @param clock the clock that says whether a wave is open
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param random where tokens come from; a new {@link SecureRandom} by default
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = random;
            return this;
        }

        /**
         * @return the collector
         * @throws InvalidValueException naming every missing part
         */
        public SurveyCollector build() {
            Require require = new Require();
            require.present(store, "store");
            require.present(registry, "registry");
            require.present(secrets, "secrets");
            require.present(clock, "clock");
            require.orThrow();
            return new SurveyCollector(this);
        }
    }
}
