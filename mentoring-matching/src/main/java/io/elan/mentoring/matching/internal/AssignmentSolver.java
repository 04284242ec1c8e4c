package io.elan.mentoring.matching.internal;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Solves the assignment of mentees to mentors with capacities as a minimum-cost flow, with JGraphT's
 * {@link CapacityScalingMinimumCostFlow}: each mentee supplies one unit, reaches the mentors it may be paired with,
 * each mentor reaches the sink up to its capacity, and each mentee's bypass to the sink carries it when it is left
 * unpaired. A pair costs {@code maxScore - score}; the bypass costs more than any difference of total
 * score, so the cheapest flow pairs as many mentees as possible first, then has the highest total score.
 *
 * <p>Scoring every pairing is cheap, but a flow over hundreds of thousands of pairings is not. The flow is therefore
 * solved over a few pairings per mentee and per mentor, the best ones, and JGraphT's dual solution (its node
 * potentials) is checked against every pairing left out: when none has a negative reduced cost, the potentials prove
 * the flow optimal over all of them (reduced-cost optimality). Otherwise the pairings that break the condition join
 * and JGraphT solves again. The answer is always a proven optimum; the selection only saves time.
 *
 * <p>Deterministic: the network is built in the order of the indices, and JGraphT's graph keeps insertion order.
 * Stateless and thread-safe.
 */
final class AssignmentSolver {
    private static final int SINK = 1;

    /**
     * The pairings that pass the hard rules, by mentee ("rows", compressed): row {@code r}'s mentors are
     * {@code mentor[start[r]]} to {@code mentor[start[r+1]-1]}, ascending, with their scores.
     *
     * @param start where each row begins; one more entry than rows
     * @param row the row of each pairing
     * @param mentor the mentor of each pairing
     * @param score the score of each pairing
     * @param capacities each mentor's capacity
     * @param maxScore the most one pairing can score
     */
    record Pairings(int[] start, int[] row, int[] mentor, int[] score, int[] capacities, int maxScore) {
        int rows() {
            return start.length - 1;
        }
    }

    /**
     * An optimal assignment.
     *
     * @param mentorOf each row's mentor, or -1
     * @param pairs how many rows have a mentor
     * @param total the sum of their scores
     * @param rounds how many times JGraphT solved before the optimum was proven
     */
    record Assignment(int[] mentorOf, int pairs, long total, int rounds) {
        boolean sameValue(Assignment other) {
            return pairs == other.pairs && total == other.total;
        }
    }

    /**
     * How many pairings the flow starts with, and how many join per round. Any sizes give the same optimum; these
     * only trade the size of each flow against the number of rounds.
     *
     * @param perMentee each mentee's best pairings to start with
     * @param perMentorBeyondCapacity each mentor's best pairings to start with, beyond its capacity (fewer when
     *     negative)
     * @param addedPerMentee pairings breaking the optimality condition added per mentee and round, the most negative
     *     first; at least 1
     */
    record Selection(int perMentee, int perMentorBeyondCapacity, int addedPerMentee) {
        /** A few rounds, each flow over some 15,000 pairings, on 2,000 mentees and 700 mentors. */
        static final Selection DEFAULT = new Selection(5, 5, 5);
    }

    /** An arc of the network, carrying its capacity and, for a pairing, its position in {@link Pairings}. */
    private static final class Arc extends DefaultWeightedEdge {
        @Serial
        private static final long serialVersionUID = 1L;
        final int capacity;
        final int position;

        Arc(int capacity, int position) {
            this.capacity = capacity;
            this.position = position;
        }
    }

    private AssignmentSolver() {}

    /**
     * @param pairings the pairings allowed
     * @param minScore pairings scoring less are left out
     * @return the assignment with the most pairs, then the highest total, among pairings scoring at least
     *     {@code minScore}
     */
    static Assignment solve(Pairings pairings, int minScore) {
        return solve(pairings, minScore, Selection.DEFAULT);
    }

