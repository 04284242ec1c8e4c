package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.survey.report.internal.ReportWording;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link SurveyReport} as plain text a program manager can read. The report's own wording comes from the
 * resource bundle {@value #BUNDLE}: a reader's locale finds its bundle by language and country, then by language, and
 * a language without a bundle reads English, so adding a language is adding a bundle. The questionnaire's texts
 * (title, items, scales, answer labels) are read in the reader's locale with the fallbacks of {@link LocalizedText},
 * so a questionnaire written in a third language shows in it. Numbers are written in the wording's language; withheld
 * figures show their reason, never a number.
 */
public final class SurveyReportText {
    /** The base name of the resource bundle that holds the report's wording. */
    public static final String BUNDLE = ReportWording.BUNDLE;

    private SurveyReportText() {}

    /**
     * @param report the report
     * @param reader the reader's locale
     * @return the report as text, lines separated by {@code \n}
     */
    public static String render(SurveyReport report, Locale reader) {
        Checks.present(report, "report");
        ReportWording words = ReportWording.forReader(Checks.present(reader, "reader"));
        StringBuilder out = new StringBuilder();
        ReportHeader header = report.header();
        out.append(header.title().in(reader)).append(" — ").append(header.program()).append(" / ")
                .append(header.wave()).append('\n');
        out.append(words.say("threshold", header.threshold())).append('\n');
        for (GroupReport group : report.groups()) {
            out.append('\n').append("== ").append(group.name().in(reader)).append(" ==").append('\n');
            GroupFigures figures = group.figures();
            if (figures == null) {
                out.append(withheld(group.withheld(), reader)).append('\n');
                continue;
            }
            out.append(figures.responseRate() == null ? words.say("respondents", figures.respondents())
                    : words.say("respondentsOf", figures.respondents(), figures.invited(),
                            words.percent(figures.responseRate())));
            out.append('\n');
            for (ItemResult item : group.items()) {
                out.append("- ").append(item.text().in(reader)).append('\n');
                appendItem(out, item, reader, words);
            }
            for (ScaleResult scale : group.scales()) {
                out.append("- ").append(words.say("scale", scale.name().in(reader)));
                ScaleFigures sf = scale.figures();
                out.append(sf == null ? withheld(scale.withheld(), reader) : words.say("scale.figures",
                        sf.cronbachAlpha() == null ? "–" : words.number(sf.cronbachAlpha(), 2),
                        words.number(sf.mean(), 2), sf.n()));
                out.append('\n');
            }
        }
        if (!report.mentorsVsMentees().isEmpty()) {
            out.append('\n').append(words.say("comparisons")).append('\n');
            for (ItemComparison comparison : report.mentorsVsMentees()) {
                out.append("- ").append(comparison.text().in(reader)).append(" — ");
                MannWhitney test = comparison.test();
                out.append(test == null ? withheld(comparison.withheld(), reader) : words.say("comparison",
                        words.number(test.u(), 1), test.p() < 0.001 ? words.say("p.below", words.number(0.001, 3))
                                : words.say("p.equals", words.number(test.p(), 3)),
                        words.say(method(test)), words.number(test.rankBiserial(), 2)));
                out.append('\n');
            }
        }
        if (!report.workshopThemes().isEmpty()) {
            out.append('\n').append(words.say("themes")).append('\n');
            for (ThemeSuggestion theme : report.workshopThemes()) {
                out.append(theme.rank()).append(". ").append(theme.theme().in(reader)).append(" (")
                        .append(theme.why().in(reader)).append(")\n");
            }
        }
        out.append('\n').append(words.say("pairs")).append('\n');
        for (LocalizedText line : report.pairsStanding().reading()) {
            out.append("- ").append(line.in(reader)).append('\n');
        }
        return out.toString();
    }

    private static void appendItem(StringBuilder out, ItemResult item, Locale reader, ReportWording words) {
        ItemFigures figures = item.figures();
        if (figures == null) {
            out.append("  ").append(withheld(item.withheld(), reader)).append('\n');
            return;
        }
        out.append("  n = ").append(figures.n());
        NumericSummary summary = figures.summary();
        if (summary != null) {
            out.append(words.say("item.summary", words.number(summary.mean(), 2), words.number(summary.median(), 1),
                    words.number(summary.interquartileRange(), 1)));
        }
        RespondentShare favourable = figures.favourable();
        if (favourable != null) {
            out.append(words.say("item.favourable", words.percent(favourable.estimate()),
                    words.percent(favourable.lower()), words.percent(favourable.upper())));
        }
        NetPromoterScore nps = figures.netPromoterScore();
        if (nps != null) {
            out.append(words.say("item.nps", words.number(nps.score(), 0), words.number(nps.lower(), 0),
                    words.number(nps.upper(), 0)));
        }
        out.append('\n');
        if (!figures.distribution().isEmpty()) {
            out.append("  ");
            for (int i = 0; i < figures.distribution().size(); i++) {
                ChoiceCount count = figures.distribution().get(i);
                out.append(i == 0 ? "" : " · ").append(count.label().in(reader)).append(' ')
                        .append(words.percent(count.share()));
            }
            out.append('\n');
        }
        for (String comment : figures.comments()) {
            out.append("  ").append(words.say("item.comment", comment)).append('\n');
        }
        ChangeSincePreviousWave change = item.change();
        if (change != null) {
            out.append("  ").append(words.say("item.change", change.previousWave(),
                    (change.meanChange() >= 0 ? "+" : "") + words.number(change.meanChange(), 2))).append('\n');
        }
    }

    private static String method(MannWhitney test) {
        if (test.method() == MannWhitneyMethod.EXACT) {
            return "method.exact";
        }
        return test.continuityCorrection() ? "method.corrected" : "method.normal";
    }

    private static String withheld(@Nullable Withheld withheld, Locale reader) {
        return withheld == null ? "" : "(" + withheld.explanation().in(reader) + ")";
    }
}
