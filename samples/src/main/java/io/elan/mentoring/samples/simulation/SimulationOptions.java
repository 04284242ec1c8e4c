package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.spi.validation.Checks;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The simulation's command-line options, checked as they are read.
 *
 * @param pairs how many mentor–mentee pairs, {@value #MIN_PAIRS} to {@value #MAX_PAIRS}
 * @param seed the seed every synthetic name, behaviour and answer is drawn from
 * @param out the folder the outputs are written to
 * @param store where the run keeps its data
 * @param language the language of the outputs
 * @param help whether only the usage was asked for
 */
record SimulationOptions(int pairs, long seed, Path out, StoreKind store, ReportLanguage language, boolean help) {
    static final int MIN_PAIRS = 2;
    static final int MAX_PAIRS = 200;
    static final int DEFAULT_PAIRS = 30;
    static final long DEFAULT_SEED = 2026;
    static final String DEFAULT_OUT = "elan-output";

    static final String USAGE = """
            Simulates a ten-month French mentoring program (kick-off 2026-09-15, Europe/Paris) week by week through
            Élan's API and writes what a program manager reads: the calendar, the messages sent, the engagement
            findings, the mid-point survey report and one HTML report.

            Options:
              --pairs N           mentor–mentee pairs, %d to %d (default %d)
              --seed S            seed of every synthetic name, behaviour and answer; the same seed gives the same
                                  outputs (default %d)
              --out DIR           output folder, created if needed (default %s in the working directory)
              --store memory|h2   h2: the embedded default store, an H2 file database in DIR/store, replaced
                                  at each run; memory: nothing kept after the run (default h2)
              --lang fr|en        language of the outputs (default fr)
              --help, -h          prints this text
            """.formatted(MIN_PAIRS, MAX_PAIRS, DEFAULT_PAIRS, DEFAULT_SEED, DEFAULT_OUT);

    /**
     * Reads the options; each may be written {@code --name value} or {@code --name=value}.
     *
     * @param args the command-line arguments
     * @param workingDirectory the folder a relative {@code --out} is read from
     * @return the options
     * @throws InvalidOptionException naming the option and what is wrong with it
     */
    static SimulationOptions parse(String[] args, Path workingDirectory) {
        int pairs = DEFAULT_PAIRS;
        long seed = DEFAULT_SEED;
        Path out = workingDirectory.resolve(DEFAULT_OUT);
        StoreKind store = StoreKind.H2;
        ReportLanguage language = ReportLanguage.FR;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (!name.equals("--pairs") && !name.equals("--seed") && !name.equals("--out") && !name.equals("--store")
                    && !name.equals("--lang")) {
                throw new InvalidOptionException("unknown option " + arg + " (see --help)");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new InvalidOptionException(name + " needs a value (see --help)");
                }
                value = args[++i];
            }
            switch (name) {
                case "--pairs" -> pairs = pairs(value);
                case "--seed" -> seed = seed(value);
                case "--out" -> out = out(value, workingDirectory);
                case "--store" -> store = choice("--store", value, StoreKind.class);
                default -> language = choice("--lang", value, ReportLanguage.class);
            }
        }
        return new SimulationOptions(pairs, seed, out, store, language, help);
    }

    private static int pairs(String value) {
        int pairs;
        try {
            pairs = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidOptionException("--pairs must be a whole number from " + MIN_PAIRS + " to " + MAX_PAIRS
                    + ", not " + Checks.quote(value));
        }
        if (pairs < MIN_PAIRS || pairs > MAX_PAIRS) {
            throw new InvalidOptionException("--pairs must be from " + MIN_PAIRS + " to " + MAX_PAIRS + ", not "
                    + pairs);
        }
        return pairs;
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidOptionException("--seed must be a whole number, not " + Checks.quote(value));
        }
    }

    private static Path out(String value, Path workingDirectory) {
        if (value.isBlank()) {
            throw new InvalidOptionException("--out must name a folder");
        }
        try {
            return workingDirectory.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidOptionException("--out is not a usable path: " + e.getReason());
        }
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : " or ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new InvalidOptionException(option + " must be " + allowed + ", not " + Checks.quote(value));
    }

    /** An option that cannot be used; its message is the one line the user reads. */
    static final class InvalidOptionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidOptionException(String message) {
            super(message);
        }
    }
}
