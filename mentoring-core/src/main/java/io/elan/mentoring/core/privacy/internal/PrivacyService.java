package io.elan.mentoring.core.privacy.internal;

import io.elan.mentoring.core.event.PersonErased;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.privacy.Privacy;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Privacy} for one tenant: erasure port by port, and the export. Thread-safe.
 */
public final class PrivacyService implements Privacy {

    /** Why the erased person's pairs still under way are ended; it names no one. */
    static final String END_REASON = "a participant's personal data was erased";

    private final PrivacyEngine engine;
    private final TenantId tenant;
    private final Pairs pairs;

    /**
     * @param engine the ports
     * @param tenant the tenant
     * @param pairs the tenant's pair service, which ends the person's pairs as any end is made
     */
    public PrivacyService(PrivacyEngine engine, TenantId tenant, Pairs pairs) {
        this.engine = engine;
        this.tenant = tenant;
        this.pairs = pairs;
    }

    @Override
    public ErasureReceipt erase(PersonId person) {
        Checks.present(person, "person");
        List<ProgramId> tookPart = new ArrayList<>();
        for (Program program : engine.store().programs(tenant)) {
            boolean inIt = engine.store().findParticipant(tenant, program.id(), person).isPresent();
            for (Pair pair : engine.store().pairs(tenant, program.id())) {
                boolean theirs = pair.mentor().equals(person) || pair.mentee().equals(person);
                inIt |= theirs;
                if (theirs && pair.status() != PairStatus.ENDED && !program.status().isTerminal()) {
                    pairs.end(program.id(), pair.id(), END_REASON);
                }
            }
            if (inIt) {
                tookPart.add(program.id());
            }
        }
        Optional<Person> known = engine.directory().find(tenant, person);
        Erasure erasure = Erasure.of(person, PersonId.of("erased-" + randomHex(16)), Arrays.asList(
                known.map(Person::displayName).orElse(null), known.map(Person::email).orElse(null),
                known.map(Person::phone).orElse(null)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("programStore", engine.store().erase(tenant, erasure) + forgetPairChanges(erasure)
                + forgetManagedPrograms(erasure));
        counts.put("activityLog", engine.activityLog().erase(tenant, erasure));
        counts.put("outbox", engine.outbox().erase(tenant, erasure));
        counts.put("broadcastLog", engine.broadcasts().erase(tenant, erasure));
        counts.put("tokenRegistry", engine.invitations().erase(tenant, erasure));
        engine.directory().invalidate(tenant, List.of(person));
        counts.put("directoryCache", known.isPresent() ? 1 : 0);
        // The tracker counts activity per person in memory; forgotten, a program is recounted from the erased ports.
        for (ProgramId program : tookPart) {
            engine.tracker().forget(tenant, program);
        }
        counts.put("engagementTracker", tookPart.size());
        Instant at = engine.clock().instant();
        ErasureReceipt receipt = new ErasureReceipt("erasure-" + randomHex(16), tenant, at, counts);
        engine.receipts().record(receipt);
        for (ProgramId program : tookPart) {
            engine.events().deliver(new PersonErased(tenant, program, at, receipt));
        }
        return receipt;
    }

    @Override
    public String export(PersonId person) {
        Checks.present(person, "person");
        return new PersonExporter(engine, tenant).export(person);
    }

    @Override
    public List<ErasureReceipt> receipts() {
        return engine.receipts().receipts(tenant);
    }

    private String randomHex(int bytes) {
        byte[] drawn = new byte[bytes];
        engine.random().nextBytes(drawn);
        return HexFormat.of().formatHex(drawn);
    }

    /**
     * The engine records each program's last change of pairs on the program itself, with the people of the pairs it
     * wrote: rewritten with the pseudonym and the redacted end reason, it still completes as before (its pairs are
     * stored already, at a version the erasure moved on).
     */
    private int forgetPairChanges(Erasure erasure) {
        int rewritten = 0;
        for (Program program : engine.store().programs(tenant)) {
            List<ProgramSettings.PairWrite> writes = ProgramSettings.pairChange(program);
            if (writes.stream().noneMatch(w -> w.pair().mentor().equals(erasure.person())
                    || w.pair().mentee().equals(erasure.person()) || erasure.mentions(w.pair().endReason()))) {
                continue;
            }
            List<ProgramSettings.PairWrite> replaced = writes.stream().map(w -> {
                Pair pair = w.pair();
                return new ProgramSettings.PairWrite(new Pair(pair.id(), pair.program(), erasure.replace(pair.mentor()),
                        erasure.replace(pair.mentee()), pair.status(), pair.formedOn(), pair.endedOn(),
                        erasure.redactOptional(pair.endReason()), pair.version()), w.from());
            }).toList();
            Program changed = ProgramSettings.withPairChange(program, replaced);
            Map<String, String> settings = new LinkedHashMap<>(changed.settings());
            settings.put(ProgramSettings.PAIR_SEQUENCE, program.settings().getOrDefault(ProgramSettings.PAIR_SEQUENCE,
                    "0"));
            engine.store().saveProgram(changed.toBuilder().settings(settings).build());
            rewritten++;
        }
        return rewritten;
    }

    /**
     * A program whose definition names the erased person as its manager stops naming anyone: its escalations go to
     * the engine's manager, if any, until the host names another.
     */
    private int forgetManagedPrograms(Erasure erasure) {
        int forgotten = 0;
        for (Program program : engine.store().programs(tenant)) {
            if (ProgramSettings.programManager(program).filter(erasure.person()::equals).isEmpty()) {
                continue;
            }
            Map<String, String> settings = new LinkedHashMap<>(program.settings());
            settings.remove(ProgramSettings.PROGRAM_MANAGER);
            engine.store().saveProgram(program.toBuilder().settings(settings).build());
            forgotten++;
        }
        return forgotten;
    }
}
