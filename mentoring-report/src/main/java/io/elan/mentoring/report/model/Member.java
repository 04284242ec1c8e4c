package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One member of a pair, as the programme manager reaches them.
 *
 * @param id the person id
 * @param name the name people read
 * @param role mentor or mentee
 * @param email their e-mail address, if the directory knows it
 * @param phone their phone number in E.164 form, if the directory knows it
 * @param attendance the share of the collective sessions offered to them in the engagement window that they attended,
 *     0 to 1 (0 when none were offered)
 */
public record Member(String id, String name, Role role, @Nullable String email, @Nullable String phone,
        double attendance) {
    /**
     * Validates every field.
     *
     * @param id the person id
     * @param name the name people read
     * @param role mentor or mentee
     * @param email their e-mail address, if the directory knows it
     * @param phone their phone number in E.164 form, if the directory knows it
     * @param attendance the share of the collective sessions offered to them in the engagement window that they
     *         attended, 0 to 1 (0 when none were offered)
     */
    public Member {
        Checks.present(id, "id");
        Checks.present(name, "name");
        Checks.present(role, "role");
        Shares.check(attendance, "attendance");
    }
}
