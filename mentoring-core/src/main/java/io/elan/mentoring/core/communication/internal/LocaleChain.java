package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.spi.text.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which translations are tried: the recipient's locale, then the program's, then English; each from
 * the most specific form (language, country, variant) to the bare language. Thread-safe and immutable.
 */
public final class LocaleChain {

    private final Locale recipient;
    private final Locale program;
    private final List<Locale> candidates;

    private LocaleChain(Locale recipient, Locale program, List<Locale> candidates) {
        this.recipient = recipient;
        this.program = program;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * @param recipient the recipient's locale
     * @param program the program's locale
     * @return the chain recipient, program, English
     */
    public static LocaleChain of(Locale recipient, Locale program) {
        Set<Locale> ordered = new LinkedHashSet<>();
        for (Locale locale : List.of(recipient, program, Locale.ENGLISH)) {
            ordered.addAll(forms(locale));
        }
        return new LocaleChain(recipient, program, new ArrayList<>(ordered));
    }

    /**
     * @param texts Élan's texts, with the host's layered over them
     * @param key a text's key
     * @param arguments the values of its placeholders
     * @return the text in the first language of this chain that has it
     */
    public String format(MessageTexts texts, String key, Object... arguments) {
        return texts.format(key, recipient, program, arguments);
    }

    /**
     * @param texts Élan's texts, with the host's layered over them
     * @param key a text's key
     * @return the language {@link #format} writes that text in
     */
    public Locale languageOf(MessageTexts texts, String key) {
        return texts.languageOf(key, recipient, program);
    }

    /** @return the locales to try, most wanted first; never the root locale */
    public List<Locale> candidates() {
        return candidates;
    }

    /**
     * Picks the version of something written in several languages, with the fallbacks of {@link LocalizedText}.
     *
     * @param versions the versions, by the locale they are written in
     * @param <T> what is written
     * @return the version the recipient gets, with the locale it was found under; empty when none is in the
     *     recipient's language, the program's or English
     */
    public <T> Optional<Map.Entry<Locale, T>> pick(Map<Locale, T> versions) {
        return LocalizedText.bestMatch(versions.keySet(), recipient, program)
                .map(locale -> Map.entry(locale, versions.get(locale)));
    }

    /**
     * @param locale a locale
     * @return its forms from the most specific to the bare language; empty for the root locale
     */
    public static List<Locale> forms(Locale locale) {
        List<Locale> forms = new ArrayList<>(3);
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return forms;
        }
        if (!locale.getVariant().isEmpty()) {
            forms.add(new Locale(language, locale.getCountry(), locale.getVariant()));
        }
        if (!locale.getCountry().isEmpty()) {
            forms.add(new Locale(language, locale.getCountry()));
        }
        forms.add(new Locale(language));
        return forms;
    }
}
