package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * A labelled web link in a message.
 *
 * @param label what the reader sees, 1 to 200 characters
 * @param url an absolute http or https address
 */
public record Link(@NotBlank @Size(max = 200) String label, @NotNull URI url) {
    /**
     * Validates the label and that the address is http or https.
     *
     * @param label what the reader sees, 1 to 200 characters
     * @param url an absolute http or https address
     */
    public Link {
        Checks.text(label, "link.label", 200);
        Checks.httpUrl(url, "link.url");
    }

    /**
     * @param label what the reader sees
     * @param url an absolute http or https address
     * @return the link
     * @throws io.elan.mentoring.spi.InvalidValueException if the address is not an absolute http(s) address
     */
    public static Link of(String label, String url) {
        URI uri;
        try {
            uri = new URI(Checks.present(url, "link.url"));
        } catch (java.net.URISyntaxException e) {
            throw new InvalidValueException("link.url", "must be a valid address", Checks.quote(url));
        }
        return new Link(label, uri);
    }
}
