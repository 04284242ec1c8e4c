package io.elan.mentoring.spi.tck.internal;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.invitation;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.PersonInvitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.TokenRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a {@link TokenRegistry} does with personal data: listing a person's invitations for their export, erasing one
 * person, removing a program's invitations. The person erased is {@link ErasedPerson}. The token registry kit mounts it
 * as a {@code @Nested} subclass that passes it the kit's registry.
 */
public abstract class TokenRegistryErasureRules extends ErasureRules<TokenRegistry> {

    /** @param registry the kit's hook for the registry under test */
    protected TokenRegistryErasureRules(Supplier<TokenRegistry> registry) {
        super(registry, TokenRegistry::erase);
    }

    /** @return the registry under test */
    protected final TokenRegistry registry() {
        return port();
    }

    @Override
    public void writeRecords(TenantId tenant) {
        populate(tenant);
    }

    @Override
    public List<?> readRecords(TenantId tenant) {
        return everything(tenant);
    }

    /** The waves the rules invite people to, as program and wave id. */
    private static List<String[]> waves() {
        return List.of(new String[] {"program-1", "closing"}, new String[] {"program-1", "mid-point"},
                new String[] {"program-2", "mid-point"});
    }

    /** The erased person and someone else, each invited to every wave with a token of their own. */
    private void populate(TenantId tenant) {
        for (String[] wave : waves()) {
            for (String person : List.of(ErasedPerson.ID, "bruno-kept")) {
                registry().issueIfAbsent(tenant, ProgramId.of(wave[0]), wave[1],
                        invitation(person, "t-" + person + "-" + wave[0] + "-" + wave[1]));
            }
        }
    }

    private List<Object> everything(TenantId tenant) {
        List<Object> read = new ArrayList<>();
        for (String[] wave : waves()) {
            read.addAll(registry().invitations(tenant, ProgramId.of(wave[0]), wave[1]));
            for (String person : List.of(ErasedPerson.ID, "bruno-kept")) {
                registry().byToken(tenant, ProgramId.of(wave[0]), wave[1],
                        ResponseToken.of("t-" + person + "-" + wave[0] + "-" + wave[1])).ifPresent(read::add);
            }
        }
        read.addAll(registry().invitationsOf(tenant, ErasedPerson.id()));
        read.addAll(registry().invitationsOf(tenant, PersonId.of("bruno-kept")));
        return read;
    }

    @Test
    @DisplayName("a person's invitations are listed across programs and waves, by program then wave")
    void invitationsOfAPerson() {
        TenantId tenant = freshTenant();
        populate(tenant);
        List<PersonInvitation> listed = registry().invitationsOf(tenant, ErasedPerson.id());
        assertThat(listed).extracting(i -> i.program().value() + "/" + i.wave())
                .as("a person's invitations must be listed in every program and wave, by program then wave")
                .containsExactly("program-1/closing", "program-1/mid-point", "program-2/mid-point");
        assertThat(listed).extracting(i -> i.invitation().token().value())
                .as("each listed invitation must be the one issued in its wave").containsExactly(
                        "t-ana-erased-program-1-closing", "t-ana-erased-program-1-mid-point",
                        "t-ana-erased-program-2-mid-point");
        assertThat(registry().invitationsOf(freshTenant(), ErasedPerson.id()))
                .as("a person's invitations must not be listed from another tenant").isEmpty();
    }

    @Test
    @DisplayName("after erasing a person none of their invitations is listed or found by its token; others stay")
    void erasedEverywhere() {
        TenantId tenant = freshTenant();
        populate(tenant);
        List<PersonInvitation> others = registry().invitationsOf(tenant, PersonId.of("bruno-kept"));
        assertThat(registry().erase(tenant, ErasedPerson.erasure()))
                .as("erasing must count the person's invitation in each of the three waves").isEqualTo(3);
        ErasedPerson.assertNoTrace("the token registry's invitations", everything(tenant));
        assertThat(registry().invitationsOf(tenant, ErasedPerson.id())).as("an erased person's invitations")
                .isEmpty();
        assertThat(registry().invitationsOf(tenant, PersonId.of("bruno-kept")))
                .as("another person's invitations must stay as they were").isEqualTo(others);
    }



    @Test
    @DisplayName("removing a program's invitations leaves the other programs' invitations")
    void programRemoved() {
        TenantId tenant = freshTenant();
        populate(tenant);
        assertThat(registry().eraseProgram(tenant, ProgramId.of("program-1")))
                .as("removing a program's invitations must count those of its two waves").isEqualTo(4);
        assertThat(registry().invitationsOf(tenant, ErasedPerson.id())).extracting(i -> i.program().value())
                .as("a person's invitations after their first program's were removed").containsExactly("program-2");
        assertThat(registry().invitations(tenant, ProgramId.of("program-1"), "mid-point"))
                .as("a removed program's invitations").isEmpty();
    }
}
