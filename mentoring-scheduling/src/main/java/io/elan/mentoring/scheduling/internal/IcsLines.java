package io.elan.mentoring.scheduling.internal;

/**
 * Content lines of RFC 5545: CRLF line ends, folding at 75 octets without splitting a UTF-8 character
 * (section 3.1), TEXT escaping (section 3.3.11) and parameter quoting (section 3.2). Not thread-safe.
 */
public final class IcsLines {
    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Appends one content line, folded as needed.
     *
     * @param line the unfolded line, without its CRLF
     * @return this
     */
    public IcsLines line(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    /**
     * @param name the property name
     * @param text a TEXT value, escaped here
     * @return this
     */
    public IcsLines text(String name, String text) {
        return line(name + ":" + escape(text));
    }

    /** @return the calendar written so far */
    public String content() {
        return out.toString();
    }

    /**
     * @param text a TEXT value
     * @return the value with backslash, semicolon, comma and line breaks escaped
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> { }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * @param value a parameter value, such as a CN
     * @return the value, quoted when it holds a colon, semicolon or comma; double quotes, which a parameter value
     *     cannot hold, become single quotes
     */
    public static String param(String value) {
        String clean = value.replace('"', '\'');
        boolean needsQuotes = clean.indexOf(':') >= 0 || clean.indexOf(';') >= 0 || clean.indexOf(',') >= 0;
        return needsQuotes ? '"' + clean + '"' : clean;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

}
