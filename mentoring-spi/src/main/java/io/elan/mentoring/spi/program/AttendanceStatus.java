package io.elan.mentoring.spi.program;

/**
 * Whether an invited participant came.
 */
public enum AttendanceStatus {
    /** Was there, in person or remotely. */
    ATTENDED,
    /** Was invited and did not come. */
    ABSENT,
    /** Said beforehand they could not come. */
    EXCUSED
}
