package io.elan.mentoring.scheduling;

import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The zones that scheduling properties plan in. */
public final class Zones {
    private static final List<ZoneId> KNOWN = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(id -> !id.contains("~")) // ical4j registers the zones it reads under "ical4j~<uuid>"
            .map(ZoneId::of).toList();

    /**
     * Zones with unusual rules: a half-hour daylight shift (Lord Howe), changes at midnight (Santiago, Cairo), a clock
     * set back for Ramadan (Casablanca), offsets off the whole hour (Chatham, St John's, Tehran), beside the common
     * European and North American rules.
     */
    private static final List<ZoneId> TRICKY = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"), ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Africa/Cairo"), ZoneId.of("Africa/Casablanca"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Asia/Tehran"));

    private Zones() {}

    /** @return any zone java.time knows, half of the time one with unusual rules */
    public static Gen<ZoneId> any() {
        return Generate.oneOf(arbitrary().pick(KNOWN), arbitrary().pick(TRICKY));
    }
}