    /**
     * @param pairings the pairings allowed
     * @param minScore pairings scoring less are left out
     * @param selection how many pairings to start with and to add per round
     * @return the assignment with the most pairs, then the highest total, among pairings scoring at least
     *     {@code minScore}
     */
    static Assignment solve(Pairings pairings, int minScore, Selection selection) {
        int rows = pairings.rows();
        int mentors = pairings.capacities().length;
        boolean[] rowActive = new boolean[rows];
        boolean[] mentorActive = new boolean[mentors];
        int activeRows = 0;
        for (int r = 0; r < rows; r++) {
            for (int p = pairings.start()[r]; p < pairings.start()[r + 1]; p++) {
                if (usable(pairings, p, minScore)) {
                    rowActive[r] = true;
                    mentorActive[pairings.mentor()[p]] = true;
                }
            }
            activeRows += rowActive[r] ? 1 : 0;
        }
        int[] mentorOf = new int[rows];
        Arrays.fill(mentorOf, -1);
        if (activeRows == 0) {
            return new Assignment(mentorOf, 0, 0, 0);
        }
        BitSet selected = initialSelection(pairings, minScore, selection);
        // Matching one more mentee must outweigh any difference of total score between assignments.
        double bypassCost = ((double) activeRows + 1) * pairings.maxScore() + 1;
        int rounds = 0;
        while (true) {
            rounds++;
            Network network = new Network(pairings, rowActive, mentorActive, activeRows, selected, bypassCost);
            CapacityScalingMinimumCostFlow<Integer, Arc> algorithm = new CapacityScalingMinimumCostFlow<>();
            MinimumCostFlow<Arc> flow = algorithm.getMinimumCostFlow(network.problem());
            if (!algorithm.testOptimality(0)) {
                throw new IllegalStateException("the minimum-cost flow's potentials do not prove its optimality");
            }
            Map<Integer, Double> potentials = algorithm.getDualSolution();
            if (!addViolations(pairings, minScore, rows, rowActive, selected, potentials, selection.addedPerMentee())) {
                return network.assignment(flow, mentorOf, rounds);
            }
        }
    }

    private static boolean usable(Pairings pairings, int position, int minScore) {
        return pairings.score()[position] >= minScore && pairings.capacities()[pairings.mentor()[position]] > 0;
    }

    private static int menteeVertex(int row) {
        return 2 + row;
    }

    private static int mentorVertex(int rows, int mentor) {
        return 2 + rows + mentor;
    }

    /** Each mentee's best pairings and each mentor's best ones, better score first, lower index on a tie. */
    private static BitSet initialSelection(Pairings pairings, int minScore, Selection selection) {
        int rows = pairings.rows();
        int mentors = pairings.capacities().length;
        BitSet selected = new BitSet(pairings.mentor().length);
        TopK[] byMentor = new TopK[mentors];
        for (int j = 0; j < mentors; j++) {
            byMentor[j] = new TopK(Math.max(0, pairings.capacities()[j] + selection.perMentorBeyondCapacity()));
        }
        for (int r = 0; r < rows; r++) {
            TopK best = new TopK(selection.perMentee());
            for (int p = pairings.start()[r]; p < pairings.start()[r + 1]; p++) {
                if (usable(pairings, p, minScore)) {
                    int j = pairings.mentor()[p];
                    best.offer(pairings.score()[p], j, p);
                    byMentor[j].offer(pairings.score()[p], r, p);
                }
            }
            best.positions(selected);
        }
        for (TopK best : byMentor) {
            best.positions(selected);
        }
        return selected;
    }

