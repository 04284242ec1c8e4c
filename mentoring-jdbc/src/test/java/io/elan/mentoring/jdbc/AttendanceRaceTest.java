package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("attendance recorded by several writers at once")
class AttendanceRaceTest {

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("first recordings racing on one person and touchpoint all succeed and leave one row")
    void firstRecordingsRace(JdbcDialect dialect) throws Exception {
        ProgramStore store = TestDatabases.stores(dialect).programStore();
        TenantId tenant = KitFixtures.freshTenant();
        Program program = store.saveProgram(KitFixtures.program(tenant, "p"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                Touchpoint touchpoint = store.saveTouchpoint(tenant,
                        KitFixtures.webinar(program.id(), "t" + round, KitFixtures.T0.plusSeconds(round)));
                CyclicBarrier start = new CyclicBarrier(8);
                List<Callable<Void>> writers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    AttendanceStatus status = AttendanceStatus.values()[i % 3];
                    writers.add(() -> {
                        start.await();
                        store.recordAttendance(tenant, new Attendance(program.id(), touchpoint.id(),
                                PersonId.of("ana"), status, KitFixtures.T0));
                        return null;
                    });
                }
                for (Future<Void> writer : pool.invokeAll(writers)) {
                    writer.get();
                }
                assertThat(store.attendance(tenant, program.id(), touchpoint.id())).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
