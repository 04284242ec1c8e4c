package io.elan.mentoring.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything an analyst got out of the anonymity guard for one wave, as a linear system over the rationals, and the
 * analyst's best attempt at solving it. The unknowns are cells: one respondent's answer to one column (an item, the
 * per-respondent rows of a scale, or the respondent's presence for counts). Every released figure gives the sum of
 * some function of the answers over a set of cells (counts per point or option, sums, comments per text), so each is
 * one equation whose coefficients are 1 on its cells and 0 elsewhere; the same system holds for every such function.
 *
 * <p>The solver looks for the smallest group of respondents whose answers some combination of equations pins down:
 * a nonzero vector of the row space supported on the cells of fewer respondents than the threshold. A row of the
 * system is constant on each <em>atom</em> (the cells that lie in exactly the same equations), so every vector of the
 * row space is too, and its support is a union of whole atoms. Only atoms with fewer respondents than the threshold
 * can therefore make up such a support. With atom coordinates ordered large first and small last, the rows of the
 * reduced row echelon form whose pivot falls among the small atoms span exactly the part of the row space supported
 * on small atoms; within it, the solver searches the unions of small atoms for the one with fewest respondents that
 * still holds a nonzero vector. Exact arithmetic throughout ({@link Fraction}).
 */
final class ReleasedFigures {

    /**
     * One respondent's answer to one column.
     *
     * @param respondent the respondent, by stored token
     * @param column the column: an item id, {@code rows:<scale>} or {@code count}
     */
    record Cell(String respondent, String column) {}

    /**
     * One released figure as an equation.
     *
     * @param figure what it is, in words, such as {@code cohort c, pace.suits}
     * @param cells the cells it sums over
     * @param comments whether its cells are free-text answers, protected by the comment threshold
     * @param sum the released sum of the answers, when the figure shows one
     */
    record Equation(String figure, Set<Cell> cells, boolean comments, @Nullable Fraction sum) {}

    /**
     * A group whose answers the released figures pin down.
     *
     * @param respondents who
     * @param columns which answers
     * @param combination the figures combined, and by how much each
     * @param value the combined value computed from released sums, when every figure combined shows one
     */
    record Disclosure(Set<String> respondents, Set<String> columns, Map<String, Fraction> combination,
            @Nullable Fraction value) {
        @Override
        public String toString() {
            String combined = combination.entrySet().stream()
                    .map(e -> (e.getValue().numerator().signum() < 0 ? "" : "+") + e.getValue() + " × (" + e.getKey()
                            + ")")
                    .collect(Collectors.joining(" "));
            return "the answers of " + respondents.size() + " respondent(s) " + respondents + " to " + columns
                    + " are pinned down by " + combined + (value == null ? "" : " = " + value);
        }
    }

    private final List<Equation> equations = new ArrayList<>();

    /** @param equation a released figure */
    void add(Equation equation) {
        equations.add(equation);
    }

    /** @return how many figures were released */
    int size() {
        return equations.size();
    }

    private record Atom(List<Cell> cells, Set<String> respondents, boolean comments) {}

    /**
     * @param threshold the fewest respondents whose answers may be pinned down (k)
     * @param commentThreshold the fewest respondents whose comments may be told apart
     * @return the smallest group pinned down below its threshold, if any
     */
    Optional<Disclosure> smallestDisclosure(int threshold, int commentThreshold) {
        Map<Cell, BitSet> signatures = new LinkedHashMap<>();
        for (int j = 0; j < equations.size(); j++) {
            for (Cell cell : equations.get(j).cells()) {
                signatures.computeIfAbsent(cell, c -> new BitSet()).set(j);
            }
        }
        Map<BitSet, List<Cell>> byAtom = new LinkedHashMap<>();
        signatures.forEach((cell, signature) -> byAtom.computeIfAbsent(signature, s -> new ArrayList<>()).add(cell));
        List<Atom> large = new ArrayList<>();
        List<Atom> small = new ArrayList<>();
        List<BitSet> largeSignatures = new ArrayList<>();
        List<BitSet> smallSignatures = new ArrayList<>();
        byAtom.forEach((signature, cells) -> {
            boolean comments = equations.get(signature.nextSetBit(0)).comments();
            Set<String> respondents = cells.stream().map(Cell::respondent)
                    .collect(Collectors.toCollection(TreeSet::new));
            Atom atom = new Atom(cells, respondents, comments);
            if (respondents.size() < (comments ? commentThreshold : threshold)) {
                small.add(atom);
                smallSignatures.add(signature);
            } else {
                large.add(atom);
                largeSignatures.add(signature);
            }
        });
        if (small.isEmpty()) {
            return Optional.empty();
        }
        List<BitSet> columns = new ArrayList<>(largeSignatures);
        columns.addAll(smallSignatures);
        Fraction[][] reduced = reduce(matrix(columns), columns.size());
        List<Fraction[]> onSmall = new ArrayList<>();
        for (Fraction[] row : reduced) {
            int pivot = pivot(row, columns.size());
            if (pivot >= large.size()) {
                onSmall.add(Arrays.copyOfRange(row, large.size(), columns.size()));
            }
        }
        if (onSmall.isEmpty()) {
            return Optional.empty();
        }
        for (boolean comments : new boolean[] {false, true}) {
            int limit = comments ? commentThreshold : threshold;
            List<Integer> candidates = new ArrayList<>();
            for (int a = 0; a < small.size(); a++) {
                if (small.get(a).comments() == comments) {
                    candidates.add(a);
                }
            }
            Optional<BitSet> support = smallestSupport(onSmall, small, candidates, limit);
            if (support.isPresent()) {
                return Optional.of(disclosure(large, small, largeSignatures, smallSignatures, support.get()));
            }
        }
        return Optional.empty();
    }

    /** The incidence matrix of the equations over the given atom columns. */
    private Fraction[][] matrix(List<BitSet> columns) {
        Fraction[][] matrix = new Fraction[equations.size()][columns.size()];
        for (int j = 0; j < equations.size(); j++) {
            for (int a = 0; a < columns.size(); a++) {
                matrix[j][a] = columns.get(a).get(j) ? Fraction.ONE : Fraction.ZERO;
            }
        }
        return matrix;
    }

    /**
     * Searches unions of small atoms, fewest respondents first, for one that holds a nonzero vector of the part of
     * the row space on small atoms: the coordinates outside the union must then lose rank.
     */
    private static Optional<BitSet> smallestSupport(List<Fraction[]> onSmall, List<Atom> small,
            List<Integer> candidates, int limit) {
        int rank = rank(onSmall, new BitSet());
        List<BitSet> found = new ArrayList<>();
        search(onSmall, small, candidates, 0, new BitSet(), new TreeSet<>(), limit, rank, found);
        return found.stream().min((a, b) -> Integer.compare(respondents(small, a).size(),
                respondents(small, b).size()));
    }

    private static void search(List<Fraction[]> onSmall, List<Atom> small, List<Integer> candidates, int from,
            BitSet chosen, Set<String> respondents, int limit, int rank, List<BitSet> found) {
        if (!chosen.isEmpty() && rank(onSmall, chosen) < rank) {
            found.add((BitSet) chosen.clone());
            // A superset of a support holds the same vector: no need to look further down this branch.
            return;
        }
        for (int i = from; i < candidates.size(); i++) {
            int atom = candidates.get(i);
            Set<String> grown = new TreeSet<>(respondents);
            grown.addAll(small.get(atom).respondents());
            if (grown.size() >= limit) {
                continue;
            }
            chosen.set(atom);
            search(onSmall, small, candidates, i + 1, chosen, grown, limit, rank, found);
            chosen.clear(atom);
        }
    }

    private static Set<String> respondents(List<Atom> atoms, BitSet chosen) {
        Set<String> respondents = new TreeSet<>();
        chosen.stream().forEach(a -> respondents.addAll(atoms.get(a).respondents()));
        return respondents;
    }

    /** The rank of the rows once the chosen coordinates are dropped. */
    private static int rank(List<Fraction[]> rows, BitSet dropped) {
        int width = rows.get(0).length;
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (!dropped.get(c)) {
                kept.add(c);
            }
        }
        Fraction[][] matrix = new Fraction[rows.size()][kept.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < kept.size(); c++) {
                matrix[r][c] = rows.get(r)[kept.get(c)];
            }
        }
        int rank = 0;
        for (Fraction[] row : reduce(matrix, kept.size())) {
            if (pivot(row, kept.size()) >= 0) {
                rank++;
            }
        }
        return rank;
    }

    /**
     * Solves again with the combination tracked: atom columns large, then small outside the support, then the
     * support, and beside them one column per equation; a row whose pivot falls in the support is a vector of the
     * row space on the support, and its tracking columns say how to combine the released figures to get it.
     */
    private Disclosure disclosure(List<Atom> large, List<Atom> small, List<BitSet> largeSignatures,
            List<BitSet> smallSignatures, BitSet support) {
        List<BitSet> columns = new ArrayList<>(largeSignatures);
        List<BitSet> inside = new ArrayList<>();
        for (int a = 0; a < small.size(); a++) {
            (support.get(a) ? inside : columns).add(smallSignatures.get(a));
        }
        int before = columns.size();
        columns.addAll(inside);
        Fraction[][] atoms = matrix(columns);
        int width = columns.size();
        Fraction[][] tracked = new Fraction[equations.size()][width + equations.size()];
        for (int j = 0; j < equations.size(); j++) {
            System.arraycopy(atoms[j], 0, tracked[j], 0, width);
            for (int e = 0; e < equations.size(); e++) {
                tracked[j][width + e] = e == j ? Fraction.ONE : Fraction.ZERO;
            }
        }
        for (Fraction[] row : reduce(tracked, width)) {
            int pivot = pivot(row, width);
            if (pivot < before) {
                continue;
            }
            Map<String, Fraction> combination = new LinkedHashMap<>();
            Fraction value = Fraction.ZERO;
            boolean valued = true;
            for (int e = 0; e < equations.size(); e++) {
                Fraction lambda = row[width + e];
                if (!lambda.isZero()) {
                    Equation equation = equations.get(e);
                    combination.merge(equation.figure(), lambda, Fraction::plus);
                    if (equation.sum() == null) {
                        valued = false;
                    } else {
                        value = value.plus(lambda.times(equation.sum()));
                    }
                }
            }
            Set<String> respondents = new TreeSet<>();
            Set<String> answered = new TreeSet<>();
            for (int c = before; c < width; c++) {
                if (!row[c].isZero()) {
                    Atom atom = small.get(indexOf(smallSignatures, columns.get(c)));
                    respondents.addAll(atom.respondents());
                    atom.cells().forEach(cell -> answered.add(cell.column()));
                }
            }
            return new Disclosure(respondents, answered, combination, valued ? value : null);
        }
        throw new IllegalStateException("the support was found by rank but no row reaches it");
    }

    private static int indexOf(List<BitSet> signatures, BitSet signature) {
        for (int i = 0; i < signatures.size(); i++) {
            if (signatures.get(i) == signature) {
                return i;
            }
        }
        throw new IllegalStateException("unknown atom");
    }

    /** Reduced row echelon form over the first {@code width} columns; later columns ride along. */
    private static Fraction[][] reduce(Fraction[][] matrix, int width) {
        Fraction[][] rows = new Fraction[matrix.length][];
        for (int r = 0; r < matrix.length; r++) {
            rows[r] = matrix[r].clone();
        }
        int lead = 0;
        for (int c = 0; c < width && lead < rows.length; c++) {
            int found = -1;
            for (int r = lead; r < rows.length && found < 0; r++) {
                if (!rows[r][c].isZero()) {
                    found = r;
                }
            }
            if (found < 0) {
                continue;
            }
            Fraction[] swap = rows[found];
            rows[found] = rows[lead];
            rows[lead] = swap;
            Fraction pivot = rows[lead][c];
            for (int k = 0; k < rows[lead].length; k++) {
                rows[lead][k] = rows[lead][k].dividedBy(pivot);
            }
            for (int r = 0; r < rows.length; r++) {
                if (r != lead && !rows[r][c].isZero()) {
                    Fraction factor = rows[r][c];
                    for (int k = 0; k < rows[r].length; k++) {
                        rows[r][k] = rows[r][k].minus(factor.times(rows[lead][k]));
                    }
                }
            }
            lead++;
        }
        return rows;
    }

    private static int pivot(Fraction[] row, int width) {
        for (int c = 0; c < width; c++) {
            if (!row[c].isZero()) {
                return c;
            }
        }
        return -1;
    }
}
