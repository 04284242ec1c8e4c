package io.elan.mentoring.core.communication.replay;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.TouchpointId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the team keeps of a touchpoint for those who missed it (replay utile): one to five key points and links.
 * Immutable and thread-safe.
 *
 * @param program the program
 * @param touchpoint the touchpoint that took place
 * @param keyPoints 1 to {@value MessageContent#MAX_KEY_POINTS} key points of 1 to 300 characters
 * @param links at most {@value #MAX_LINKS} http(s) links: the recording, the slides, the resources
 */
public record UsefulReplay(@NotNull ProgramId program, @NotNull TouchpointId touchpoint,
        @NotNull @Size(min = 1, max = MessageContent.MAX_KEY_POINTS) List<String> keyPoints,
        @NotNull @Size(max = UsefulReplay.MAX_LINKS) List<@Valid Link> links) {

    /** Most links a replay carries. */
    public static final int MAX_LINKS = 10;

    /**
     * Validates every field, listing every violation.
     *
     * @param program the program
     * @param touchpoint the touchpoint that took place
     * @param keyPoints 1 to {@value MessageContent#MAX_KEY_POINTS} key points of 1 to 300 characters
     * @param links at most {@value #MAX_LINKS} http(s) links: the recording, the slides, the resources
     */
    public UsefulReplay {
        List<Violation> violations = new ArrayList<>();
        if (program == null) {
            violations.add(Violation.of("program", "is required"));
        }
        if (touchpoint == null) {
            violations.add(Violation.of("touchpoint", "is required"));
        }
        checkKeyPoints(keyPoints, violations);
        if (links == null) {
            violations.add(Violation.of("links", "is required"));
        } else if (links.size() > MAX_LINKS) {
            violations.add(Violation.of("links", "must hold at most " + MAX_LINKS + " links", links.size()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        keyPoints = List.copyOf(keyPoints);
        links = List.copyOf(links);
    }

    private static void checkKeyPoints(@Nullable List<String> keyPoints, List<Violation> violations) {
        if (keyPoints == null || keyPoints.isEmpty()) {
            violations.add(Violation.of("keyPoints", "must hold at least 1 key point"));
            return;
        }
        if (keyPoints.size() > MessageContent.MAX_KEY_POINTS) {
            violations.add(Violation.of("keyPoints", "must hold at most " + MessageContent.MAX_KEY_POINTS
                    + " key points", keyPoints.size()));
        }
        for (int i = 0; i < keyPoints.size(); i++) {
            checkText(keyPoints.get(i), "keyPoints[" + i + "]", 300, violations);
        }
    }

    /**
     * @param program the program
     * @param touchpoint the touchpoint
     * @return a builder
     */
    public static Builder builder(ProgramId program, TouchpointId touchpoint) {
        return new Builder(program, touchpoint);
    }

    /** Builds a {@link UsefulReplay} from raw text; {@link #build()} lists every violation. Not thread-safe. */
    public static final class Builder {
        private final ProgramId program;
        private final TouchpointId touchpoint;
        private final List<String> keyPoints = new ArrayList<>();
        private final List<String[]> links = new ArrayList<>();

        private Builder(ProgramId program, TouchpointId touchpoint) {
            this.program = program;
            this.touchpoint = touchpoint;
        }

        /**
         * @param text one key point
         * @return this builder
         */
        public Builder keyPoint(String text) { keyPoints.add(text); return this; }

        /**
         * @param label what the reader sees
         * @param url an absolute http(s) address
         * @return this builder
         */
        public Builder link(String label, String url) {
            links.add(new String[] {label, url});
            return this;
        }

        /**
         * @return the replay
         * @throws InvalidValueException listing every violation, such as {@code keyPoints: must hold at most 5 key
         *     points} or {@code links[1].url: must be an absolute http or https link}
         */
        public UsefulReplay build() {
            List<Violation> violations = new ArrayList<>();
            checkKeyPoints(keyPoints, violations);
            if (links.size() > MAX_LINKS) {
                violations.add(Violation.of("links", "must hold at most " + MAX_LINKS + " links", links.size()));
            }
            List<Link> parsed = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                Link link = parse(links.get(i)[0], links.get(i)[1], "links[" + i + "]", violations);
                if (link != null) {
                    parsed.add(link);
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            return new UsefulReplay(program, touchpoint, keyPoints, parsed);
        }

        private static @Nullable Link parse(@Nullable String label, @Nullable String url, String field,
                List<Violation> violations) {
            int before = violations.size();
            checkText(label, field + ".label", 200, violations);
            URI uri = null;
            if (url == null) {
                violations.add(Violation.of(field + ".url", "is required"));
            } else {
                try {
                    uri = new URI(url);
                    String scheme = uri.getScheme();
                    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                            || uri.getHost() == null || uri.getHost().isBlank()) {
                        violations.add(Violation.of(field + ".url", "must be an absolute http or https link",
                                "\"" + url + "\""));
                    }
                } catch (URISyntaxException e) {
                    violations.add(Violation.of(field + ".url", "must be a valid address", "\"" + url + "\""));
                }
            }
            if (violations.size() > before || uri == null || label == null) {
                return null;
            }
            try {
                return new Link(label, uri);
            } catch (InvalidValueException e) {
                for (Violation v : e.violations()) {
                    violations.add(Violation.of(field + v.field().replace("link", ""), v.rule()));
                }
                return null;
            }
        }
    }

    private static void checkText(@Nullable String value, String field, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "must not be blank"));
        } else if (value.length() > max) {
            violations.add(Violation.of(field, "must be at most " + max + " characters",
                    value.length() + " characters"));
        }
    }
}
