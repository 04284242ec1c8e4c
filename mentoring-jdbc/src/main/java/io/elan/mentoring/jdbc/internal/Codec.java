package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Length-prefixed text for the small collections the store keeps in one column: each element is written as its
 * length in UTF-16 units, a colon, then the element itself ({@code "2:ab0:3:c:d"} holds {@code "ab"}, {@code ""} and
 * {@code "c:d"}). Nothing inside an element needs escaping, so any text round-trips, and a damaged value is detected
 * rather than misread.
 */
public final class Codec {
    private Codec() {}

    /** Builds one encoded value. Not thread-safe. */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder();

        /**
         * @param element any text, empty included
         * @return this writer
         */
        public Writer add(String element) {
            out.append(element.length()).append(':').append(element);
            return this;
        }

        /**
         * @param number a number, written as its decimal text
         * @return this writer
         */
        public Writer add(long number) {
            return add(Long.toString(number));
        }

        /** @return the encoded value */
        public String encoded() {
            return out.toString();
        }
    }

    /** Reads an encoded value back, element by element. Not thread-safe. */
    public static final class Reader {
        private final String in;
        private final String column;
        private int position;

        /**
         * @param encoded a value written by {@link Writer}
         * @param column the column it was read from, named in errors
         */
        public Reader(String encoded, String column) {
            this.in = encoded;
            this.column = column;
        }

        /** @return whether another element follows */
        public boolean hasNext() {
            return position < in.length();
        }

        /**
         * @return the next element
         * @throws StoreException if the value is not well formed
         */
        public String next() {
            int colon = in.indexOf(':', position);
            if (colon <= position || colon - position > 10) {
                throw corrupt("a length followed by ':' was expected");
            }
            // Only the writer's own form is read: Integer.parseInt would also take "+1", "01" or non-ASCII digits,
            // and so read a damaged value as some other list.
            if (in.charAt(position) == '0' && colon - position > 1) {
                throw corrupt("a length has a leading zero");
            }
            long length = 0;
            for (int i = position; i < colon; i++) {
                char digit = in.charAt(i);
                if (digit < '0' || digit > '9') {
                    throw corrupt("the length is not a number");
                }
                length = length * 10 + digit - '0';
            }
            if (in.length() - colon - 1 < length) {
                throw corrupt("an element is longer than what is left");
            }
            position = colon + 1 + (int) length;
            return in.substring(colon + 1, position);
        }

        /**
         * @return the next element, read as an integer
         * @throws StoreException if it is not one
         */
        public int nextInt() {
            String text = next();
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw corrupt("a number was expected");
            }
        }

        /**
         * @return the next element, read as a count of elements that follow
         */
        public int nextCount() {
            int count = nextInt();
            if (count < 0) {
                throw corrupt("a count must not be negative");
            }
            return count;
        }

        /** @throws StoreException if anything is left */
        public void end() {
            if (hasNext()) {
                throw corrupt("unexpected text after the last element");
            }
        }

        /**
         * @param count how many elements to read
         * @return them, in order
         */
        public List<String> next(int count) {
            List<String> elements = new ArrayList<>(Math.min(count, 64));
            for (int i = 0; i < count; i++) {
                elements.add(next());
            }
            return elements;
        }

        /**
         * @param what what is wrong
         * @return a non-retryable failure naming the column and the position
         */
        public StoreException corrupt(String what) {
            String message = "the stored value of column " + column + " is damaged at index " + position + ": " + what;
            return new StoreException(message, false, new IllegalStateException(message));
        }
    }
}
