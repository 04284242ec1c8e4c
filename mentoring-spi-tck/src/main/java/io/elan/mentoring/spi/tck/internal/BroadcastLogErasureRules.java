package io.elan.mentoring.spi.tck.internal;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.broadcast;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.queued;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.program.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a {@link BroadcastLog} does with personal data: erasing one person, removing a program's broadcasts. The person
 * erased is {@link ErasedPerson}. The broadcast log kit mounts it as a {@code @Nested} subclass that passes it the
 * kit's log.
 */
public abstract class BroadcastLogErasureRules extends ErasureRules<BroadcastLog> {

    /** @param log the kit's hook for the log under test */
    protected BroadcastLogErasureRules(Supplier<BroadcastLog> log) {
        super(log, BroadcastLog::erase);
    }

    /** @return the log under test */
    protected final BroadcastLog log() {
        return port();
    }

    @Override
    public void writeRecords(TenantId tenant) {
        populate(tenant, ProgramId.of("program-1"));
    }

    @Override
    public List<?> readRecords(TenantId tenant) {
        return everything(tenant, ProgramId.of("program-1"));
    }

    private static Addressee skipped(String person, String detail) {
        return new Addressee(PersonId.of(person), Role.MENTOR, AddressingOutcome.NO_CHANNEL, null, null, false, T0,
                detail);
    }

    /**
     * A broadcast whose text names the erased person, addressed to them and to two others, one of whose entries names
     * them; and a broadcast that does not mention them.
     */
    private void populate(TenantId tenant, ProgramId program) {
        log().publish(tenant, broadcast(program, "b1", "Atelier animé par " + ErasedPerson.NAME, T0));
        log().address(tenant, program, BroadcastId.of("b1"), List.of(queued(ErasedPerson.ID, "k-ana", T0),
                skipped("bruno-kept", "pas d'adresse, voir " + ErasedPerson.EMAIL),
                queued("chloe-kept", "k-chloe", T0)));
        log().publish(tenant, broadcast(program, "b2", "Atelier de printemps", T0.plusSeconds(60)));
        log().address(tenant, program, BroadcastId.of("b2"), List.of(queued("chloe-kept", "k2-chloe", T0)));
    }

    private List<Object> everything(TenantId tenant, ProgramId program) {
        List<Object> read = new ArrayList<>();
        for (PublishedBroadcast b : log().broadcasts(tenant, program)) {
            read.add(b);
            log().find(tenant, program, b.broadcast().id()).ifPresent(read::add);
            read.addAll(log().addressees(tenant, program, b.broadcast().id()));
        }
        return read;
    }

    @Test
    @DisplayName("after erasing a person no broadcast lists or names them, and every other entry reads as before")
    void erasedEverywhere() {
        TenantId tenant = freshTenant();
        ProgramId program = ProgramId.of("program-1");
        populate(tenant, program);
        List<Addressee> before = log().addressees(tenant, program, BroadcastId.of("b1"));
        PublishedBroadcast untouched = log().find(tenant, program, BroadcastId.of("b2")).orElseThrow();
        assertThat(log().erase(tenant, ErasedPerson.erasure()))
                .as("erasing must count the person's entry, the entry naming them and the broadcast naming them")
                .isEqualTo(3);
        ErasedPerson.assertNoTrace("the broadcast log's broadcasts and entries", everything(tenant, program));
        List<Addressee> after = log().addressees(tenant, program, BroadcastId.of("b1"));
        assertThat(after).extracting(a -> a.person().value()).as("the entries of a broadcast after erasing")
                .containsExactly("bruno-kept", "chloe-kept");
        assertThat(after.get(0).detail()).as("an entry naming the erased person must have their traces redacted")
                .isEqualTo("pas d'adresse, voir " + Erasure.REDACTED);
        assertThat(after.get(1)).as("an entry that did not mention the erased person must read as before")
                .isEqualTo(before.get(2));
        MessageContent text = log().find(tenant, program, BroadcastId.of("b1")).orElseThrow().broadcast().versions()
                .get(Locale.FRENCH);
        assertThat(text.title()).as("a broadcast's text naming the erased person must have their traces redacted")
                .isEqualTo("Atelier animé par " + Erasure.REDACTED);
        assertThat(log().find(tenant, program, BroadcastId.of("b2"))).as("a broadcast that did not mention them")
                .contains(untouched);
    }



    @Test
    @DisplayName("removing a program's broadcasts leaves the other programs' broadcasts")
    void programRemoved() {
        TenantId tenant = freshTenant();
        ProgramId gone = ProgramId.of("program-1");
        ProgramId kept = ProgramId.of("program-2");
        populate(tenant, gone);
        populate(tenant, kept);
        List<Object> before = everything(tenant, kept);
        assertThat(log().eraseProgram(tenant, gone)).as("removing a program's broadcasts must count them").isEqualTo(2);
        assertThat(everything(tenant, gone)).as("a removed program's broadcasts and entries").isEmpty();
        assertThat(log().addressees(tenant, gone, BroadcastId.of("b1"))).as("a removed broadcast's entries").isEmpty();
        assertThat(everything(tenant, kept)).as("another program's broadcasts").isEqualTo(before);
    }
}
