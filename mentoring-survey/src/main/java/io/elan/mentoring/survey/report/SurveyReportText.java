package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link SurveyReport} as plain text a program manager can read. The report's own wording is French for a
 * French-speaking reader and English otherwise; the questionnaire's texts (title, items, scales, answer labels) are read
 * in the reader's locale with the fallbacks of {@link LocalizedText}, so a questionnaire written in a third language
 * shows in it. Numbers use the wording's decimal separator; withheld figures show their reason, never a number.
 */
public final class SurveyReportText {
    private SurveyReportText() {}

    /**
     * @param report the report
     * @param reader the reader's locale
     * @return the report as text, lines separated by {@code \n}
     */
    public static String render(SurveyReport report, Locale reader) {
        boolean fr = isFrench(reader);
        Locale locale = fr ? Locale.FRANCE : Locale.UK;
        StringBuilder out = new StringBuilder();
        ReportHeader header = report.header();
        out.append(header.title().in(reader)).append(" — ").append(header.program()).append(" / ")
                .append(header.wave()).append('\n');
        out.append(fr ? "Aucun résultat n’est calculé sur moins de " : "No figure is computed from fewer than ")
                .append(header.threshold()).append(fr ? " répondants." : " respondents.").append('\n');
        for (GroupReport group : report.groups()) {
            out.append('\n').append("== ").append(group.name().in(reader)).append(" ==").append('\n');
            GroupFigures figures = group.figures();
            if (figures == null) {
                out.append(withheld(group.withheld(), reader)).append('\n');
                continue;
            }
            out.append(fr ? "Répondants\u00a0: " : "Respondents: ").append(figures.respondents());
            if (figures.responseRate() != null) {
                out.append(fr ? " sur " : " of ").append(figures.invited()).append(" (")
                        .append(percent(figures.responseRate(), locale)).append(')');
            }
            out.append('\n');
            for (ItemResult item : group.items()) {
                out.append("- ").append(item.text().in(reader)).append('\n');
                appendItem(out, item, reader, locale);
            }
            for (ScaleResult scale : group.scales()) {
                out.append("- ").append(fr ? "Échelle «\u00a0" : "Scale \"").append(scale.name().in(reader))
                        .append(fr ? "\u00a0»\u00a0: " : "\": ");
                ScaleFigures sf = scale.figures();
                if (sf == null) {
                    out.append(withheld(scale.withheld(), reader));
                } else {
                    out.append(fr ? "alpha de Cronbach " : "Cronbach's alpha ")
                            .append(sf.cronbachAlpha() == null ? "–" : number(sf.cronbachAlpha(), 2, locale))
                            .append(fr ? ", moyenne " : ", mean ").append(number(sf.mean(), 2, locale))
                            .append(" (n = ").append(sf.n()).append(')');
                }
                out.append('\n');
            }
        }
        if (!report.mentorsVsMentees().isEmpty()) {
            out.append('\n').append(fr ? "== Mentors et mentorés comparés ==" : "== Mentors compared with mentees ==")
                    .append('\n');
            for (ItemComparison comparison : report.mentorsVsMentees()) {
                out.append("- ").append(comparison.text().in(reader)).append(" — ");
                MannWhitney test = comparison.test();
                if (test == null) {
                    out.append(withheld(comparison.withheld(), reader));
                } else {
                    out.append("U = ").append(number(test.u(), 1, locale))
                            .append(test.p() < 0.001 ? ", p < " + number(0.001, 3, locale)
                                    : ", p = " + number(test.p(), 3, locale))
                            .append(" (").append(method(test, fr)).append(')')
                            .append(fr ? ", corrélation bisériale de rang " : ", rank-biserial ")
                            .append(number(test.rankBiserial(), 2, locale));
                }
                out.append('\n');
            }
        }
        if (!report.workshopThemes().isEmpty()) {
            out.append('\n').append(fr ? "== Thèmes suggérés pour l’atelier ==" : "== Suggested workshop themes ==")
                    .append('\n');
            for (ThemeSuggestion theme : report.workshopThemes()) {
                out.append(theme.rank()).append(". ").append(theme.theme().in(reader)).append(" (")
                        .append(theme.why().in(reader)).append(")\n");
            }
        }
        out.append('\n').append(fr ? "== Où en sont les binômes ==" : "== Where the pairs stand ==").append('\n');
        for (LocalizedText line : report.pairsStanding().reading()) {
            out.append("- ").append(line.in(reader)).append('\n');
        }
        return out.toString();
    }

