package io.elan.mentoring.report.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.report.internal.markup.Colour;
import io.elan.mentoring.report.internal.markup.Palette;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("each chart is an accessible SVG image with its values written out")
class ChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void accessible(Document svg, String id, String title) {
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(((Element) root.getElementsByTagName("desc").item(0)).getAttribute("id")).isEqualTo(id + "-desc");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
    }

    @Test
    @DisplayName("bars: labels never rotated, each value written, whole-number ticks, text escaped")
    void bars() throws Exception {
        String svg = BarChart.draw("levels", "Pairs <by> level", "Engaged: 20; At risk: 7.", List.of(
                new BarChart.Bar(List.of("Engaged"), 20, "20", Palette.PRIMARY, "Engaged: 20"),
                new BarChart.Bar(List.of("At risk & co", "two lines"), 7, "7", Palette.SECONDARY, "At risk: 7")),
                BarChart.Axis.counts(30, v -> Long.toString((long) v), "number of pairs"));
        Document doc = parse(svg);

        accessible(doc, "levels", "Pairs <by> level");
        assertThat(svg).doesNotContain("rotate", "<by>").contains("&lt;by&gt;", "At risk &amp; co");
        assertThat(texts(doc)).contains("20", "7", "two lines", "0", "5", "30", "number of pairs")
                .noneMatch(t -> t.matches("\\d+\\.\\d+"));
    }

    @Test
    @DisplayName("weeks: months on the axis with the year under the first one shown, quiet weeks marked and named")
    void weeks() throws Exception {
        List<LocalDate> starts = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            starts.add(LocalDate.of(2026, 9, 15).plusWeeks(w));
        }
        List<Boolean> quiet = new ArrayList<>(Collections.nCopies(20, false));
        quiet.set(14, true);
        WeeklyChart.Weeks weeks = new WeeklyChart.Weeks(starts, quiet,
                m -> m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                "quiet week", LocalDate::toString, ": ");
        List<WeeklyChart.Layer> layers = List.of(
                new WeeklyChart.Layer("Disengaged", Palette.levels().get(3), 0, Collections.nCopies(20, 2)),
                new WeeklyChart.Layer("To watch", Palette.levels().get(1), 1, Collections.nCopies(20, 5)),
                new WeeklyChart.Layer("Engaged", Palette.levels().get(0), 0, Collections.nCopies(20, 23)));
        String svg = WeeklyChart.stacked("weekly", "Pairs by level", "20 weeks.", weeks, layers, layers,
                v -> Long.toString((long) v));
        Document doc = parse(svg);

        accessible(doc, "weekly", "Pairs by level");
        List<String> texts = texts(doc);
        assertThat(texts).contains("September", "October", "November", "December", "January", "quiet week",
                "Disengaged", "To watch", "Engaged");
        assertThat(texts.get(texts.indexOf("September") + 1)).isEqualTo("2026");
        assertThat(texts.get(texts.indexOf("January") + 1)).isEqualTo("2027");
        assertThat(texts.get(texts.indexOf("October") + 1)).isEqualTo("November");
        assertThat(svg).contains("<pattern id=\"weekly-hatch1-").contains("fill=\"url(#weekly-hatch1-")
                .contains("2026-12-22: quiet week");
        assertThat(texts).noneMatch(t -> t.matches("\\d+\\.\\d+"));
        assertThat(YearMonth.from(starts.get(14))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    @DisplayName("agreement: a legend naming every point, shares written in a colour that contrasts with their fill")
    void agreement() throws Exception {
        List<String> points = List.of("1 Strongly disagree", "2 Disagree", "3 Neither", "4 Agree",
                "5 Strongly agree");
        String svg = AgreementChart.draw("agree", "Answers", "One statement.", List.of(new AgreementChart.Item(
                        "The pace suits me.", List.of(new AgreementChart.Row("Mentors (n = 20)", List.of(2L, 2L, 4L,
                                8L, 4L), null), new AgreementChart.Row("Mentees", List.of(), "fewer than 5")))),
                points, Palette.agreement(5), share -> Math.round(share * 100) + "%", ": ");
        Document doc = parse(svg);

        accessible(doc, "agree", "Answers");
        assertThat(texts(doc)).containsAll(points).contains("40%", "20%", "fewer than 5", "Mentors (n = 20)");
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getTextContent().endsWith("%")) {
                Element segment = (Element) text.getPreviousSibling();
                Colour fill = new Colour(segment.getAttribute("fill"));
                assertThat(new Colour(text.getAttribute("fill")).contrast(fill)).as(text.getTextContent())
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(svg).contains("The pace suits me. — Mentors (n = 20) — 4 Agree: 8 (40%)");
    }
}
