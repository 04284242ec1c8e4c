package io.elan.mentoring.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders the simulation's programme report in headless Chromium, in French and English, at a desktop and a tablet
 * width, and checks what a reader would see: nothing runs off the page, no text in a chart runs into another, and
 * every chart has a title and a text alternative. Screenshots go to {@code target/report-screenshots} for a person to
 * look at. Skipped, saying so, where Chromium is not installed.
 */
@DisplayName("the programme report in Chromium")
class ReportInChromiumTest {

    /**
     * Runs in the page through the DevTools protocol, so the page itself carries no script: every visible element's
     * box against the page's width, every pair of texts in each chart, and each chart's title and description.
     */
    private static final String CHECKS = """
            (() => {
              const width = document.documentElement.clientWidth;
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
              const overflow = [];
              for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                if (r.left < -0.5 || r.right > width + 0.5) {
                  overflow.push(name(e) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width);
                }
              }
              const overlaps = [];
              const charts = [];
              for (const svg of document.querySelectorAll('svg')) {
                const box = svg.getBoundingClientRect();
                const texts = [...svg.querySelectorAll('text')]
                    .map(t => ({t: t.textContent, r: t.getBoundingClientRect()}));
                for (const a of texts) {
                  if (a.r.left < box.left - 0.5 || a.r.right > box.right + 0.5
                      || a.r.top < box.top - 0.5 || a.r.bottom > box.bottom + 0.5) {
                    overlaps.push(svg.id + ': "' + a.t + '" runs out of the chart');
                  }
                }
                for (let i = 0; i < texts.length; i++) {
                  for (let j = i + 1; j < texts.length; j++) {
                    const a = texts[i].r, b = texts[j].r;
                    if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
                        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) {
                      overlaps.push(svg.id + ': "' + texts[i].t + '" overlaps "' + texts[j].t + '"');
                    }
                  }
                }
                const title = svg.querySelector(':scope > title');
                const labelled = (svg.getAttribute('aria-labelledby') || '').split(' ').filter(x => x)
                    .map(id => document.getElementById(id)).filter(e => e && e.textContent.trim());
                charts.push({id: svg.id, role: svg.getAttribute('role'),
                    title: title ? title.textContent.trim() : '',
                    alternative: labelled.map(e => e.textContent.trim()).join(' | ')
                        || svg.getAttribute('aria-label') || '',
                    caption: svg.closest('figure')?.querySelector('figcaption')?.textContent.trim() || '',
                    texts: texts.length});
              }
              return {width, scrollWidth: document.documentElement.scrollWidth, overflow, overlaps, charts};
            })()
            """;

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), () -> "Chromium was not found (looked at " + HeadlessChromium.lookedAt()
                + "): install it, on Debian with 'apt-get install chromium', or set CHROMIUM to its path, to render "
                + "the report and check its layout");
        chromium = found.orElseThrow();
    }

    @ParameterizedTest(name = "in {0}, {1} pixels wide")
    @CsvSource({"fr, 1280", "en, 1280", "fr, 768", "en, 768"})
    @DisplayName("nothing overflows the page, no chart text overlaps another, every chart has a title and a text "
            + "alternative")
    void layout(String language, int width) throws Exception {
        Path page = SimulatedReports.page(language);
        Path shots = Files.createDirectories(Path.of("target", "report-screenshots").toAbsolutePath());
        JsonNode checks;
        List<Path> screenshots;
        try (HeadlessChromium browser = HeadlessChromium.start(chromium,
                shots.resolve("chromium-" + language + "-" + width + ".log"))) {
            browser.open(page, width);
            checks = browser.evaluate(CHECKS);
            screenshots = browser.screenshots(shots, "report-" + language + "-" + width, width, 4000);
        }

        assertThat(checks.get("width").asInt()).isEqualTo(width);
        assertThat(list(checks.get("overflow"))).as("elements wider than the page").isEmpty();
        assertThat(checks.get("scrollWidth").asInt()).as("the page's scroll width").isEqualTo(width);
        assertThat(list(checks.get("overlaps"))).as("chart texts that overlap or leave their chart").isEmpty();
        JsonNode charts = checks.get("charts");
        assertThat(charts.size()).as("charts, the matching scores among them").isEqualTo(7);
        for (JsonNode chart : charts) {
            assertThat(chart.get("role").asText()).as(chart.get("id").asText()).isEqualTo("img");
            String title = chart.get("title").asText();
            assertThat(title).as(chart.get("id") + " title").isNotBlank();
            assertThat(chart.get("alternative").asText()).as(chart.get("id") + " text alternative")
                    .contains(title).hasSizeGreaterThan(title.length() + 20);
            assertThat(chart.get("caption").asText()).as(chart.get("id") + " caption").isEqualTo(title);
            assertThat(chart.get("texts").asInt()).as(chart.get("id") + " labels").isPositive();
        }
        assertThat(screenshots).isNotEmpty().allSatisfy(file -> assertThat(Files.size(file)).isPositive());
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
