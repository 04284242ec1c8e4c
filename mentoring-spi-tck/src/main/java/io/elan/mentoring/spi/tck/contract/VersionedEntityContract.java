package io.elan.mentoring.spi.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.validation.Checks;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of a versioned save, which every versioned entity of a port keeps: a save at version 0 creates the entity
 * at version 1, a save at the stored version replaces it and increments the version, and any other version is refused
 * with {@link VersionConflictException} and stores nothing. A kit mounts it once per entity, as a {@code @Nested}
 * class whose one hook describes the entity with lambdas:
 *
 * <pre>{@code
 * @Nested
 * @DisplayName("versioned saves of pairs")
 * class PairVersions implements VersionedEntityContract<Pair> {
 *     public Entity<Pair> entity() {
 *         ProgramId program = store().saveProgram(program(tenant, "versioned")).id();
 *         return new Entity<>("a pair", id -> pair(program, id), p -> store().savePair(tenant, p),
 *                 p -> store().findPair(tenant, p.program(), p.id()), Pair::paused);
 *     }
 * }
 * }</pre>
 *
 * @param <E> the entity, a value that carries its version
 */
public interface VersionedEntityContract<E extends Versioned<E>> {

    /**
     * Describes the entity under test. Every test asks for it once, so the hook may create what the entity's saves
     * need (its program, for instance) in the tenant the test works in.
     *
     * @return the entity under test: its name and how the port creates, saves, finds and changes it
     */
    Entity<E> entity();

    /**
     * A versioned entity of a port, as the contract's tests see it: its name in words and four functions over it.
     *
     * @param anEntity the entity in words, with its article, as failure messages name it ({@code "a pair"})
     * @param create from an id, an entity never saved, at version 0, whose save the port accepts (its program exists,
     *        for instance)
     * @param save saves an entity in the port and returns what the port returns for the save
     * @param find looks an entity's id up in the port and returns what the port finds under it
     * @param change from a saved entity, the same entity at the same version with one field changed
     * @param <E> the entity, a value that carries its version
     */
    record Entity<E extends Versioned<E>>(
            String anEntity,
            Function<String, E> create,
            UnaryOperator<E> save,
            Function<E, Optional<E>> find,
            UnaryOperator<E> change) {

        private static final Pattern ARTICLE = Pattern.compile("^an? ");

        /**
         * Refuses a missing component and a name without its article, naming the component.
         *
         * @param anEntity the entity in words, with its article
         * @param create from an id, an entity never saved, at version 0
         * @param save saves an entity in the port
         * @param find looks an entity's id up in the port
         * @param change from a saved entity, the same entity at the same version with one field changed
         * @throws InvalidValueException if a component is missing, or {@code anEntity} is not one line starting with
         *         "a " or "an "
         */
        public Entity {
            Checks.line(anEntity, "anEntity", 80);
            if (!ARTICLE.matcher(anEntity).lookingAt()) {
                throw new InvalidValueException("anEntity", "must name the entity with its article, as \"a pair\""
                        + " does, since failure messages use it in sentences", anEntity);
            }
            Checks.present(create, "create");
            Checks.present(save, "save");
            Checks.present(find, "find");
            Checks.present(change, "change");
        }

        /** @return the entity in words, without its article ({@code "pair"}) */
        public String withoutArticle() {
            return ARTICLE.matcher(anEntity).replaceFirst("");
        }

        /**
         * @param id the entity's id
         * @return an entity never saved, at version 0, whose save the port accepts
         */
        public E newEntity(String id) {
            return create.apply(id);
        }

        /**
         * @param entity the entity to save
         * @return what the port returns for the save
         */
        public E save(E entity) {
            return save.apply(entity);
        }

        /**
         * @param entity an entity whose id is looked up
         * @return what the port finds under that entity's id
         */
        public Optional<E> find(E entity) {
            return find.apply(entity);
        }

        /**
         * @param entity a saved entity
         * @return the same entity, at the same version, with one field changed
         */
        public E changed(E entity) {
            return change.apply(entity);
        }
    }

    /** A save at version 0 creates the entity at version 1, found as returned. */
    @Test
    @DisplayName("a save at version 0 creates the entity at version 1, found as returned")
    default void createsAtVersionOne() {
        Entity<E> subject = entity();
        E fresh = subject.newEntity("versioned-1");
        E saved = subject.save(fresh);
        assertThat(saved.version()).as("%s saved at version 0 must be created with version 1", subject.anEntity())
                .isEqualTo(1);
        assertThat(saved).as("saving a new %s must return it as given, with version 1", subject.withoutArticle())
                .isEqualTo(fresh.withVersion(1));
        assertThat(subject.find(fresh))
                .as("a saved %s must be found by its id as it was returned", subject.withoutArticle()).contains(saved);
    }

    /** A save at the stored version replaces the entity and increments its version. */
    @Test
    @DisplayName("a save at the stored version replaces the entity and increments its version")
    default void updateIncrements() {
        Entity<E> subject = entity();
        E v1 = subject.save(subject.newEntity("versioned-1"));
        E v2 = subject.save(subject.changed(v1));
        assertThat(v2.version()).as("%s saved at its stored version 1 must get version 2", subject.anEntity())
                .isEqualTo(2);
        assertThat(v2).as("a save at the stored version must return the %s as given, with the next version",
                subject.withoutArticle()).isEqualTo(subject.changed(v1).withVersion(2));
        assertThat(subject.find(v1)).as("after an update the %s must be found as last saved", subject.withoutArticle())
                .contains(v2);
    }

    /** A save at a stale version, or a second creation, is refused with a version conflict and stores nothing. */
    @Test
    @DisplayName("a save at a stale version, or a second creation, is refused with a version conflict and stores"
            + " nothing")
    default void staleRefused() {
        Entity<E> subject = entity();
        E fresh = subject.newEntity("versioned-1");
        E v1 = subject.save(fresh);
        E v2 = subject.save(subject.changed(v1));
        assertThatThrownBy(() -> subject.save(subject.changed(v1)),
                "%s saved at version 1 while version 2 is stored must fail with a version conflict", subject.anEntity())
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> subject.save(fresh),
                "%s saved at version 0 (a creation) while it is stored must fail with a version conflict",
                subject.anEntity())
                .isInstanceOf(VersionConflictException.class);
        assertThat(subject.find(v1))
                .as("a save of %s refused with a version conflict must store nothing", subject.anEntity()).contains(v2);
    }

    /** A save at a version other than 0 of an entity never created is refused and creates nothing. */
    @Test
    @DisplayName("a save at a version other than 0 of an entity never created is refused and creates nothing")
    default void missingRefused() {
        Entity<E> subject = entity();
        E ghost = subject.newEntity("never-created").withVersion(3);
        assertThatThrownBy(() -> subject.save(ghost),
                "%s saved at version 3 but never created must fail with a version conflict", subject.anEntity())
                .isInstanceOf(VersionConflictException.class);
        assertThat(subject.find(ghost)).as("a refused save of %s never created must not create it", subject.anEntity())
                .isEmpty();
    }
}
