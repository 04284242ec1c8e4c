package io.elan.mentoring.spi.tck.internal;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.privacy.Erasure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an {@link Outbox} does with personal data: erasing one person, removing a program's messages, clearing the
 * bodies of settled messages. The person erased is {@link ErasedPerson}. The outbox kit mounts it as a {@code @Nested}
 * subclass that passes it the kit's outbox.
 */
public abstract class OutboxErasureRules extends ErasureRules<Outbox> {

    /** @param outbox the kit's hook for the outbox under test */
    protected OutboxErasureRules(Supplier<Outbox> outbox) {
        super(outbox, Outbox::erase);
    }

    /** @return the outbox under test */
    protected final Outbox outbox() {
        return port();
    }

    @Override
    public void writeRecords(TenantId tenant) {
        populate(tenant, ProgramId.of("program-1"));
    }

    @Override
    public List<?> readRecords(TenantId tenant) {
        return entries(tenant, ProgramId.of("program-1"));
    }

    private static OutgoingMessage to(TenantId tenant, ProgramId program, String key, String recipient, String text) {
        return message(tenant, program, key, T0).toBuilder().recipient(PersonId.of(recipient))
                .content(MessageContent.of("Le mois de l'élan", text)).build();
    }

    private List<OutboxEntry> entries(TenantId tenant, ProgramId program) {
        try (Stream<OutboxEntry> entries = outbox().entries(tenant, program)) {
            return entries.sorted(Comparator.comparing(e -> e.message().idempotencyKey())).toList();
        }
    }

    /**
     * The erased person has a delivered message and a pending one; someone else has a pending message naming them and
     * one that does not.
     */
    private void populate(TenantId tenant, ProgramId program) {
        outbox().enqueue(tenant, to(tenant, program, "m1-delivered", ErasedPerson.ID, "Bonjour " + ErasedPerson.NAME));
        for (ClaimedMessage claim : outbox().claimDue(tenant, T0, 10, Duration.ofMinutes(5))) {
            outbox().markDelivered(tenant, claim.claimToken(), T0.plusSeconds(1));
        }
        outbox().enqueue(tenant, to(tenant, program, "m2-pending", ErasedPerson.ID, "Bonjour"));
        outbox().enqueue(tenant, to(tenant, program, "m3-naming", "bruno-kept",
                "Votre binôme " + ErasedPerson.NAME + " : " + ErasedPerson.PHONE));
        outbox().enqueue(tenant, to(tenant, program, "m4-other", "bruno-kept", "Partagez une réussite."));
    }

    @Test
    @DisplayName("after erasing a person their messages are gone, pending ones are never sent, and others read as"
            + " before but for their traces")
    void erasedEverywhere() {
        TenantId tenant = freshTenant();
        ProgramId program = ProgramId.of("program-1");
        populate(tenant, program);
        List<OutboxEntry> before = entries(tenant, program);
        assertThat(outbox().erase(tenant, ErasedPerson.erasure()))
                .as("erasing must count the two messages to the person and the one naming them").isEqualTo(3);
        List<OutboxEntry> after = entries(tenant, program);
        ErasedPerson.assertNoTrace("the outbox's entries", after);
        assertThat(outbox().find(tenant, "m1-delivered")).as("a delivered message to an erased person must be removed")
                .isEmpty();
        assertThat(outbox().find(tenant, "m2-pending")).as("a pending message to an erased person must be removed")
                .isEmpty();
        assertThat(after).extracting(e -> e.message().idempotencyKey()).as("the messages left after erasing")
                .containsExactly("m3-naming", "m4-other");
        assertThat(after.get(0).message().content().paragraphs())
                .as("a message to someone else that named the erased person must have their traces redacted")
                .containsExactly("Votre binôme " + Erasure.REDACTED + " : " + Erasure.REDACTED);
        assertThat(after.get(0).state()).as("a redacted message must keep its state").isEqualTo(OutboxState.PENDING);
        assertThat(after.get(1)).as("a message that did not mention the erased person must read as before")
                .isEqualTo(before.get(3));
        List<ClaimedMessage> claimed = outbox().claimDue(tenant, T0.plusSeconds(5), 10, Duration.ofMinutes(5));
        assertThat(claimed).extracting(c -> c.message().recipient().value())
                .as("the messages handed out after erasing: none to the erased person")
                .containsExactly("bruno-kept", "bruno-kept");
    }



    @Test
    @DisplayName("removing a program's messages leaves the other programs' messages")
    void programRemoved() {
        TenantId tenant = freshTenant();
        ProgramId gone = ProgramId.of("program-1");
        ProgramId kept = ProgramId.of("program-2");
        populate(tenant, gone);
        outbox().enqueue(tenant, to(tenant, kept, "k1", "bruno-kept", "Bonjour"));
        List<OutboxEntry> before = entries(tenant, kept);
        assertThat(outbox().eraseProgram(tenant, gone)).as("removing a program's messages must count them")
                .isEqualTo(4);
        assertThat(entries(tenant, gone)).as("a removed program's messages").isEmpty();
        assertThat(outbox().find(tenant, "m4-other")).as("a removed program's message found by its key").isEmpty();
        assertThat(entries(tenant, kept)).as("another program's messages").isEqualTo(before);
    }

    @Test
    @DisplayName("clearing bodies takes messages settled before the instant, oldest first, at most the limit, and"
            + " keeps the entries")
    void bodiesCleared() {
        TenantId tenant = freshTenant();
        ProgramId program = ProgramId.of("program-1");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String key = "settled-" + i;
            keys.add(key);
            outbox().enqueue(tenant, to(tenant, program, key, "bruno-kept", "Message " + i));
            ClaimedMessage claim = outbox().claimDue(tenant, T0, 1, Duration.ofMinutes(5)).get(0);
            if (i == 1) {
                outbox().markDead(tenant, claim.claimToken(), T0.plus(Duration.ofDays(i)), "refused");
            } else {
                outbox().markDelivered(tenant, claim.claimToken(), T0.plus(Duration.ofDays(i)));
            }
        }
        outbox().enqueue(tenant, to(tenant, program, "pending", "bruno-kept", "Pas encore envoyé"));
        Instant cutoff = T0.plus(Duration.ofDays(2));
        assertThat(outbox().clearBodies(tenant, cutoff, 1)).as("a call limited to 1 must clear one body").isEqualTo(1);
        assertThat(outbox().find(tenant, "settled-0").orElseThrow().message().content())
                .as("the oldest settled message is cleared first").isEqualTo(Outbox.CLEARED_BODY);
        assertThat(outbox().clearBodies(tenant, cutoff, 10))
                .as("the next call must clear the dead letter settled before the instant, and only it").isEqualTo(1);
        assertThat(outbox().clearBodies(tenant, cutoff, 10)).as("bodies already cleared are not counted again")
                .isZero();
        assertThat(outbox().find(tenant, "settled-1").orElseThrow().state())
                .as("a cleared message keeps its state, so that it is never sent again").isEqualTo(OutboxState.DEAD);
        assertThat(outbox().find(tenant, "settled-2").orElseThrow().message().content().paragraphs())
                .as("a message settled at the instant itself keeps its body").containsExactly("Message 2");
        assertThat(outbox().find(tenant, "pending").orElseThrow().message().content().paragraphs())
                .as("a pending message keeps its body").containsExactly("Pas encore envoyé");
        assertThat(outbox().enqueue(tenant, to(tenant, program, "settled-0", "bruno-kept", "Message 0")))
                .as("a message whose body was cleared must still refuse its key: it is never sent twice").isFalse();
    }
}
