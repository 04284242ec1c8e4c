package io.elan.mentoring.spi.text;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A text written in one or more languages, such as a ritual's name, a blackout's label or a survey question, read in
 * the reader's language.
 *
 * <p>{@link #in(Locale, Locale)} picks the version to show, trying in this order:
 * <ol>
 *   <li>the reader's exact locale ({@code fr-CA});</li>
 *   <li>the reader's language: the bare language ({@code fr}), then any other form of it ({@code fr-FR});</li>
 *   <li>the given default, usually the program's locale, in the same two steps;</li>
 *   <li>English;</li>
 *   <li>the first version the text was given with, so that a reader always gets a text.</li>
 * </ol>
 * A text holds any number of languages: a program in German gives its texts a {@code de} version and nothing else
 * changes. {@link #of(String, String)} keeps the common French and English case short. In JSON a text is an object
 * keyed by language tag, {@code {"fr": "Déjeuner témoignages", "en": "Testimony lunch"}}.
 *
 * <p>Immutable and thread-safe; two texts are equal when they hold the same versions, in whatever order.
 *
 * @param texts the versions by the locale they are written in, in the order given: at least one; each locale names a
 *     language, each text is not blank and at most {@value #MAX_LENGTH} characters
 */
public record LocalizedText(@NotEmpty Map<@NotNull Locale, @NotBlank @Size(max = MAX_LENGTH) String> texts) {

    /** The most characters one version may hold. */
    public static final int MAX_LENGTH = 1000;

    /**
     * Validates and copies the versions, keeping their order; the message names every broken rule.
     *
     * @param texts the versions by locale
     * @throws InvalidValueException if there is no version, a locale names no language, or a text is blank or longer
     *     than {@value #MAX_LENGTH} characters
     */
    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        List<Violation> violations = new ArrayList<>();
        if (texts.isEmpty()) {
            violations.add(Violation.of("texts", "must hold at least one language"));
        }
        Map<Locale, String> copy = new LinkedHashMap<>();
        for (Map.Entry<Locale, String> version : texts.entrySet()) {
            Locale locale = Objects.requireNonNull(version.getKey(), "texts contains a null locale");
            String text = version.getValue();
            String field = "texts[" + locale.toLanguageTag() + "]";
            if (locale.getLanguage().isEmpty()) {
                violations.add(Violation.of(field, "must be keyed by a locale that names a language", "root locale"));
            }
            if (text == null || text.isBlank()) {
                violations.add(Violation.of(field, "must not be blank"));
            } else if (text.length() > MAX_LENGTH) {
                violations.add(Violation.of(field, "must be at most " + MAX_LENGTH + " characters",
                        text.length() + " characters"));
            }
            copy.put(locale, text);
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        texts = Collections.unmodifiableMap(copy);
    }

    /**
     * @param french the French version
     * @param english the English version
     * @return a text in French ({@code fr}) and English ({@code en})
     * @throws InvalidValueException if a version is blank or too long
     */
    public static LocalizedText of(String french, String english) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        texts.put(Locale.FRENCH, french);
        texts.put(Locale.ENGLISH, english);
        return new LocalizedText(texts);
    }

    /**
     * @param locale the language the text is written in
     * @param text the text
     * @return a text in one language, which every reader gets unless a version in their language is added
     * @throws InvalidValueException if the locale names no language, or the text is blank or too long
     */
    public static LocalizedText of(Locale locale, String text) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        texts.put(Objects.requireNonNull(locale, "locale"), text);
        return new LocalizedText(texts);
    }

    /**
     * @param locale the language of the added version
     * @param text the version
     * @return a copy of this text with that version added, or replacing the version already under that locale
     * @throws InvalidValueException if the locale names no language, or the text is blank or too long
     */
    public LocalizedText with(Locale locale, String text) {
        Map<Locale, String> copy = new LinkedHashMap<>(texts);
        copy.put(Objects.requireNonNull(locale, "locale"), text);
        return new LocalizedText(copy);
    }

    /**
     * The text for a reader, with English as the default: the exact locale, then its language, then English, then the
     * first version.
     *
     * @param reader the reader's locale
     * @return the version to show
     */
    public String in(Locale reader) {
        return in(reader, Locale.ENGLISH);
    }

    /**
     * The text for a reader, falling back as the type's documentation describes.
     *
     * @param reader the reader's locale, such as {@code fr-CA}
     * @param fallback the locale to try when the reader's language has no version, usually the program's
     * @return the version to show
     */
    public String in(Locale reader, Locale fallback) {
        return texts.get(localeFor(reader, fallback));
    }

    /**
     * @param reader the reader's locale
     * @param fallback the locale to try when the reader's language has no version, usually the program's
     * @return the locale of the version {@link #in(Locale, Locale)} shows, so that a sentence around it can be written
     *     in the same language
     */
    public Locale localeFor(Locale reader, Locale fallback) {
        return bestMatch(texts.keySet(), reader, fallback).orElseGet(() -> texts.keySet().iterator().next());
    }

    /**
     * The fallbacks of this type, for anything kept in several languages (a message's versions, a broadcast's): the
     * reader's exact locale, then their language, then the fallback's in the same two steps, then English.
     *
     * @param available the locales something is written in
     * @param reader the reader's locale, such as {@code fr-CA}
     * @param fallback the locale to try when the reader's language has none, usually the program's
     * @return the locale among {@code available} the reader gets; empty when none is in the reader's language, the
     *     fallback's or English
     */
    public static Optional<Locale> bestMatch(Collection<Locale> available, Locale reader, Locale fallback) {
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fallback, "fallback");
        for (Locale wanted : List.of(reader, fallback, Locale.ENGLISH)) {
            Locale found = inLanguageOf(available, wanted);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static @Nullable Locale inLanguageOf(Collection<Locale> available, Locale wanted) {
        if (wanted.getLanguage().isEmpty()) {
            return null;
        }
        if (available.contains(wanted)) {
            return wanted;
        }
        Locale bare = new Locale(wanted.getLanguage());
        if (available.contains(bare)) {
            return bare;
        }
        for (Locale version : available) {
            if (version.getLanguage().equals(wanted.getLanguage())) {
                return version;
            }
        }
        return null;
    }
}
