package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;

/** The names program managers read for each animation format, in French and English, as the calendar shows them. */
public final class FormatNames {
    private FormatNames() {}

    /**
     * @param format a format
     * @return its name, such as « Capsule d'inspiration » / "Inspiration capsule"
     */
    public static LocalizedText of(Format format) {
        return Texts.format(format);
    }
}