    /**
     * Adds, for each mentee, the pairings left out whose reduced cost under the potentials is negative, the most
     * negative first.
     *
     * @return whether any was found; none proves the flow optimal over every pairing
     */
    private static boolean addViolations(Pairings pairings, int minScore, int rows, boolean[] rowActive,
            BitSet selected, Map<Integer, Double> potentials, int addedPerMentee) {
        boolean found = false;
        double[] mentorPotential = new double[pairings.capacities().length];
        for (int j = 0; j < mentorPotential.length; j++) {
            Double potential = potentials.get(mentorVertex(rows, j));
            mentorPotential[j] = potential == null ? 0 : potential;
        }
        List<long[]> violations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!rowActive[r]) {
                continue;
            }
            double menteePotential = potentials.get(menteeVertex(r));
            violations.clear();
            for (int p = pairings.start()[r]; p < pairings.start()[r + 1]; p++) {
                if (selected.get(p) || !usable(pairings, p, minScore)) {
                    continue;
                }
                // JGraphT's reduced cost of an arc u -> v: cost + potential(v) - potential(u); integers held exactly.
                double reduced = (pairings.maxScore() - pairings.score()[p]) + mentorPotential[pairings.mentor()[p]]
                        - menteePotential;
                if (reduced < 0) {
                    violations.add(new long[] {(long) reduced, p});
                }
            }
            if (!violations.isEmpty()) {
                found = true;
                violations.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
                for (int k = 0; k < Math.min(addedPerMentee, violations.size()); k++) {
                    selected.set((int) violations.get(k)[1]);
                }
            }
        }
        return found;
    }

    /**
     * The flow network over the selected pairings, built in index order. Each mentee supplies one unit and the sink
     * takes them all, so that JGraphT searches a path from each mentee in turn, which stays local while mentors have
     * room, rather than from one source over every mentee at once.
     */
    private static final class Network {
        private final Graph<Integer, Arc> graph = new SimpleDirectedWeightedGraph<>(Arc.class);
        private final List<Arc> pairArcs = new ArrayList<>();
        private final Pairings pairings;
        private final int supply;

        Network(Pairings pairings, boolean[] rowActive, boolean[] mentorActive, int activeRows, BitSet selected,
                double bypassCost) {
            this.pairings = pairings;
            this.supply = activeRows;
            int rows = pairings.rows();
            graph.addVertex(SINK);
            for (int r = 0; r < rows; r++) {
                if (rowActive[r]) {
                    graph.addVertex(menteeVertex(r));
                }
            }
            for (int j = 0; j < mentorActive.length; j++) {
                if (mentorActive[j]) {
                    graph.addVertex(mentorVertex(rows, j));
                    add(mentorVertex(rows, j), SINK, new Arc(pairings.capacities()[j], -1), 0);
                }
            }
            for (int p = selected.nextSetBit(0); p >= 0; p = selected.nextSetBit(p + 1)) {
                Arc arc = new Arc(1, p);
                add(menteeVertex(pairings.row()[p]), mentorVertex(rows, pairings.mentor()[p]), arc,
                        pairings.maxScore() - pairings.score()[p]);
                pairArcs.add(arc);
            }
            for (int r = 0; r < rows; r++) {
                if (rowActive[r]) {
                    add(menteeVertex(r), SINK, new Arc(1, -1), bypassCost);
                }
            }
        }

        private void add(int from, int to, Arc arc, double cost) {
            graph.addEdge(from, to, arc);
            graph.setEdgeWeight(arc, cost);
        }

        MinimumCostFlowProblem<Integer, Arc> problem() {
            return new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                    v -> v == SINK ? -supply : v >= 2 + pairings.rows() ? 0 : 1, arc -> arc.capacity);
        }

        Assignment assignment(MinimumCostFlow<Arc> flow, int[] mentorOf, int rounds) {
            int pairs = 0;
            long total = 0;
            for (Arc arc : pairArcs) {
                if (flow.getFlow(arc) > 0.5) {
                    mentorOf[pairings.row()[arc.position]] = pairings.mentor()[arc.position];
                    pairs++;
                    total += pairings.score()[arc.position];
                }
            }
            return new Assignment(mentorOf, pairs, total, rounds);
        }
    }

    /** The k largest keys offered: score first, then the lower index; remembers each one's position. */
    private static final class TopK {
        private final long[] keys;
        private final int[] positions;
        private int size;

        TopK(int k) {
            keys = new long[k];
            positions = new int[k];
        }

        void offer(int score, int index, int position) {
            if (keys.length == 0) {
                return;
            }
            long key = (long) score << 32 | (Integer.MAX_VALUE - index);
            if (size < keys.length) {
                keys[size] = key;
                positions[size] = position;
                siftUp(size++);
            } else if (key > keys[0]) {
                keys[0] = key;
                positions[0] = position;
                siftDown(0);
            }
        }

        void positions(BitSet into) {
            for (int k = 0; k < size; k++) {
                into.set(positions[k]);
            }
        }

        private void siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (keys[parent] <= keys[at]) {
                    return;
                }
                swap(parent, at);
                at = parent;
            }
        }

        private void siftDown(int at) {
            while (true) {
                int smallest = at;
                int left = 2 * at + 1;
                int right = left + 1;
                if (left < size && keys[left] < keys[smallest]) {
                    smallest = left;
                }
                if (right < size && keys[right] < keys[smallest]) {
                    smallest = right;
                }
                if (smallest == at) {
                    return;
                }
                swap(smallest, at);
                at = smallest;
            }
        }

        private void swap(int a, int b) {
            long key = keys[a];
            keys[a] = keys[b];
            keys[b] = key;
            int position = positions[a];
            positions[a] = positions[b];
            positions[b] = position;
        }
    }
}
