package io.elan.mentoring.spi.privacy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One person to erase from a port, and how to recognise them in text that belongs to someone else.
 *
 * <p>A port that receives an erasure removes the records that are the person's own (their participation, their
 * attendance, their calls, the hotline requests they raised, the events about them, the messages addressed to them,
 * their entries in broadcasts, their survey invitations). Where a record is shared with someone else (a pair, a
 * hotline request the person handled), it keeps the record and replaces the person's id with the
 * {@link #pseudonym()}, which is drawn at random and cannot be traced back. In every other text it keeps, each
 * occurrence of a {@link #traces() trace} is replaced by {@link #REDACTED} (a message's texts through
 * {@code MessageContent.redact(Erasure)}), which is never longer than the trace, so a
 * redacted text always fits where the original did.
 *
 * <p>A trace is recognised as a whole token only: where it begins and ends with a letter or digit, the text around it
 * must not go on with a letter, a digit, an underscore, or a hyphen, dot or at sign followed by a letter or digit. So
 * erasing {@code Ana} leaves {@code Anatole} and {@code Banana} alone, erasing {@code ana-1} leaves {@code ana-12}
 * alone, and an e-mail address at the end of a sentence is still found. A trace shorter than
 * {@value #SHORTEST_TRACE} characters is never looked for in text: a short id or initials would blank unrelated words.
 *
 * @param person the person to erase
 * @param pseudonym the id that takes the person's place in records shared with others; never the person's id
 * @param traces the texts that identify the person, the id included: display name, e-mail, phone. Each is 1 to 254
 *     characters; at most 16
 */
public record Erasure(PersonId person, PersonId pseudonym, Set<String> traces) {

    /** What takes the place of a trace in text kept for someone else: one character, so never longer than a trace. */
    public static final String REDACTED = "\u2014";

    /** The fewest characters a trace has to be looked for in text. */
    public static final int SHORTEST_TRACE = 3;

    /**
     * Validates the fields; the person's id is always one of the traces.
     *
     * @param person the person to erase
     * @param pseudonym the id that takes the person's place in records shared with others; never the person's id
     * @param traces the texts that identify the person, the id included: display name, e-mail, phone. Each is 1 to 254
     *     characters; at most 16
     */
    public Erasure {
        Checks.present(person, "person");
        Checks.present(pseudonym, "pseudonym");
        if (pseudonym.equals(person)) {
            throw new InvalidValueException("pseudonym", "must not be the person's id", pseudonym);
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(person.value());
        for (String trace : Checks.set(traces, "traces", 16)) {
            all.add(Checks.text(trace, "traces[]", 254));
        }
        traces = Set.copyOf(all);
    }

    /**
     * What a port's personal-data operations throw when its implementation has not overridden them.
     *
     * @param port the port that cannot erase
     * @return the exception to throw, naming the port's class
     */
    public static UnsupportedOperationException unsupportedBy(Object port) {
        return new UnsupportedOperationException(port.getClass().getName() + " cannot erase personal data;"
                + " the compatibility kit lists what a store must do for it");
    }

    /**
     * @param person the person
     * @param pseudonym the id that replaces theirs in shared records
     * @param traces name, e-mail, phone; nulls and blanks are skipped
     * @return the erasure
     */
    public static Erasure of(PersonId person, PersonId pseudonym, List<@Nullable String> traces) {
        Set<String> kept = new LinkedHashSet<>();
        for (String trace : traces) {
            if (trace != null && !trace.isBlank()) {
                kept.add(trace);
            }
        }
        return new Erasure(person, pseudonym, kept);
    }

    /**
     * @return the traces looked for in text (those of at least {@value #SHORTEST_TRACE} characters), longest first, so
     *     that a trace inside a longer one (a name inside an e-mail) goes last
     */
    public List<String> tracesLongestFirst() {
        return traces.stream().filter(t -> t.length() >= SHORTEST_TRACE)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * @param text a text kept for someone else
     * @return whether it holds one of the traces as a whole token
     */
    public boolean mentions(@Nullable String text) {
        if (text == null) {
            return false;
        }
        for (String trace : tracesLongestFirst()) {
            if (nextToken(text, trace, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a text kept for someone else
     * @return the text with every whole-token occurrence of a trace replaced by {@link #REDACTED}
     */
    public String redact(String text) {
        String result = text;
        for (String trace : tracesLongestFirst()) {
            StringBuilder redacted = new StringBuilder(result.length());
            int from = 0;
            for (int at = nextToken(result, trace, 0); at >= 0; at = nextToken(result, trace, from)) {
                redacted.append(result, from, at).append(REDACTED);
                from = at + trace.length();
            }
            result = redacted.append(result, from, result.length()).toString();
        }
        return result;
    }

    /** Where the trace next stands as a whole token in the text, from an index on; -1 if nowhere. */
    private static int nextToken(String text, String trace, int from) {
        for (int at = text.indexOf(trace, from); at >= 0; at = text.indexOf(trace, at + 1)) {
            int end = at + trace.length();
            boolean startsClean = !isWordChar(trace.charAt(0)) || at == 0 || !continuesBefore(text, at - 1);
            boolean endsClean = !isWordChar(trace.charAt(trace.length() - 1)) || end == text.length()
                    || !continuesAfter(text, end);
            if (startsClean && endsClean) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '@';
    }

    /** Whether the character at index {@code i}, just before a match, makes the match part of a longer token. */
    private static boolean continuesBefore(String text, int i) {
        char c = text.charAt(i);
        return isWordChar(c) || isJoiner(c) && i > 0 && isWordChar(text.charAt(i - 1));
    }

    /** Whether the character at index {@code i}, just after a match, makes the match part of a longer token. */
    private static boolean continuesAfter(String text, int i) {
        char c = text.charAt(i);
        return isWordChar(c) || isJoiner(c) && i + 1 < text.length() && isWordChar(text.charAt(i + 1));
    }

    /**
     * @param text an optional text
     * @return the redacted text, or null when there was none
     */
    public @Nullable String redactOptional(@Nullable String text) {
        return text == null ? null : redact(text);
    }

    /**
     * @param id a person id found in a shared record
     * @return the pseudonym if it is the erased person, else the id unchanged
     */
    public PersonId replace(PersonId id) {
        return id.equals(person) ? pseudonym : id;
    }

    /** @return words only: an erasure must never print whom it concerns */
    @Override
    public String toString() {
        return "erasure of one person (" + traces.size() + " traces)";
    }
}
