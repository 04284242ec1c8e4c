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
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.survey.internal.SealedForm;
import io.elan.mentoring.survey.internal.WaveDefinitions;
import io.elan.mentoring.survey.internal.WaveKeys;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Hands out single-use tokens, holds each response sealed, and publishes held responses in shuffled batches.
 *
 * <h2>What is stored, and what a reader of the database learns</h2>
 * The {@link TokenRegistry} holds person → issued token, and whether it was used, for reminders. A submission is not
 * stored as a response: the {@link SurveyResponseStore} {@linkplain SurveyResponseStore#hold holds} it as a
 * {@link SealedResponse}, and the invitation is then marked answered. The sealed response holds the respondent's
 * segments and answers, zero-padded to a length fixed by the questionnaire and the segments alone, encrypted with
 * AES-256-GCM under a key derived from the wave secret; it is held under a token derived from the issued one with
 * another key of the secret, so that a second submission under the same token meets the first, while nobody without
 * the secret can tell which invitation a held entry belongs to beyond its timing. Once at least
 * {@link PublicationPolicy#batchSize() k} responses with the same segments are held, the collector opens them and
 * {@linkplain SurveyResponseStore#publish publishes} them in one atomic step: as plain responses under fresh random
 * tokens, in a random order, retiring the held entries they came from.
 *
 * <p>So someone who reads every table and every system column of the database (PostgreSQL's {@code xmin} and
 * {@code ctid}, H2's {@code _ROWID_}), at any time and as often as they like, sees a held entry appear with each
 * answered mark, and learns from it the respondent's segments, which the invitation shows anyway: its content is
 * ciphertext of a fixed length. When a batch is published they learn which respondents it holds: at least k, all with
 * the same segments. Nothing orders the batch's responses by arrival: they share one transaction, take their places
 * in a random order, and carry random tokens, so every way of matching the batch's responses to its respondents is
 * equally likely, and a guess is right with probability 1/k at best. The publishing transaction may follow the answered
 * mark of the respondent who completed the batch; that tells only that this respondent is in the batch, which its
 * retired held entries tell anyway.
 *
 * <p>Why each part is there. Storing a response directly, even under a keyed derivation of its token, lets row order
 * and transaction adjacency line it up with the invitation marked answered next to it. A held entry in plain text would
 * be linked the same way, and so would a sealed one whose length varied with a long comment. A batch mixing segments
 * would single out its only mentor by the role their response carries. Fresh random tokens, rather than the keyed
 * derivation, mean that once a response is published, not even the holder of the wave secret can link it to an
 * invitation.
 *
 * <h2>Nothing acknowledged is lost</h2>
 * {@link #submit} answers {@link SubmissionResult#RECORDED} only once the sealed response is held, which the store
 * makes durable: it waits for its batch through crashes and restarts, and every node sharing the store sees it. The
 * registry marks the token answered after holding it; a failure in between costs one needless reminder, and a second
 * submission then meets the held entry. A publication retires its held entries and stores their responses in one
 * atomic step that fails whole if another caller retired one of them first, so that nodes publishing at once publish
 * each response exactly once; the loser reads what is still held and tries again.
 *
 * <h2>When the wave closes</h2>
 * Call {@link #publish} once the wave has closed, before its report. Responses whose segments never gathered k are
 * pooled by role: a pool of at least k is published under the role alone, its other segments dropped (answers depend on
 * the role, which decides the questions asked, so pools never mix roles). What remains stays sealed, withheld, unless
 * the policy {@linkplain PublicationPolicy#releaseRemainderAtClose() releases the remainder} in smaller batches.
 *
 * <h2>The wave secret, and the limits of the guarantee</h2>
 * <ul>
 *   <li>The secret opens held responses. Keep it in the host's key store, never in the database that holds the
 *       registry and the store; whoever holds it and reads both can link the responses still held to their people
 *       (never the published ones). Lose it and the held responses can never be opened:
 *       {@link Publication#unreadable()} counts them. Destroy it once the closing {@link #publish} has run.</li>
 *   <li>Segments are stored with answers: a published response shows its role and cohort, so a reader of the raw store
 *       who knows that only one mentee belongs to a cohort knows that mentee's answers if they were published with
 *       the cohort. Batching by segments is what keeps every published segment group at least k strong.</li>
 *   <li>This class logs nothing. A host that logs submissions with times, or respondents with their answers, can
 *       line them up itself.</li>
 *   <li>Free-text answers may identify their author by their content; the guard only shows them to large groups.</li>
 *   <li>A reader of the database who can also write is outside this guarantee: they could slip invitations of their
 *       own into the registry and fill a batch around one respondent with answers they wrote. Authenticated
 *       encryption only ensures that a held response they changed is never published.</li>
 * </ul>
 *
 * <h2>Concurrency</h2>
 * Thread-safe if its ports are, from several nodes sharing them. Two concurrent submissions under one token hold
 * exactly one response.
 */
public final class SurveyCollector {
    /** Random bytes in a token: 256 bits, 43 characters of unpadded base64url. */
    private static final int TOKEN_BYTES = 32;
    /** Publications of one call that may lose a race to another caller before it leaves the rest to the next call. */
    private static final int PUBLISH_ATTEMPTS = 5;

    private final SurveyResponseStore store;
    private final TokenRegistry registry;
    private final WaveSecrets secrets;
    private final WaveDefinitionStore waves;
    private final Clock clock;
    private final SecureRandom random;
    private final PublicationPolicy policy;

    private SurveyCollector(Builder builder, SurveyStores stores, WaveSecrets secrets, Clock clock) {
        this.store = stores.surveyResponseStore();
        this.registry = stores.tokenRegistry();
        this.secrets = secrets;
        this.waves = stores.waveDefinitionStore();
        this.clock = clock;
        this.random = builder.random == null ? new SecureRandom() : builder.random;
        this.policy = builder.policy;
    }

    /** @return a builder; the survey stores, the secrets and the clock are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Issues the person's token for the wave, carrying the role only, or returns the one already issued.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param person the person
     * @param role the person's role in the program
     * @return the invitation holding the token to hand to the person
     * @throws WaveClosedException if the wave has already closed
     * @throws WaveRedefinedException if the wave was opened with another definition
     */
    public Invitation invite(TenantId tenant, ProgramId program, Wave wave, PersonId person, Role role) {
        return invite(tenant, program, wave, person, role, Map.of());
    }

    /**
     * Issues the person's token for the wave, or returns the one already issued. The first invitation to a wave opens
     * it: its definition is pinned, and a later call under the same wave id with another definition is refused.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param person the person
     * @param role the person's role in the program
     * @param segments the person's value of the segment dimensions the wave declares besides the role, such as
     *     {@code Map.of(Segments.DEPARTMENT, "finance")}, each not blank and at most 64 characters; a dimension the
     *     person has no value of is left out, and the person then counts in no group of that dimension
     * @return the invitation holding the token to hand to the person
     * @throws WaveClosedException if the wave has already closed
     * @throws InvalidValueException listing every value of a dimension the wave does not declare, and every value the
     *     segments' rules refuse; nothing is stored
     * @throws WaveRedefinedException if the wave was opened with another definition
     */
    public Invitation invite(TenantId tenant, ProgramId program, Wave wave, PersonId person, Role role,
            Map<String, String> segments) {
        Instant now = clock.instant();
        if (!now.isBefore(wave.closesAt())) {
            throw new WaveClosedException(wave.id(), wave.opensAt(), wave.closesAt(), now);
        }
        // Built before the wave is pinned: a refused segment value must leave nothing behind.
        Invitation candidate = new Invitation(person, randomToken(), carried(wave, role, segments), false);
        WaveDefinitions.pin(waves, tenant, program, wave);
        return registry.issueIfAbsent(tenant, program, wave.id(), candidate);
    }

    /**
     * The segments an invitation carries: the role, and the person's value of the other dimensions the wave declares.
     */
    private static Map<String, String> carried(Wave wave, Role role, @Nullable Map<String, String> segments) {
        Checks.Collector require = Checks.collector();
        Map<String, String> carried = new TreeMap<>();
        carried.put(Segments.ROLE, role.name());
        if (require.present(segments, "segments")) {
            for (String key : new TreeSet<>(segments.keySet())) {
                if (Segments.ROLE.equals(key)) {
                    require.add(Violation.of("segments[role]", "must not be given: the role is its own argument"));
                } else if (!wave.segments().contains(key)) {
                    require.add(Violation.of("segments[" + key + "]", "is not a dimension wave " + wave.id()
                            + " declares (" + String.join(", ", wave.segments()) + ")"));
                } else {
                    carried.put(key, segments.get(key));
                }
            }
        }
        require.orThrow();
        return carried;
    }

    /**
     * Records a response: holds it sealed, marks the invitation answered, and publishes the response's batch if it
     * completes one. Checks run in this order, and a refused response leaves the stores unchanged: the wave must be
     * open, the token must have been issued for it, the token must not be marked answered (otherwise
     * {@link SubmissionResult#ALREADY_RECORDED}), every answer must name an item of the questionnaire asked of the
     * respondent's track and hold a value the item accepts, and the token must not be held already (otherwise
     * {@link SubmissionResult#ALREADY_RECORDED}, and the invitation is marked answered if it was not). Items left out
     * are simply unanswered.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param token the token handed to the respondent
     * @param answers the answers by item id; at least one
     * @return whether the response was held now or had been before
     * @throws WaveClosedException if the wave is not open
     * @throws NotFoundException if the token was not issued for this wave
     * @throws InvalidValueException listing every refused answer, each naming its item
     * @throws io.elan.mentoring.spi.StoreException if a store fails; when it fails while publishing, the response is
     *     already held and marked, a second submission answers {@link SubmissionResult#ALREADY_RECORDED}, and the next
     *     submission or {@link #publish} call publishes its batch
     */
    public SubmissionResult submit(TenantId tenant, ProgramId program, Wave wave, ResponseToken token,
            Map<String, Answer> answers) {
        Instant now = clock.instant();
        if (!wave.isOpenAt(now)) {
            throw new WaveClosedException(wave.id(), wave.opensAt(), wave.closesAt(), now);
        }
        Invitation invitation = registry.byToken(tenant, program, wave.id(), token)
                .orElseThrow(() -> new NotFoundException("response token for wave", wave.id()));
        // The registry marks a token only once its response is held, so a marked token is used even when the store
        // can no longer tell: a wave secret lost and replaced derives other held tokens.
        if (invitation.answered()) {
            return SubmissionResult.ALREADY_RECORDED;
        }
        Role role = Role.valueOf(invitation.segments().get(Segments.ROLE));
        validate(wave, role, answers);
        WaveKeys keys = keys(tenant, program, wave.id());
        Map<String, String> segments = invitation.segments();
        String group = keys.group(segments);
        byte[] plaintext = SealedForm.encode(new SealedForm.Content(segments, answers),
                SealedForm.paddedLength(wave.questionnaire(), segments));
        boolean held = store.hold(tenant, program, wave.id(),
                keys.seal(keys.heldToken(token), group, plaintext, random));
        // Marked once held: a failure in between costs one needless reminder, and a second submission meets the held
        // response. A token held before (the first attempt failed before marking) is marked now.
        registry.markAnswered(tenant, program, wave.id(), token);
        if (!held) {
            return SubmissionResult.ALREADY_RECORDED;
        }
        publish(tenant, program, wave.id(), keys, () -> store.held(tenant, program, wave.id(), group), false);
        return SubmissionResult.RECORDED;
    }

    /**
     * Publishes every batch the held responses of the wave make up. While the wave is open, a batch is every held
     * response of one segment group that has at least k; once it has closed, the rest is pooled by role and each pool
     * of at least k is published under the role alone, and what remains after that is published only if the policy
     * releases the remainder. Hosts call it once the wave has closed and before its report, and may call it from
     * their timer at any time: {@link #submit} publishes each batch it completes, so this only catches up after a
     * failure. Safe to call from several nodes at once: each response is published exactly once.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @return how many responses this call published, and how many stay held
     * @throws io.elan.mentoring.spi.StoreException if a store fails; every batch published before stays published
     */
    public Publication publish(TenantId tenant, ProgramId program, Wave wave) {
        boolean closed = !clock.instant().isBefore(wave.closesAt());
        return publish(tenant, program, wave.id(), keys(tenant, program, wave.id()),
                () -> store.held(tenant, program, wave.id()), closed);
    }

    private WaveKeys keys(TenantId tenant, ProgramId program, String wave) {
        return WaveKeys.derive(secrets.secretFor(tenant, program, wave).bytes(), tenant, program, wave);
    }

    /** A held response opened: the token it is held under, and what it holds. */
    private record Opened(ResponseToken held, SealedForm.Content content) {}

    /**
     * Responses to publish together.
     *
     * @param members the held responses
     * @param segments the segments every published response carries: the group's own, or the role alone for a pool
     */
    private record Batch(List<Opened> members, Map<String, String> segments) {}

    /** What one reading of the held responses allows: the batches to publish, and what stays held. */
    private record Plan(List<Batch> batches, int waiting, int unreadable) {}

    private Publication publish(TenantId tenant, ProgramId program, String wave, WaveKeys keys,
            Supplier<List<SealedResponse>> held, boolean closed) {
        int published = 0;
        for (int attempt = 1; ; attempt++) {
            Plan plan = plan(held.get(), keys, closed);
            boolean lostRace = false;
            for (Batch batch : plan.batches()) {
                if (!publish(tenant, program, wave, batch)) {
                    lostRace = true;
                    break;
                }
                published += batch.members().size();
            }
            if (!lostRace) {
                return new Publication(published, plan.waiting(), plan.unreadable());
            }
            if (attempt == PUBLISH_ATTEMPTS) {
                // Each lost race means another caller published; what it left is still held, for the next call.
                Plan left = plan(held.get(), keys, closed);
                int readable = left.waiting() + left.batches().stream().mapToInt(b -> b.members().size()).sum();
                return new Publication(published, readable, left.unreadable());
            }
        }
    }

    private Plan plan(List<SealedResponse> held, WaveKeys keys, boolean closed) {
        Map<String, List<Opened>> groups = new TreeMap<>();
        int unreadable = 0;
        for (SealedResponse sealed : held) {
            Optional<byte[]> plaintext = keys.open(sealed);
            if (plaintext.isEmpty()) {
                unreadable++;
                continue;
            }
            groups.computeIfAbsent(sealed.group(), g -> new ArrayList<>())
                    .add(new Opened(sealed.token(), SealedForm.decode(plaintext.get())));
        }
        int k = policy.batchSize();
        List<Batch> batches = new ArrayList<>();
        Map<String, List<List<Opened>>> remainderByRole = new TreeMap<>();
        for (List<Opened> group : groups.values()) {
            Map<String, String> segments = group.get(0).content().segments();
            if (group.size() >= k) {
                batches.add(new Batch(group, segments));
            } else {
                remainderByRole.computeIfAbsent(segments.getOrDefault(Segments.ROLE, ""), r -> new ArrayList<>())
                        .add(group);
            }
        }
        int waiting = 0;
        for (Map.Entry<String, List<List<Opened>>> role : remainderByRole.entrySet()) {
            List<Opened> pool = role.getValue().stream().flatMap(List::stream).toList();
            if (!closed) {
                waiting += pool.size();
            } else if (pool.size() >= k) {
                batches.add(new Batch(pool,
                        role.getKey().isEmpty() ? Map.of() : Map.of(Segments.ROLE, role.getKey())));
            } else if (policy.releaseRemainderAtClose()) {
                role.getValue().forEach(group -> batches.add(new Batch(group, group.get(0).content().segments())));
            } else {
                waiting += pool.size();
            }
        }
        return new Plan(batches, waiting, unreadable);
    }

    private boolean publish(TenantId tenant, ProgramId program, String wave, Batch batch) {
        List<Opened> shuffled = new ArrayList<>(batch.members());
        Collections.shuffle(shuffled, random);
        Set<ResponseToken> held = new HashSet<>();
        List<SurveyResponse> responses = new ArrayList<>();
        for (Opened opened : shuffled) {
            held.add(opened.held());
            responses.add(new SurveyResponse(program, wave, randomToken(), batch.segments(),
                    opened.content().answers()));
        }
        return store.publish(tenant, program, wave, held, responses);
    }

    private ResponseToken randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return ResponseToken.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
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
        Checks.Collector require = Checks.collector();
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

    private static void checkAnswer(Checks.Collector require, String field, Item item, Answer answer) {
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
                    require.that(known.contains(code), field, "must hold options of the item", Checks.quote(code));
                }
            }
        } else {
            require.that(answer instanceof Answer.Text, field, "must be text for a free-text item");
        }
    }

    /** Builds a {@link SurveyCollector}. Not thread-safe. */
    public static final class Builder {
        private @Nullable SurveyStores stores;
        private @Nullable WaveSecrets secrets;
        private @Nullable Clock clock;
        private @Nullable SecureRandom random;
        private PublicationPolicy policy = PublicationPolicy.defaults();

        private Builder() {}

        /**
         * @param stores where responses are held and published, invitations kept and each wave's definition pinned
         *     when it opens: the same stores the anonymity guard is given, whose release ledger only the guard reads
         * @return this builder
         */
        public Builder stores(SurveyStores stores) { this.stores = stores; return this; }

        /**
         * @param secrets where wave secrets come from
         * @return this builder
         */
        public Builder secrets(WaveSecrets secrets) { this.secrets = secrets; return this; }

        /**
         * @param clock the clock that says whether a wave is open
         * @return this builder
         */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        /**
         * @param random where tokens, nonces and shuffles come from; a new {@link SecureRandom} by default
         * @return this builder
         */
        public Builder random(SecureRandom random) { this.random = random; return this; }

        /**
         * @param policy when held responses are published; {@link PublicationPolicy#defaults()} (batches of 5, the
         *     guard's default k, the remainder withheld) by default. Give it the guard's k
         * @return this builder
         */
        public Builder publication(PublicationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @return the collector
         * @throws InvalidValueException naming every missing part, and then every port the stores lack
         */
        public SurveyCollector build() {
            Checks.Collector require = Checks.collector();
            require.present(stores, "stores");
            require.present(secrets, "secrets");
            require.present(clock, "clock");
            require.orThrow();
            return new SurveyCollector(this, SurveyStores.copyOf(stores), secrets, clock);
        }
    }
}
