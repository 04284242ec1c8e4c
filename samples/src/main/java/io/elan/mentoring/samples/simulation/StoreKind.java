package io.elan.mentoring.samples.simulation;

/** Where the simulation keeps its data. */
enum StoreKind {
    /** The embedded default: an H2 file database through the JDBC store, under the output folder. */
    H2,
    /** The in-memory stores, gone when the run ends. */
    MEMORY
}
