package io.elan.mentoring.samples.report;

import static io.elan.mentoring.samples.report.Markup.escape;

import java.util.List;
import java.util.Locale;

/**
 * Builds one self-contained HTML page: inline style, inline SVG, no script and no external asset, so it can be mailed
 * or archived as a single file. Every text is escaped, and the page is also well-formed XML so tools can check it.
 * Not thread-safe.
 */
public final class HtmlReport {
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final String title;
    private final Locale locale;

    /**
     * @param title the page title
     * @param locale the page language
     */
    public HtmlReport(String title, Locale locale) {
        this.title = title;
        this.locale = locale;
    }

    /**
     * @param text a section heading
     * @return this report
     */
    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /**
     * @param text a paragraph
     * @return this report
     */
    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /**
     * @param items list items
     * @return this report
     */
    public HtmlReport list(List<String> items) {
        body.append("<ul>");
        items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>"));
        body.append("</ul>\n");
        return this;
    }

    /**
     * @param svg a chart from {@link Charts}, already escaped
     * @return this report
     */
    public HtmlReport chart(String svg) {
        body.append("<figure>").append(svg).append("</figure>\n");
        return this;
    }

    /**
     * @param headers the column headers
     * @param rows the rows, each with one cell per header
     * @return this report
     */
    public HtmlReport table(List<String> headers, List<List<String>> rows) {
        body.append("<table><thead><tr>");
        headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(c -> body.append("<td>").append(escape(c)).append("</td>"));
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** @return the whole page */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(locale.toLanguageTag()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + escape(title) + "</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;max-width:820px;margin:2em auto;padding:0 1em;color:#222}\n"
                + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}\n"
                + "figure{margin:1em 0}svg.chart{max-width:100%;height:auto}\n"
                + "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .5em;"
                + "text-align:left}\n</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
                + "</body>\n</html>\n";
    }
}
