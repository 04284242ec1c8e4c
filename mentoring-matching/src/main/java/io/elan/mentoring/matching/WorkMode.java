package io.elan.mentoring.matching;

/** How a person wants to meet their mentor or mentee. */
public enum WorkMode {
    /** In person only: meetings need the same site. */
    ON_SITE,
    /** In person or remotely. */
    HYBRID,
    /** Remotely only. */
    REMOTE;

    /** @return whether this person meets remotely at all */
    public boolean meetsRemotely() {
        return this != ON_SITE;
    }

    /** @return whether this person meets in person at all */
    public boolean meetsInPerson() {
        return this != REMOTE;
    }
}
