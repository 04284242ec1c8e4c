package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The process {@link EmbeddedDurabilityTest} kills: appends activity events one at a time to an embedded database and
 * prints how many were acknowledged after each append returns, until it is killed.
 */
final class AcknowledgingWriter {
    static final TenantId TENANT = TenantId.of("durability");
    static final ProgramId PROGRAM = ProgramId.of("p");
    static final Instant T0 = Instant.parse("2027-01-11T08:00:00Z");

    private AcknowledgingWriter() {}

    /** @param args the database file */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JdbcStores stores = JdbcStores.embeddedH2(Path.of(args[0]));
        ActivityLog log = stores.activityLog();
        for (long written = 1; ; written++) {
            log.append(TENANT, List.of(event(written)));
            out.println(written);
        }
    }

    /**
     * @param n the event's number, from 1
     * @return the n-th event the writer appends
     */
    static ActivityEvent event(long n) {
        return ActivityEvent.ofPerson(EventId.of("e-" + n), PROGRAM, PersonId.of("ana"), ActivityKind.TOUCHPOINT_ATTENDED,
                T0.plusSeconds(n), "durability-test");
    }
}
