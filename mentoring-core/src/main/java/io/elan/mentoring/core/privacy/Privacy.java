package io.elan.mentoring.core.privacy;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import java.util.List;

/**
 * A person's rights over what Élan keeps about them, in one tenant: erasure (GDPR article 17) and access and
 * portability (articles 15 and 20). Obtained from {@code elan.tenant(t).privacy()}; thread-safe.
 */
public interface Privacy {

    /** Where the export's JSON Schema is, on the class path of the core module. */
    String EXPORT_SCHEMA_RESOURCE = "/io/elan/mentoring/core/privacy/person-export-v1.schema.json";

    /** The version of the export's schema; it changes when a field is removed or changes meaning. */
    int EXPORT_SCHEMA_VERSION = 1;

    /**
     * Erases the person from every port of the tenant: their participations, attendance, follow-up calls and hotline
     * requests, the events about them, the messages addressed to them (pending ones are thereby cancelled), their
     * entries in broadcasts and their survey invitations are removed; pairs and hotline requests they shared with
     * someone else stay with a random pseudonym in their place, their pairs still under way are ended first; their
     * name, e-mail, phone and id are redacted, as whole words, from every text kept for someone else; the directory
     * cache and the engagement tracker's counters forget them. Anonymous survey responses stay, unlinkable as before.
     * Each port's step is atomic and idempotent, so a call that fails half-way is simply made again, after a restart
     * too; erasing the same person twice is harmless.
     *
     * @param person the person
     * @return the receipt, kept and announced to listeners by a {@link io.elan.mentoring.core.event.PersonErased}
     *     event per program the person took part in; it names no one
     */
    ErasureReceipt erase(PersonId person);

    /**
     * @param person the person
     * @return one JSON document (UTF-8 text) with everything Élan keeps about the person in the tenant, valid against
     *     the schema at {@link #EXPORT_SCHEMA_RESOURCE}
     */
    String export(PersonId person);

    /** @return the tenant's erasure receipts, oldest first */
    List<ErasureReceipt> receipts();
}
