package io.elan.mentoring.survey.internal;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A wave's responses laid out by column, one row per response, so that every figure is a pass over a bit set of
 * rows. Answers that do not fit the questionnaire (a store written by something else) are ignored rather than
 * counted.
 */
public final class ResponseTable {
    private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();

    /** One item's answers. */
    public static final class Column {
        private static final byte NONE = -1;

        private final Item item;
        /** The item's kind, held here because every answer of a wave is put through it. */
        private final ItemKind kind;
        private final int min;
        private final int max;
        /**
         * The rows that answered: kept up to date while a multiple-choice column is filled, derived from the
         * positions or texts of every other column once it is filled, since setting a bit per answer costs as much as
         * storing the answer.
         */
        private final BitSet answered;
        /**
         * Per row, the answer's position among the item's points (0 for the lowest) or options, {@value #NONE} when
         * the row did not answer; a byte, as no item has more than 50 options or 11 points, so that a column stays in
         * the processor's caches while a report counts it.
         */
        private final byte[] positions;
        private final BitSet @Nullable [] chosen;
        private final String @Nullable [] texts;

        Column(Item item, int rows) {
            this.item = item;
            this.kind = item.kind();
            this.min = kind.min();
            this.max = kind.max();
            this.answered = new BitSet(rows);
            this.positions = kind.numeric() || kind == ItemKind.SINGLE_CHOICE ? new byte[rows] : new byte[0];
            Arrays.fill(positions, NONE);
            if (kind == ItemKind.MULTIPLE_CHOICE) {
                chosen = new BitSet[item.options().size()];
                for (int i = 0; i < chosen.length; i++) {
                    chosen[i] = new BitSet(rows);
                }
            } else {
                chosen = null;
            }
            this.texts = kind == ItemKind.FREE_TEXT ? new String[rows] : null;
        }

        /** @return the item */
        public Item item() {
            return item;
        }

        /** @return the rows that answered */
        public BitSet answered() {
            return answered;
        }

        /**
         * Counts per value: per point {@code min..max} for numeric items, per option for choice items (for multiple
         * choice, how many rows chose each option).
         *
         * @param rows the rows to count
         * @return the counts
         */
        public long[] counts(BitSet rows) {
            if (kind.numeric() || kind == ItemKind.SINGLE_CHOICE) {
                long[] counts = new long[kind.numeric() ? max - min + 1 : item.options().size()];
                // Word by word: a report counts millions of answers, and this loop is most of its cost.
                long[] words = rows.toLongArray();
                for (int w = 0; w < words.length; w++) {
                    long word = words[w];
                    int base = w << 6;
                    while (word != 0) {
                        counts[positions[base + Long.numberOfTrailingZeros(word)]]++;
                        word &= word - 1;
                    }
                }
                return counts;
            }
            if (chosen != null) {
                long[] counts = new long[chosen.length];
                for (int o = 0; o < chosen.length; o++) {
                    BitSet both = (BitSet) chosen[o].clone();
                    both.and(rows);
                    counts[o] = both.cardinality();
                }
                return counts;
            }
            return new long[0];
        }

        /**
         * @param row a row that answered a numeric item
         * @return its number
         */
        public int value(int row) {
            return min + positions[row];
        }

        /**
         * @param rows the rows
         * @return their free-text answers, sorted so that order says nothing about who wrote what
         */
        public List<String> texts(BitSet rows) {
            List<String> result = new ArrayList<>();
            if (texts != null) {
                for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
                    result.add(texts[r]);
                }
            }
            result.sort(null);
            return result;
        }

        void put(int row, Answer answer) {
            switch (kind) {
                case LIKERT_5, LIKERT_7, SCORE_0_10, YES_NO -> {
                    if (answer instanceof Answer.Numeric numeric) {
                        int v = numeric.value();
                        if (v >= min && v <= max) {
                            positions[row] = (byte) (v - min);
                        }
                    }
                }
                case SINGLE_CHOICE -> {
                    if (answer instanceof Answer.Choices choices && choices.options().size() == 1) {
                        int option = optionIndex(choices.options().iterator().next());
                        if (option >= 0) {
                            positions[row] = (byte) option;
                        }
                    }
                }
                case MULTIPLE_CHOICE -> {
                    if (chosen != null && answer instanceof Answer.Choices choices) {
                        boolean any = false;
                        for (Iterator<String> it = choices.options().iterator(); it.hasNext(); ) {
                            int option = optionIndex(it.next());
                            if (option >= 0) {
                                chosen[option].set(row);
                                any = true;
                            }
                        }
                        if (any) {
                            answered.set(row);
                        }
                    }
                }
                case FREE_TEXT -> {
                    if (texts != null && answer instanceof Answer.Text text) {
                        texts[row] = text.text();
                    }
                }
            }
        }

