package io.elan.mentoring.matching;

/** Whether a program prefers mentors from the mentee's own department or from another one. */
public enum DepartmentPreference {
    /** Another department: a fresh view, and no manager's shadow (the usual choice). */
    OTHER_DEPARTMENT,
    /** The same department: shared trade and context. */
    SAME_DEPARTMENT,
    /** Departments do not count. */
    NO_PREFERENCE
}
