package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plaintext of a sealed response: its segments and answers in a small binary form, zero-padded to a length that
 * depends on the questionnaire and the segments only, never on the answers. Encryption hides what a response says but
 * not how long it is; padding every response of a group to one length keeps a long comment from marking its sealed
 * entry, and so from linking it to the published response that carries the comment.
 *
 * <p>Layout: a version byte, the length of the content that follows, the segments (count, then key and value, by key),
 * the answers (count, then item id, a kind byte and the value, by item id), then zeros. Strings are written as
 * {@link DataOutputStream#writeUTF} writes them, at most three bytes per character.
 */
public final class SealedForm {
    /** The most characters of a free-text answer, as {@link Answer.Text} accepts. */
    static final int MAX_TEXT = 4000;

    private static final byte VERSION = 1;
    private static final byte NUMERIC = 'N';
    private static final byte CHOICES = 'C';
    private static final byte TEXT = 'T';
    /** Version byte and content length. */
    private static final int HEADER = 1 + 4;

    private SealedForm() {}

    /**
     * What a sealed response holds.
     *
     * @param segments the respondent's segments
     * @param answers the answers by item id
     */
    public record Content(Map<String, String> segments, Map<String, Answer> answers) {
        /** Copies both maps. */
        public Content {
            segments = Map.copyOf(segments);
            answers = Map.copyOf(answers);
        }
    }

    /**
     * @param questionnaire the wave's questionnaire
     * @param segments the segments every response of a group carries
     * @return the length of the padded plaintext of every response of the group: enough for the longest answers the
     *     questionnaire accepts, whatever a respondent writes
     */
    public static int paddedLength(Questionnaire questionnaire, Map<String, String> segments) {
        long answers = 2;
        for (Item item : questionnaire.items()) {
            answers += utfBound(item.id()) + 1 + valueBound(item);
        }
        long length = HEADER + segments(segments).length + answers;
        if (length > Integer.MAX_VALUE) {
            throw new IllegalStateException("questionnaire " + questionnaire.id() + " accepts responses too long to"
                    + " seal: " + length + " bytes");
        }
        return (int) length;
    }

    private static long valueBound(Item item) {
        ItemKind kind = item.kind();
        if (kind.numeric()) {
            return 4;
        }
        if (kind.choice()) {
            long bound = 2;
            for (ChoiceOption option : item.options()) {
                bound += utfBound(option.code());
            }
            return bound;
        }
        return 2 + 3L * MAX_TEXT;
    }

    private static long utfBound(String value) {
        return 2 + 3L * value.length();
    }

    /**
     * @param content the segments and answers
     * @param paddedLength the length to pad to, from {@link #paddedLength}
     * @return the padded plaintext
     * @throws IllegalStateException if the content does not fit, which means answers the questionnaire does not
     *     accept reached the sealing
     */
    public static byte[] encode(Content content, int paddedLength) {
        byte[] segments = segments(content.segments());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(paddedLength);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(0);
            out.write(segments);
            out.writeShort(content.answers().size());
            for (Map.Entry<String, Answer> e : new TreeMap<>(content.answers()).entrySet()) {
                out.writeUTF(e.getKey());
                Answer answer = e.getValue();
                if (answer instanceof Answer.Numeric n) {
                    out.writeByte(NUMERIC);
                    out.writeInt(n.value());
                } else if (answer instanceof Answer.Choices c) {
                    out.writeByte(CHOICES);
                    out.writeShort(c.options().size());
                    for (String option : new TreeSet<>(c.options())) {
                        out.writeUTF(option);
                    }
                } else if (answer instanceof Answer.Text t) {
                    out.writeByte(TEXT);
                    out.writeUTF(t.text());
                } else {
                    throw new IllegalStateException("an Answer is Numeric, Choices or Text: " + answer.getClass());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        byte[] encoded = bytes.toByteArray();
        if (encoded.length > paddedLength) {
            throw new IllegalStateException("a response of " + encoded.length + " bytes does not fit the "
                    + paddedLength + " its questionnaire allows");
        }
        int contentLength = encoded.length - HEADER;
        encoded[1] = (byte) (contentLength >>> 24);
        encoded[2] = (byte) (contentLength >>> 16);
        encoded[3] = (byte) (contentLength >>> 8);
        encoded[4] = (byte) contentLength;
        byte[] padded = new byte[paddedLength];
        System.arraycopy(encoded, 0, padded, 0, encoded.length);
        return padded;
    }

    /**
     * @param plaintext a padded plaintext written by {@link #encode}
     * @return its content
     * @throws IllegalStateException if another version of this form wrote it, or it is damaged (which authenticated
     *     encryption rules out for what it opened)
     */
    public static Content decode(byte[] plaintext) {
        if (plaintext.length < HEADER || plaintext[0] != VERSION) {
            throw new IllegalStateException("a sealed response in an unknown form");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            in.readByte();
            int contentLength = in.readInt();
            if (contentLength < 0 || contentLength > plaintext.length - HEADER) {
                throw new IllegalStateException("a sealed response whose content overruns its padding");
            }
            Map<String, String> segments = new HashMap<>();
            for (int i = in.readUnsignedShort(); i > 0; i--) {
                segments.put(in.readUTF(), in.readUTF());
            }
            Map<String, Answer> answers = new HashMap<>();
            for (int i = in.readUnsignedShort(); i > 0; i--) {
                String item = in.readUTF();
                byte kind = in.readByte();
                Answer answer = switch (kind) {
                    case NUMERIC -> new Answer.Numeric(in.readInt());
                    case CHOICES -> {
                        Set<String> options = new HashSet<>();
                        for (int n = in.readUnsignedShort(); n > 0; n--) {
                            options.add(in.readUTF());
                        }
                        yield new Answer.Choices(options);
                    }
                    case TEXT -> new Answer.Text(in.readUTF());
                    default -> throw new IllegalStateException("a sealed answer of unknown kind " + kind);
                };
                answers.put(item, answer);
            }
            return new Content(segments, answers);
        } catch (IOException e) {
            throw new IllegalStateException("a sealed response shorter than its content", e);
        }
    }

    /**
     * @param segments segments
     * @return their encoded form, by key: the same bytes for the same segments, which also names their group
     */
    public static byte[] segments(Map<String, String> segments) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(segments.size());
            for (Map.Entry<String, String> e : new TreeMap<>(segments).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }
}