        /** Marks the rows that answered once every answer is in, for the columns {@link #put} leaves unmarked. */
        void finish() {
            if (chosen != null) {
                return;
            }
            int rows = texts != null ? texts.length : positions.length;
            long[] words = new long[(rows + 63) >>> 6];
            for (int row = 0; row < rows; row++) {
                if (texts != null ? texts[row] != null : positions[row] != NONE) {
                    words[row >>> 6] |= 1L << row;
                }
            }
            answered.or(BitSet.valueOf(words));
        }

        private int optionIndex(String code) {
            List<ChoiceOption> options = item.options();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).code().equals(code)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Columns by item id, open addressing over the ids' own hash codes: building a table looks up every answer of
     * every response, and a general-purpose map costs as much as the rest of that loop.
     */
    private static final class ColumnIndex {
        private final String[] keys;
        private final Column[] values;
        private final int mask;

        ColumnIndex(Map<String, Column> columns) {
            int capacity = Integer.highestOneBit(Math.max(4, columns.size() * 4 - 1)) << 1;
            keys = new String[capacity];
            values = new Column[capacity];
            mask = capacity - 1;
            columns.forEach((id, column) -> {
                int slot = slot(id);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = id;
                values[slot] = column;
            });
        }

        @Nullable Column get(String id) {
            int slot = slot(id);
            for (String key = keys[slot]; key != null; key = keys[slot]) {
                if (key == id || key.equals(id)) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }

        private int slot(String id) {
            int hash = id.hashCode();
            return (hash ^ (hash >>> 16)) & mask;
        }
    }

    private final int rows;
    private final long[] fingerprints;
    private final Map<String, Map<String, BitSet>> segments;
    private final Map<String, Column> columns;

    private ResponseTable(int rows, long[] fingerprints, Map<String, Map<String, BitSet>> segments,
            Map<String, Column> columns) {
        this.rows = rows;
        this.fingerprints = fingerprints;
        this.segments = segments;
        this.columns = columns;
    }

    /**
     * @param questionnaire the questionnaire the responses answer
     * @param dimensions the segment dimensions to select by; other segments of a response are ignored
     * @param responses the wave's responses
     * @return the table
     */
    public static ResponseTable of(Questionnaire questionnaire, List<String> dimensions,
            List<SurveyResponse> responses) {
        int rows = responses.size();
        long[] fingerprints = new long[rows];
        Map<String, Map<String, BitSet>> segments = new HashMap<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            columns.put(item.id(), new Column(item, rows));
        }
        String[] dimensionKeys = dimensions.toArray(new String[0]);
        List<Map<String, BitSet>> byDimension = new ArrayList<>();
        for (String dimension : dimensionKeys) {
            byDimension.add(segments.computeIfAbsent(dimension, d -> new HashMap<>()));
        }
        ColumnIndex lookup = new ColumnIndex(columns);
        for (int row = 0; row < rows; row++) {
            SurveyResponse response = responses.get(row);
            fingerprints[row] = FINGERPRINT.hashString(response.token().value(), StandardCharsets.UTF_8).asLong();
            Map<String, String> segmentValues = response.segments();
            for (int d = 0; d < dimensionKeys.length; d++) {
                String value = segmentValues.get(dimensionKeys[d]);
                if (value != null) {
                    Map<String, BitSet> byValue = byDimension.get(d);
                    BitSet having = byValue.get(value);
                    if (having == null) {
                        having = new BitSet(rows);
                        byValue.put(value, having);
                    }
                    having.set(row);
                }
            }
            for (Map.Entry<String, Answer> answer : response.answers().entrySet()) {
                Column column = lookup.get(answer.getKey());
                if (column != null) {
                    column.put(row, answer.getValue());
                }
            }
        }
        for (Column column : columns.values()) {
            column.finish();
        }
        return new ResponseTable(rows, fingerprints, segments, columns);
    }

    /** @return the number of responses */
    public int rows() {
        return rows;
    }

    /** @return the fingerprint of each row's stored token */
    public long[] fingerprints() {
        return fingerprints.clone();
    }

    /**
     * @param selection segment values every selected row must have
     * @return the rows whose segments hold every entry of the selection
     */
    public BitSet select(Map<String, String> selection) {
        BitSet selected = new BitSet(rows);
        selected.set(0, rows);
        for (Map.Entry<String, String> e : selection.entrySet()) {
            BitSet matching = segments.getOrDefault(e.getKey(), Map.of()).get(e.getValue());
            if (matching == null) {
                return new BitSet();
            }
            selected.and(matching);
        }
        return selected;
    }

    /**
     * @param key a segment key
     * @return the distinct values of that segment, sorted
     */
    public List<String> segmentValues(String key) {
        return List.copyOf(new TreeSet<>(segments.getOrDefault(key, Map.of()).keySet()));
    }

    /**
     * @param itemId an item id
     * @return the item's column
     */
    public Column column(String itemId) {
        Column column = columns.get(itemId);
        if (column == null) {
            throw new IllegalArgumentException("no item " + itemId);
        }
        return column;
    }
}
