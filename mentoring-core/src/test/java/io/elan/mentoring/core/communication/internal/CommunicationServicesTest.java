package io.elan.mentoring.core.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommunicationServicesTest {

    @Test
    @DisplayName("building communication without its ports names every missing one, the broadcast log included")
    void missingPorts() {
        assertThatThrownBy(() -> CommunicationServices.builder().build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("programStore", "outbox", "gateway", "clock",
                                "broadcastLog"));
    }
}
