package io.elan.mentoring.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the simulation's options")
class SimulationOptionsTest {

    private static final Path HERE = Path.of("/work-dir");

    @Test
    @DisplayName("without options: 30 pairs, the embedded store, French, elan-output in the working directory")
    void defaults() {
        SimulationOptions options = SimulationOptions.parse(new String[0], HERE);

        assertThat(options).isEqualTo(new SimulationOptions(30, SimulationOptions.DEFAULT_SEED,
                HERE.resolve("elan-output"), StoreKind.H2, ReportLanguage.FR, false));
    }

    @Test
    @DisplayName("each option is read as --name value or --name=value, case aside for choices")
    void bothForms() {
        SimulationOptions spaced = SimulationOptions.parse(
                new String[] {"--pairs", "6", "--seed", "-9", "--out", "runs/a", "--store", "MEMORY", "--lang", "en"},
                HERE);
        SimulationOptions joined = SimulationOptions.parse(
                new String[] {"--pairs=6", "--seed=-9", "--out=runs/a", "--store=memory", "--lang=EN"}, HERE);

        assertThat(spaced).isEqualTo(joined)
                .isEqualTo(new SimulationOptions(6, -9, HERE.resolve("runs/a"), StoreKind.MEMORY, ReportLanguage.EN,
                        false));
    }

    @Test
    @DisplayName("an absolute --out is kept as given")
    void absoluteOut() {
        assertThat(SimulationOptions.parse(new String[] {"--out", "/tmp/x/../y"}, HERE).out())
                .isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    @DisplayName("--help asks for the usage, which names every option")
    void help() {
        assertThat(SimulationOptions.parse(new String[] {"--pairs", "4", "--help"}, HERE).help()).isTrue();
        assertThat(SimulationOptions.USAGE).contains("--pairs N", "--seed S", "--out DIR", "--store memory|h2",
                "--lang fr|en", "--help");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "--pairs -3        | --pairs must be from 2 to 200, not -3",
        "--pairs 201       | --pairs must be from 2 to 200, not 201",
        "--pairs six       | --pairs must be a whole number from 2 to 200, not \"six\"",
        "--seed 1.5        | --seed must be a whole number, not \"1.5\"",
        "--lang de         | --lang must be fr or en, not \"de\"",
        "--store postgres  | --store must be h2 or memory, not \"postgres\"",
        "--colour blue     | unknown option --colour (see --help)",
        "--lang            | --lang needs a value (see --help)"})
    void refused(String args, String message) {
        assertThatThrownBy(() -> SimulationOptions.parse(args.split(" "), HERE))
                .isInstanceOf(SimulationOptions.InvalidOptionException.class)
                .hasMessage(message);
    }
}
