package io.elan.mentoring.samples.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The simulation's command line: reads the options, runs the program and writes the outputs. Exit codes: 0 when the
 * outputs are written (or the usage was asked for), 2 for an option that cannot be used, with one line on the error
 * stream saying which and why.
 */
public final class SimulationCommand {
    /** The run went through. */
    public static final int OK = 0;
    /** An option could not be used. */
    public static final int BAD_OPTION = 2;

    private final Path workingDirectory;

    /** @param workingDirectory the folder a relative {@code --out} is read from */
    public SimulationCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * Runs the simulation from the command line and exits with its code.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new SimulationCommand(Path.of("").toAbsolutePath()).run(args, out, err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * @param args the options
     * @param out where the usage, the timeline and the list of outputs are printed
     * @param err where an unusable option is reported, in one line
     * @return {@link #OK} or {@link #BAD_OPTION}
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(args, workingDirectory);
            if (!options.help()) {
                prepare(options.out());
            }
        } catch (SimulationOptions.InvalidOptionException e) {
            err.println("error: " + e.getMessage());
            return BAD_OPTION;
        }
        if (options.help()) {
            out.print(SimulationOptions.USAGE);
            return OK;
        }
        out.println(options.language().format(
                "Simulation\u00a0: %d binômes, graine %d, stockage %s, sorties dans %s",
                "Simulation: %d pairs, seed %d, %s store, outputs in %s", options.pairs(), options.seed(),
                options.store().name().toLowerCase(Locale.ROOT), options.out()));
        SimulationOutcome outcome;
        try (SimulationStores stores = SimulationStores.open(options.store(), options.out().resolve("store"))) {
            outcome = new ProgramSimulation(options, stores, out).run();
        }
        try {
            for (Path written : new SimulationOutputs(outcome, options.language()).writeTo(options.out())) {
                out.println("  " + options.out().relativize(written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs to " + options.out(), e);
        }
        return OK;
    }

    /** Creates the output folder and checks that it can be written, before the run rather than after it. */
    private static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SimulationOptions.InvalidOptionException("--out " + folder + " is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new SimulationOptions.InvalidOptionException("--out " + folder + " is not a writable folder ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
