package io.elan.mentoring.spi.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The survey's four ports as one value: gathered by a host, or read from a storage module's stores. */
class SurveyStoresTest {
    private final SurveyResponseStore responses = port(SurveyResponseStore.class);
    private final TokenRegistry registry = port(TokenRegistry.class);
    private final ReleaseLedger ledger = port(ReleaseLedger.class);
    private final WaveDefinitionStore waves = port(WaveDefinitionStore.class);

    @Test
    @DisplayName("the ports gathered are the ports read back, each from its own accessor")
    void gathers() {
        SurveyStores stores = SurveyStores.of(responses, registry, ledger, waves);
        assertThat(stores.surveyResponseStore()).isSameAs(responses);
        assertThat(stores.tokenRegistry()).isSameAs(registry);
        assertThat(stores.releaseLedger()).isSameAs(ledger);
        assertThat(stores.waveDefinitionStore()).isSameAs(waves);
    }

    @Test
    @DisplayName("gathering names every missing port at once")
    void namesEveryMissingPort() {
        assertThatThrownBy(() -> SurveyStores.of(null, registry, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("3 invalid values: surveyResponseStore: is required; releaseLedger: is required;"
                        + " waveDefinitionStore: is required");
    }

    @Test
    @DisplayName("a copy of stores whose accessor returns nothing names that port, and a copy of nothing names the"
            + " stores")
    void copyChecksEveryPort() {
        SurveyStores lacking = new SurveyStores() {
            @Override
            public SurveyResponseStore surveyResponseStore() {
                return responses;
            }

            @Override
            public TokenRegistry tokenRegistry() {
                return null;
            }

            @Override
            public ReleaseLedger releaseLedger() {
                return ledger;
            }

            @Override
            public WaveDefinitionStore waveDefinitionStore() {
                return waves;
            }
        };
        assertThatThrownBy(() -> SurveyStores.copyOf(lacking)).isInstanceOf(InvalidValueException.class)
                .hasMessage("tokenRegistry: is required");
        assertThatThrownBy(() -> SurveyStores.copyOf(null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("stores: is required");
        assertThat(SurveyStores.copyOf(SurveyStores.of(responses, registry, ledger, waves)).tokenRegistry())
                .isSameAs(registry);
    }

    /** A port that is only ever compared, never called. */
    private static <P> P port(Class<P> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (method.getName().equals("toString")) {
                return "a " + type.getSimpleName();
            }
            throw new UnsupportedOperationException(method.getName() + " is not called by these tests");
        }));
    }
}
