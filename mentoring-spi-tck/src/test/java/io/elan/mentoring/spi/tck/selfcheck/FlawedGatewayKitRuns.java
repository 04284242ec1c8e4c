package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.tck.selfcheck.SimpleGateway.Flaw;

/**
 * The kit against gateways that each break one rule of the contract when the far side fails: every run must fail.
 * Run by {@link GatewayFailureRulesSelfCheckTest}, never directly.
 */
final class FlawedGatewayKitRuns {
    private FlawedGatewayKitRuns() {}

    static class DeliveredOnServerError extends FarSideGatewayKitRun {
        DeliveredOnServerError() {
            super(Flaw.DELIVERED_ON_SERVER_ERROR);
        }
    }

    static class DeliveredBelow500 extends FarSideGatewayKitRun {
        DeliveredBelow500() {
            super(Flaw.DELIVERED_BELOW_500);
        }
    }

    static class DeliveredOnConnectionError extends FarSideGatewayKitRun {
        DeliveredOnConnectionError() {
            super(Flaw.DELIVERED_ON_CONNECTION_ERROR);
        }
    }

    static class ThrowsOnConnectionError extends FarSideGatewayKitRun {
        ThrowsOnConnectionError() {
            super(Flaw.THROWS_ON_CONNECTION_ERROR);
        }
    }

    static class EveryFailurePermanent extends FarSideGatewayKitRun {
        EveryFailurePermanent() {
            super(Flaw.EVERY_FAILURE_PERMANENT);
        }
    }

    static class EveryFailureRetryable extends FarSideGatewayKitRun {
        EveryFailureRetryable() {
            super(Flaw.EVERY_FAILURE_RETRYABLE);
        }
    }

    static class DropsRetryAfter extends FarSideGatewayKitRun {
        DropsRetryAfter() {
            super(Flaw.DROPS_RETRY_AFTER);
        }
    }

    static class SendsNoKey extends FarSideGatewayKitRun {
        SendsNoKey() {
            super(Flaw.SENDS_NO_KEY);
        }
    }

    static class NewKeyPerAttempt extends FarSideGatewayKitRun {
        NewKeyPerAttempt() {
            super(Flaw.NEW_KEY_PER_ATTEMPT);
        }
    }

    static class NoTimeout extends FarSideGatewayKitRun {
        NoTimeout() {
            super(Flaw.NO_TIMEOUT);
        }
    }
}
