package io.elan.mentoring.core.communication;

class InMemoryBroadcastLogTest extends BroadcastLogContract {
    private final InMemoryBroadcastLog log = new InMemoryBroadcastLog();

    @Override
    protected BroadcastLog log() {
        return log;
    }
}
