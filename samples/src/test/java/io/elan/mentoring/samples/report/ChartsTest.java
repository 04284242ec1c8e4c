package io.elan.mentoring.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartsTest {
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLineChartIsWellFormedSvgWithOnePointPerValue() throws Exception {
        String svg = Charts.line("momentum", "Élan <hebdo>", List.of("S1", "S2", "S3"), List.of(80.0, 40.0, 100.0), 100,
                List.of(false, true, false), "Fermeture d'août");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points").getNodeValue())
                .isEqualTo("48,76.8 396,158.4 744,36");
        assertThat(svg).contains("Élan &lt;hebdo&gt;").doesNotContain("<hebdo>");
    }

    @Test
    void barsAndStackedBarsAreWellFormedAndEscapeLabels() throws Exception {
        String bars = Charts.bars("attendance", "Présence", List.of("Webinaire \"focus\"", "Capsule <b>"),
                List.of(75.0, 50.0), 100, "%");
        assertThat(parse(bars).getElementsByTagName("rect").getLength()).isEqualTo(2);
        String stacked = Charts.stacked("likert", "Réponses", List.of("Mentors", "Mentorés"),
                List.of(new double[] {0.25, 0.75}, new double[] {0.5, 0.5}), List.of("Pas d'accord", "D'accord"));
        Document doc = parse(stacked);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(4 + 2);
        assertThat(stacked).contains("75%").contains("Pas d&#39;accord");
    }

    @Test
    void mismatchedSeriesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Charts.bars("x", "t", List.of("a"), List.of(1.0, 2.0), 10, ""))
                .hasMessage("values: must have one entry per label (1) (was 2 entries)");
    }

    @Test
    void theReportIsOneSelfContainedPage() throws Exception {
        String html = new HtmlReport("Rapport <programme>", Locale.FRENCH).heading("Élan")
                .paragraph("<script>alert(1)</script>").chart(Charts.bars("a", "b", List.of("x"), List.of(1.0), 1, ""))
                .table(List.of("Binôme", "Statut"), List.of(List.of("A & B", "ENGAGED"))).render();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("src=").doesNotContain("href=");
        parse(html.substring(html.indexOf("<html")));
    }
}
