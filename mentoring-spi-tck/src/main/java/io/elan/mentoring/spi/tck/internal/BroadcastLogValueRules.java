package io.elan.mentoring.spi.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The value rules a {@link BroadcastLog} meets: every broadcast and addressee the SPI accepts, up to the edges of its
 * rules, is kept exactly, and nothing beyond them can reach the log. The broadcast log kit mounts it as a
 * {@code @Nested} subclass that passes it the kit's log.
 */
public abstract class BroadcastLogValueRules extends PortRules<BroadcastLog> {

    /** @param log the kit's hook for the log under test */
    protected BroadcastLogValueRules(Supplier<BroadcastLog> log) {
        super(log);
    }

    /** @return the log under test */
    protected final BroadcastLog log() {
        return port();
    }

    @Test
    @DisplayName("a broadcast and its addressees at the edges, from the earliest to the latest instant, come back"
            + " exactly")
    void edgeBroadcastComesBackExactly() {
        TenantId tenant = TenantId.of(Edges.id(Checks.MAX_ID_LENGTH));
        ProgramId program = ProgramId.of(Edges.id(Checks.MAX_ID_LENGTH));
        BroadcastId id = BroadcastId.of(Edges.id(BroadcastId.MAX_LENGTH));
        PublishedBroadcast broadcast = new PublishedBroadcast(new Broadcast(id, program, Audience.BOTH,
                Edges.id(64), Map.of(Edges.LONG_LANGUAGE, MessageContent.of("Annonce", "Le long voyage."),
                        Locale.FRENCH, MessageContent.of("Annonce", "Le long voyage."))), Edges.LATEST);
        List<Addressee> addressees = List.of(
                new Addressee(PersonId.of(Edges.id(Checks.MAX_ID_LENGTH)), Role.MENTOR, AddressingOutcome.QUEUED,
                        Channel.EMAIL, Edges.text(200), false, Edges.EARLIEST, null),
                new Addressee(PersonId.of(Edges.id(Checks.MAX_ID_LENGTH)), Role.MENTEE,
                        AddressingOutcome.NO_CHANNEL, null, null, true, Edges.LATEST, Edges.text(4000)));

        log().publish(tenant, broadcast);
        log().address(tenant, program, id, addressees);

        assertThat(log().find(tenant, program, id)).contains(broadcast);
        assertThat(log().addressees(tenant, program, id)).containsExactlyElementsOf(addressees);
    }

    @Test
    @DisplayName("a broadcast or addressee beyond the rules cannot even be built, so no log ever meets one")
    void beyondTheRulesNothingIsBuilt() {
        assertThatThrownBy(() -> new Addressee(PersonId.of("ana"), Role.MENTEE, AddressingOutcome.NO_CHANNEL, null,
                null, false, Edges.LATEST, "half \uD83C pair"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("detail: must not contain an unpaired surrogate character");
        assertThatThrownBy(() -> new Addressee(PersonId.of("ana"), Role.MENTEE, AddressingOutcome.QUEUED,
                Channel.EMAIL, "key\0", false, Edges.LATEST, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("idempotencyKey: must not contain the NUL character");
        assertThatThrownBy(() -> new PublishedBroadcast(new Broadcast(BroadcastId.of("b"), ProgramId.of("p"),
                Audience.BOTH, "announcement", Map.of(Locale.FRENCH, MessageContent.of("Annonce", "Texte"))),
                Edges.LATEST.plusNanos(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("publishedAt: must be between");
        assertThatThrownBy(() -> new Broadcast(BroadcastId.of("b"), ProgramId.of("p"), Audience.BOTH,
                "announcement\uDC00", Map.of(Locale.FRENCH, MessageContent.of("Annonce", "Texte"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("kind: must not contain an unpaired surrogate character");
    }
}
