package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;

import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link MessageContent} is kept in one text column, by the outbox and the broadcast log alike: the title, the
 * paragraphs and the key points each after their count, the links as label and address after their count, then
 * {@code 1} and the call to action or {@code 0}, all as {@link Codec} elements. Stateless and thread-safe.
 */
public final class MessageContents {
    private MessageContents() {}

    /**
     * @param content the content
     * @param field the field it is written from, named if a part cannot be stored, such as {@code "content"}
     * @return the encoded content
     * @throws io.elan.mentoring.spi.InvalidValueException if a part holds text no dialect can store exactly
     */
    public static String encode(MessageContent content, String field) {
        Codec.Writer writer = new Codec.Writer().add(text(content.title(), field + ".title"));
        writer.add(content.paragraphs().size());
        for (int i = 0; i < content.paragraphs().size(); i++) {
            writer.add(text(content.paragraphs().get(i), field + ".paragraphs[" + i + "]"));
        }
        writer.add(content.keyPoints().size());
        for (int i = 0; i < content.keyPoints().size(); i++) {
            writer.add(text(content.keyPoints().get(i), field + ".keyPoints[" + i + "]"));
        }
        writer.add(content.links().size());
        for (int i = 0; i < content.links().size(); i++) {
            link(writer, content.links().get(i), field + ".links[" + i + "]");
        }
        Link action = content.callToAction();
        if (action == null) {
            writer.add(0);
        } else {
            link(writer.add(1), action, field + ".callToAction");
        }
        return writer.encoded();
    }

    private static void link(Codec.Writer writer, Link link, String field) {
        writer.add(text(link.label(), field + ".label")).add(text(link.url().toString(), field + ".url"));
    }

    /**
     * @param encoded content written by {@link #encode}
     * @param column the column it was read from, named if it is damaged
     * @return the content
     * @throws io.elan.mentoring.spi.StoreException if the stored value is damaged
     */
    public static MessageContent decode(String encoded, String column) {
        Codec.Reader reader = new Codec.Reader(encoded, column);
        String title = Columns.singleLine(reader.next());
        List<String> paragraphs = reader.next(reader.nextCount());
        List<String> keyPoints = reader.next(reader.nextCount());
        int linkCount = reader.nextCount();
        List<Link> links = new ArrayList<>(Math.min(linkCount, 64));
        for (int i = 0; i < linkCount; i++) {
            links.add(link(reader));
        }
        Link action = switch (reader.nextInt()) {
            case 0 -> null;
            case 1 -> link(reader);
            default -> throw reader.corrupt("the call to action flag must be 0 or 1");
        };
        reader.end();
        return new MessageContent(title, paragraphs, keyPoints, links, action);
    }

    private static Link link(Codec.Reader reader) {
        String label = reader.next();
        String url = reader.next();
        try {
            return new Link(label, new URI(url));
        } catch (URISyntaxException e) {
            throw reader.corrupt("a link address is not a valid URI: " + e.getMessage());
        }
    }
}
