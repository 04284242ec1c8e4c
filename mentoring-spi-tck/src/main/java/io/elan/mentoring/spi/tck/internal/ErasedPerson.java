package io.elan.mentoring.spi.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.privacy.Erasure;
import java.util.Collection;
import java.util.List;

/**
 * The person the erasure rules of the kits erase, with the name, e-mail and phone by which other people's texts
 * mention them, and the checks those rules share. Not API.
 */
public final class ErasedPerson {

    /** The person's id. */
    public static final String ID = "ana-erased";

    /** Their display name, as someone else's text may mention it. */
    public static final String NAME = "Ana Martin";

    /** Their e-mail address. */
    public static final String EMAIL = "ana.martin@acme.example";

    /** Their phone number. */
    public static final String PHONE = "+33611223344";

    /** The pseudonym that takes their place in records shared with someone else. */
    public static final String PSEUDONYM = "erased-5f1c9a0d";

    /** Everything that identifies them. */
    public static final List<String> TRACES = List.of(ID, NAME, EMAIL, PHONE);

    private ErasedPerson() {}

    /** @return the person's id */
    public static PersonId id() {
        return PersonId.of(ID);
    }

    /** @return what a port is told when the person is erased */
    public static Erasure erasure() {
        return Erasure.of(id(), PersonId.of(PSEUDONYM), List.of(NAME, EMAIL, PHONE));
    }

    /**
     * @param what what was read, in words, for the message
     * @param read every record a read path returned
     */
    public static void assertNoTrace(String what, Collection<?> read) {
        for (String trace : TRACES) {
            assertThat(read.stream().map(String::valueOf).filter(line -> line.contains(trace)).toList())
                    .as("after erasing %s, %s must not hold %s", ID, what, trace).isEmpty();
        }
    }
}
