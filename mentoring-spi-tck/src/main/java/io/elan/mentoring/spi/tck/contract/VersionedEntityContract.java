package io.elan.mentoring.spi.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.Versioned;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of a versioned save, which every versioned entity of a port keeps: a save at version 0 creates the entity
 * at version 1, a save at the stored version replaces it and increments the version, and any other version is refused
 * with {@link VersionConflictException} and stores nothing. A kit mounts it once per entity, as a {@code @Nested}
 * class implementing the hooks:
 *
 * <pre>{@code
 * @Nested
 * @DisplayName("versioned saves of pairs")
 * class PairVersions implements VersionedEntityContract<Pair> {
 *     public String anEntity() { return "a pair"; }
 *     public Pair newEntity(String id) { ... }
 *     ...
 * }
 * }</pre>
 *
 * @param <E> the entity, a value that carries its version
 */
public interface VersionedEntityContract<E extends Versioned<E>> {

    /**
     * @return the entity in words, with its article, as failure messages name it ({@code "a pair"})
     */
    String anEntity();

    /**
     * @param id the entity's id
     * @return an entity never saved, at version 0, whose save the port accepts (its program exists, for instance)
     */
    E newEntity(String id);

    /**
     * @param entity the entity to save
     * @return what the port returns for the save
     */
    E save(E entity);

    /**
     * @param entity an entity whose id is looked up
     * @return what the port finds under that entity's id
     */
    Optional<E> find(E entity);

    /**
     * @param entity a saved entity
     * @return the same entity, at the same version, with one field changed
     */
    E changed(E entity);



    /** @return the entity in words, without its article ({@code "pair"}) */
    private String entity() {
        return anEntity().replaceFirst("^an? ", "");
    }

    /** A save at version 0 creates the entity at version 1, found as returned. */
    @Test
    @DisplayName("a save at version 0 creates the entity at version 1, found as returned")
    default void createsAtVersionOne() {
        E fresh = newEntity("versioned-1");
        E saved = save(fresh);
        assertThat(saved.version()).as("%s saved at version 0 must be created with version 1", anEntity())
                .isEqualTo(1);
        assertThat(saved).as("saving a new %s must return it as given, with version 1", entity())
                .isEqualTo(fresh.withVersion(1));
        assertThat(find(fresh)).as("a saved %s must be found by its id as it was returned", entity()).contains(saved);
    }

    /** A save at the stored version replaces the entity and increments its version. */
    @Test
    @DisplayName("a save at the stored version replaces the entity and increments its version")
    default void updateIncrements() {
        E v1 = save(newEntity("versioned-1"));
        E v2 = save(changed(v1));
        assertThat(v2.version()).as("%s saved at its stored version 1 must get version 2", anEntity()).isEqualTo(2);
        assertThat(v2).as("a save at the stored version must return the %s as given, with the next version", entity())
                .isEqualTo(changed(v1).withVersion(2));
        assertThat(find(v1)).as("after an update the %s must be found as last saved", entity()).contains(v2);
    }

    /** A save at a stale version, or a second creation, is refused with a version conflict and stores nothing. */
    @Test
    @DisplayName("a save at a stale version, or a second creation, is refused with a version conflict and stores"
            + " nothing")
    default void staleRefused() {
        E fresh = newEntity("versioned-1");
        E v1 = save(fresh);
        E v2 = save(changed(v1));
        assertThatThrownBy(() -> save(changed(v1)),
                "%s saved at version 1 while version 2 is stored must fail with a version conflict", anEntity())
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> save(fresh),
                "%s saved at version 0 (a creation) while it is stored must fail with a version conflict", anEntity())
                .isInstanceOf(VersionConflictException.class);
        assertThat(find(v1)).as("a save of %s refused with a version conflict must store nothing", anEntity())
                .contains(v2);
    }

    /** A save at a version other than 0 of an entity never created is refused and creates nothing. */
    @Test
    @DisplayName("a save at a version other than 0 of an entity never created is refused and creates nothing")
    default void missingRefused() {
        E ghost = newEntity("never-created").withVersion(3);
        assertThatThrownBy(() -> save(ghost),
                "%s saved at version 3 but never created must fail with a version conflict", anEntity())
                .isInstanceOf(VersionConflictException.class);
        assertThat(find(ghost)).as("a refused save of %s never created must not create it", anEntity()).isEmpty();
    }
}
