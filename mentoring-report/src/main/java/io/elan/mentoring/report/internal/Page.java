package io.elan.mentoring.report.internal;

import io.elan.mentoring.report.internal.markup.Html;
import java.util.List;

/**
 * One self-contained HTML page being written: inline style, inline SVG, no script and no external resource, so that
 * it can be mailed or archived as a single file. Every text is escaped, and the page is well-formed XML as well, so
 * that tools can check it. Not thread-safe.
 */
final class Page {
    private static final String STYLE = """
            :root{color-scheme:light}
            *{box-sizing:border-box}
            body{margin:0;background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,\
            'Liberation Sans','DejaVu Sans',sans-serif;font-size:16px;line-height:1.5}
            main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
            h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 .5rem}
            h2{font-size:1.35rem;line-height:1.3;margin:2.75rem 0 .75rem;padding-bottom:.25rem;\
            border-bottom:2px solid #1f4e79}
            h3{font-size:1.1rem;line-height:1.35;margin:1.5rem 0 .5rem}
            p{margin:.5rem 0}
            ul,ol{padding-left:1.25rem}
            a{color:#1f4e79}
            .lead{color:#4d4d4d;margin-top:0}
            nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
            figure{margin:1.25rem 0 1.75rem}
            figcaption{font-weight:600;margin-bottom:.5rem}
            svg.chart{display:block;width:100%;height:auto}
            table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.5rem 0 1.25rem}
            caption{text-align:left;font-weight:600;padding:.25rem 0}
            th,td{border-bottom:1px solid #d9d9d9;padding:.35rem .5rem;text-align:left;vertical-align:top;\
            overflow-wrap:break-word}
            th{background:#f2f2f2;font-weight:600}
            .num{text-align:right;white-space:nowrap}
            .when{white-space:nowrap}
            td ul{margin:0;padding-left:1rem}
            .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(11.5rem,1fr));gap:.75rem;\
            list-style:none;padding:0;margin:1rem 0}
            .figures li{border:1px solid #bfbfbf;border-radius:6px;padding:.6rem .8rem}
            .figures strong{display:block;font-size:1.45rem;line-height:1.2}
            .pair{border:1px solid #bfbfbf;border-left-width:8px;border-radius:4px;padding:.75rem 1rem;\
            margin:1rem 0;break-inside:avoid}
            .pair h3{margin:0 0 .5rem}
            .badge{display:inline-block;padding:0 .45rem;margin-right:.5rem;border:1px solid #333;border-radius:3px;\
            font-size:.85rem;font-weight:600;vertical-align:.1em}
            .call{background:#f4f7fa;border-radius:4px;padding:.4rem .6rem;margin:.5rem 0}
            .findings,.history{margin:.4rem 0}
            .history{font-size:.92rem;width:100%}
            .history td{border-bottom:1px solid #ececec}
            .note{color:#4d4d4d;font-size:.92rem}
            @media print{main{max-width:none;padding:0}h2{break-after:avoid}figure,.pair,tr{break-inside:avoid}}
            """;

    private final StringBuilder body = new StringBuilder(256 * 1024);

    Page raw(String html) {
        body.append(html);
        return this;
    }

    Page open(String element) {
        body.append('<').append(element).append('>');
        return this;
    }

    Page close(String element) {
        body.append("</").append(element).append(">\n");
        return this;
    }

    Page heading(int level, String id, String text) {
        body.append("<h").append(level);
        if (!id.isEmpty()) {
            body.append(" id=\"").append(Html.escape(id)).append('"');
        }
        body.append('>').append(Html.escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    Page paragraph(String text) {
        return element("p", "", text);
    }

    Page element(String tag, String cssClass, String text) {
        body.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            body.append(" class=\"").append(cssClass).append('"');
        }
        body.append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    Page list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        body.append("<ul>");
        items.forEach(i -> body.append("<li>").append(Html.escape(i)).append("</li>"));
        body.append("</ul>\n");
        return this;
    }

    Page figure(String caption, String svg) {
        body.append("<figure><figcaption>").append(Html.escape(caption)).append("</figcaption>").append(svg)
                .append("</figure>\n");
        return this;
    }

    /**
     * @param caption what the table holds
     * @param headers the column headers; a header starting with {@code #} is a number column, right-aligned
     * @param rows the rows, one cell per header, each already escaped HTML
     */
    Page table(String caption, List<String> headers, List<List<String>> rows) {
        body.append("<table>");
        if (!caption.isEmpty()) {
            body.append("<caption>").append(Html.escape(caption)).append("</caption>");
        }
        body.append("<thead><tr>");
        for (String header : headers) {
            boolean number = header.startsWith("#");
            body.append(number ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(Html.escape(number ? header.substring(1) : header)).append("</th>");
        }
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                body.append(headers.get(c).startsWith("#") ? "<td class=\"num\">" : "<td>").append(row.get(c))
                        .append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /**
     * @param language the page's language tag
     * @param title the page title
     * @return the whole page
     */
    String render(String language, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(language) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>"
                + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body
                + "</main>\n</body>\n</html>\n";
    }
}
