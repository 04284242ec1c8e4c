package io.elan.mentoring.core.communication.rendering;

import io.elan.mentoring.core.communication.internal.LocaleChain;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The texts Élan writes itself (invitations, replay and digest introductions, headings), in every language it knows.
 *
 * <p>French and English ship in the resource bundle {@value #BUNDLE} ({@code messages.properties} is English,
 * {@code messages_fr.properties} French). A host adds languages or rewords texts by layering its own texts over
 * them with {@link Builder#add(Locale, Map)} or {@link Builder#add(Locale, ResourceBundle)}; the texts added last win.
 * Texts are {@link MessageFormat} patterns: in them a single quote starts a quoted section, so write {@code ''} for an
 * apostrophe or use the typographic ’ as the shipped texts do.
 *
 * <p>A text is looked up in the recipient's language, then the program's, then English, each from its most specific
 * form ({@code fr_CA}) to the bare language ({@code fr}); at each step the host's layers come before Élan's own.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageTexts {

    /** The base name of Élan's own resource bundle. */
    public static final String BUNDLE = "io.elan.mentoring.core.communication.messages";

    private static final String TITLE_SUFFIX = ".title";
    private static final String RESOURCE_PREFIX = "/" + BUNDLE.replace('.', '/');
    private static final ConcurrentMap<Locale, Map<String, String>> SHIPPED = new ConcurrentHashMap<>();
    private static final MessageTexts DEFAULTS = new MessageTexts(List.of());

    private final List<Map<Locale, Map<String, String>>> hostLayers;

    private MessageTexts(List<Map<Locale, Map<String, String>>> hostLayers) {
        this.hostLayers = List.copyOf(hostLayers);
    }

    /** @return Élan's own French and English texts, with nothing layered over them */
    public static MessageTexts defaults() {
        return DEFAULTS;
    }

    /** @return a builder to layer a host's texts over Élan's */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats one text.
     *
     * @param key the text's key, such as {@code replay.title}
     * @param recipient the recipient's language
     * @param program the program's language, tried when the recipient's has no such text
     * @param arguments the values of the pattern's placeholders
     * @return the formatted text
     * @throws InvalidValueException naming {@code key} if no language in the chain, English included, has it
     */
    public String format(String key, Locale recipient, Locale program, Object... arguments) {
        return format(key, LocaleChain.of(recipient, program), arguments);
    }

    /**
     * @param key the text's key
     * @param recipient the recipient's language
     * @param program the program's language
     * @return the language {@link #format(String, Locale, Locale, Object...)} writes that text in: the first of the
     *     chain that has it, which a message carries as its locale
     * @throws InvalidValueException naming {@code key} if no language in the chain, English included, has it
     */
    public Locale languageOf(String key, Locale recipient, Locale program) {
        return localeOf(key, LocaleChain.of(recipient, program));
    }

    private String format(String key, LocaleChain chain, Object... arguments) {
        Objects.requireNonNull(key, "key");
        for (Locale candidate : chain.candidates()) {
            String pattern = lookup(key, candidate);
            if (pattern != null) {
                return new MessageFormat(pattern, candidate).format(arguments);
            }
        }
        throw new InvalidValueException("key", "must have a text in one of " + chain.candidates()
                + ", English at least", key);
    }

    /** @return the language in which the chain finds the key: the language of the formatted text */
    private Locale localeOf(String key, LocaleChain chain) {
        for (Locale candidate : chain.candidates()) {
            if (lookup(key, candidate) != null) {
                return candidate;
            }
        }
        throw new InvalidValueException("key", "must have a text in one of " + chain.candidates()
                + ", English at least", key);
    }

    private @Nullable String lookup(String key, Locale candidate) {
        for (int i = hostLayers.size() - 1; i >= 0; i--) {
            Map<String, String> texts = hostLayers.get(i).get(candidate);
            if (texts != null && texts.containsKey(key)) {
                return texts.get(key);
            }
        }
        return SHIPPED.computeIfAbsent(candidate, MessageTexts::load).get(key);
    }

    // English is the root bundle, so "en" reads messages.properties; other forms read messages_<locale>.properties.
    private static Map<String, String> load(Locale locale) {
        String suffix = locale.equals(Locale.ENGLISH) ? "" : "_" + locale;
        try (InputStream in = MessageTexts.class.getResourceAsStream(RESOURCE_PREFIX + suffix + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            ResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            return copy(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts for " + locale, e);
        }
    }

    private static Map<String, String> copy(ResourceBundle bundle) {
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return Map.copyOf(texts);
    }

    /** Builds {@link MessageTexts}. Not thread-safe. */
    public static final class Builder {
        private final List<Map<Locale, Map<String, String>>> layers = new ArrayList<>();

        private Builder() {}

        /**
         * Layers texts for one language over everything added before and over Élan's own texts.
         *
         * @param locale the language the texts are written in, such as {@code de} or {@code fr_CA}
         * @param texts the texts by key, as {@link MessageFormat} patterns; a title (a key ending in {@code .title})
         *     becomes a message's subject, so it is a single line
         * @return this builder
         * @throws InvalidValueException if the locale has no language, a pattern does not parse or a title holds a line
         *     break or another control character
         */
        public Builder add(Locale locale, Map<String, String> texts) {
            List<Locale> forms = LocaleChain.forms(Objects.requireNonNull(locale, "locale"));
            if (forms.isEmpty()) {
                throw new InvalidValueException("locale", "must name a language", "root locale");
            }
            Map<String, String> copy = Map.copyOf(texts);
            for (Map.Entry<String, String> text : copy.entrySet()) {
                try {
                    new MessageFormat(text.getValue(), locale);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("texts[" + text.getKey() + "]",
                            "must be a valid MessageFormat pattern: " + e.getMessage(), text.getValue());
                }
                if (text.getKey().endsWith(TITLE_SUFFIX)) {
                    Checks.line(text.getValue(), "texts[" + text.getKey() + "]", Integer.MAX_VALUE);
                }
            }
            layers.add(Map.of(forms.get(0), copy));
            return this;
        }

        /**
         * Layers a host's resource bundle for one language; only the bundle's own keys and its parents' are read,
         * once, now.
         *
         * @param locale the language the bundle is written in
         * @param bundle the texts
         * @return this builder
         * @throws InvalidValueException if the locale has no language, a pattern does not parse or a title is not a
         *     single line
         */
        public Builder add(Locale locale, ResourceBundle bundle) {
            return add(locale, copy(Objects.requireNonNull(bundle, "bundle")));
        }

        /** @return the texts */
        public MessageTexts build() {
            return new MessageTexts(layers);
        }
    }
}
