package io.elan.mentoring.spi.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.tck.contract.VersionedEntityContract.Entity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("the versioned-entity contract describes its entity with lambdas and fails a port that breaks its rules")
class VersionedEntityContractTest {

    /** A versioned value of these tests: a note with an id and a text. */
    private record Note(String id, String text, long version) implements Versioned<Note> {
        @Override
        public Note withVersion(long newVersion) {
            return new Note(id, text, newVersion);
        }
    }

    /** A map of notes that keeps the rules of a versioned save, or, when {@code staleWins}, lets a stale save win. */
    private static final class NoteStore {
        private final Map<String, Note> notes = new HashMap<>();
        private final boolean staleWins;

        NoteStore(boolean staleWins) {
            this.staleWins = staleWins;
        }

        Note save(Note note) {
            long stored = Optional.ofNullable(notes.get(note.id())).map(Note::version).orElse(0L);
            if (note.version() != stored && !staleWins) {
                throw new VersionConflictException("note", note.id(), note.version(), stored);
            }
            Note saved = note.withVersion(stored + 1);
            notes.put(note.id(), saved);
            return saved;
        }

        Optional<Note> find(Note note) {
            return Optional.ofNullable(notes.get(note.id()));
        }
    }

    private static Entity<Note> notesIn(NoteStore store) {
        return new Entity<>("a note", id -> new Note(id, "first", 0), store::save, store::find,
                n -> new Note(n.id(), n.text() + " and more", n.version()));
    }

    @Nested
    @DisplayName("mounted on a store that keeps the rules")
    class OnASoundStore implements VersionedEntityContract<Note> {
        @Override
        public Entity<Note> entity() {
            return notesIn(new NoteStore(false));
        }
    }

    @Test
    @DisplayName("a store that lets a stale save win fails the contract, which names the entity")
    void staleSaveFails() {
        VersionedEntityContract<Note> onAFlawedStore = () -> notesIn(new NoteStore(true));
        assertThatThrownBy(onAFlawedStore::staleRefused).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a note saved at version 1 while version 2 is stored must fail with a version"
                        + " conflict");
        assertThatThrownBy(onAFlawedStore::missingRefused).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a note saved at version 3 but never created must fail with a version conflict");
    }

    @Test
    @DisplayName("an entity's name loses its article where failure messages need the bare noun")
    void withoutArticle() {
        assertThat(notesIn(new NoteStore(false)).withoutArticle()).isEqualTo("note");
        Entity<Note> anEntry = new Entity<>("an entry", id -> new Note(id, "", 0), n -> n, n -> Optional.of(n),
                n -> n);
        assertThat(anEntry.withoutArticle()).isEqualTo("entry");
    }

    @Test
    @DisplayName("a missing component, or a name without its article, is refused and named")
    void componentsChecked() {
        Function<String, Note> create = id -> new Note(id, "", 0);
        UnaryOperator<Note> same = n -> n;
        Function<Note, Optional<Note>> find = Optional::of;
        assertThatThrownBy(() -> new Entity<>("note", create, same, find, same))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("anEntity")
                .hasMessageContaining("article");
        assertThatThrownBy(() -> new Entity<>(null, create, same, find, same))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("anEntity");
        assertThatThrownBy(() -> new Entity<>("a note", null, same, find, same))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("create");
        assertThatThrownBy(() -> new Entity<>("a note", create, null, find, same))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("save");
        assertThatThrownBy(() -> new Entity<>("a note", create, same, null, same))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("find");
        assertThatThrownBy(() -> new Entity<>("a note", create, same, find, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("change");
    }
}
