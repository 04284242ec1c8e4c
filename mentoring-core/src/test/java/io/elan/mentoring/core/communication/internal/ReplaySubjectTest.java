package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.core.communication.rendering.MessageRenderer;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The useful replay's e-mail subject is built from the touchpoint's theme ({@code Replay utile : <theme>}); a theme
 * that smuggled a line break into it would let its author add headers ({@code \r\nBcc: ...}) to mail sent to every
 * absentee.
 */
@DisplayName("the subject of a useful replay")
class ReplaySubjectTest {

    private static final TouchpointId WEBINAR = TouchpointId.of("webinar");
    private static final Instant START = Instant.parse("2026-11-19T11:00:00Z");

    /** Themes of ordinary words mixed with line breaks, tabs, other control characters and Unicode separators. */
    private static final Gen<String> THEMES = strings().allPossible().ofLengthBetween(0, 3)
            .zip(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 12), (odd, word) -> word + odd + word)
            .mix(strings().betweenCodePoints(0, 0x2030).ofLengthBetween(1, 60));

    @Test
    @DisplayName("never carries a line break or another control character, whatever theme a host tries")
    void noHeaderInjection() {
        qt().withExamples(300).forAll(THEMES).checkAssert(theme -> {
            Touchpoint touchpoint;
            try {
                touchpoint = Touchpoint.builder().id(WEBINAR).program(PROGRAM).format(Format.WEBINAR_FOCUS)
                        .theme(theme).start(START).duration(Duration.ofMinutes(45)).status(TouchpointStatus.HELD)
                        .build();
            } catch (InvalidValueException refused) {
                assertThat(refused.violations()).extracting(Violation::field).containsExactly("theme");
                return;
            }
            CommunityFixture fixture = new CommunityFixture();
            fixture.enrol("mentee-chloe", Role.MENTEE);
            fixture.store.saveTouchpoint(TENANT, touchpoint);
            fixture.store.recordAttendance(TENANT, new Attendance(PROGRAM, WEBINAR, PersonId.of("mentee-chloe"),
                    AttendanceStatus.ABSENT, START.plus(Duration.ofHours(1))));
            fixture.communication().replays().send(TENANT,
                    UsefulReplay.builder(PROGRAM, WEBINAR).keyPoint("Reformuler").build());
            List<OutboxEntry> queued = fixture.entries();
            assertThat(queued).hasSize(1);
            String subject = MessageRenderer.defaults().render(queued.get(0).message()).subject();
            assertThat(subject.chars()).as("characters of %s", subject)
                    .noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
        });
    }

    @Test
    @DisplayName("a host's replay title text holding a line break is refused when the texts are built")
    void hostTitleTextRefused() {
        assertThatThrownBy(() -> MessageTexts.builder().add(Locale.GERMAN,
                Map.of("replay.title", "Nützliche Zusammenfassung:\r\nBcc: alle@example.org {0}")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("texts[replay.title]: must be a single line");
        assertThat(MessageTexts.builder().add(Locale.GERMAN, Map.of("replay.intro", "Zeile eins\nZeile zwei {0}"))
                .build()).as("other texts keep their line breaks").isNotNull();
    }
}