    private static void appendItem(StringBuilder out, ItemResult item, Locale reader, Locale locale) {
        boolean fr = isFrench(reader);
        ItemFigures figures = item.figures();
        if (figures == null) {
            out.append("  ").append(withheld(item.withheld(), reader)).append('\n');
            return;
        }
        out.append("  n = ").append(figures.n());
        NumericSummary summary = figures.summary();
        if (summary != null) {
            out.append(fr ? ", moyenne " : ", mean ").append(number(summary.mean(), 2, locale))
                    .append(fr ? ", médiane " : ", median ").append(number(summary.median(), 1, locale))
                    .append(fr ? ", écart interquartile " : ", IQR ")
                    .append(number(summary.interquartileRange(), 1, locale));
        }
        RespondentShare favourable = figures.favourable();
        if (favourable != null) {
            out.append(fr ? ", favorables " : ", favourable ").append(percent(favourable.estimate(), locale))
                    .append(" [").append(percent(favourable.lower(), locale)).append((fr ? "\u202f; " : "; "))
                    .append(percent(favourable.upper(), locale)).append(']');
        }
        NetPromoterScore nps = figures.netPromoterScore();
        if (nps != null) {
            out.append(", NPS ").append(number(nps.score(), 0, locale)).append(" [")
                    .append(number(nps.lower(), 0, locale)).append((fr ? "\u202f; " : "; "))
                    .append(number(nps.upper(), 0, locale)).append(']');
        }
        out.append('\n');
        if (!figures.distribution().isEmpty()) {
            out.append("  ");
            for (int i = 0; i < figures.distribution().size(); i++) {
                ChoiceCount count = figures.distribution().get(i);
                out.append(i == 0 ? "" : " · ").append(count.label().in(reader)).append(' ')
                        .append(percent(count.share(), locale));
            }
            out.append('\n');
        }
        for (String comment : figures.comments()) {
            out.append(fr ? "  «\u00a0" : "  \"").append(comment).append(fr ? "\u00a0»" : "\"").append('\n');
        }
        ChangeSincePreviousWave change = item.change();
        if (change != null) {
            out.append("  ").append(fr ? "Évolution depuis " : "Change since ").append(change.previousWave())
                    .append(colon(fr)).append(change.meanChange() >= 0 ? "+" : "")
                    .append(number(change.meanChange(), 2, locale)).append(fr ? " sur la moyenne" : " in mean")
                    .append('\n');
        }
    }

    private static String method(MannWhitney test, boolean french) {
        if (test.method() == MannWhitneyMethod.EXACT) {
            return french ? "loi exacte" : "exact";
        }
        if (test.continuityCorrection()) {
            return french ? "approximation normale, correction de continuité"
                    : "normal approximation, continuity-corrected";
        }
        return french ? "approximation normale" : "normal approximation";
    }

    private static boolean isFrench(Locale reader) {
        return Locale.FRENCH.getLanguage().equals(reader.getLanguage());
    }

    private static String colon(boolean french) {
        // French typography puts a space before the colon.
        return french ? "\u00a0: " : ": ";
    }

    private static String withheld(@Nullable Withheld withheld, Locale reader) {
        return withheld == null ? "" : "(" + withheld.explanation().in(reader) + ")";
    }

    private static String percent(double share, Locale locale) {
        return String.format(locale, "%.0f", 100 * share) + (locale == Locale.FRANCE ? " %" : "%");
    }

    private static String number(double value, int decimals, Locale locale) {
        return String.format(locale, "%." + decimals + "f", value);
    }
}
