package io.elan.mentoring.report.internal;

import io.elan.mentoring.report.model.ItemStatistics;
import io.elan.mentoring.report.model.ItemType;
import io.elan.mentoring.report.model.RoleComparison;
import io.elan.mentoring.report.model.ScaleReading;

/**
 * Every statistic the report shows, read in plain words for a programme manager: what the number says and how much
 * to trust it. The cut-offs are the usual published ones, named where they are used. Immutable and thread-safe.
 */
public final class Readings {
    /** The significance level the readings use: a difference is "clear" when p is below it. */
    public static final double ALPHA_LEVEL = 0.05;

    private final Words words;
    private final Numbers numbers;

    /**
     * @param words the report's language
     * @param numbers how numbers are written
     */
    public Readings(Words words, Numbers numbers) {
        this.words = words;
        this.numbers = numbers;
    }

    /**
     * Cronbach's alpha against George and Mallery's rule of thumb (SPSS for Windows Step by Step, 2003): 0.9 and
     * above excellent, 0.8 good, 0.7 acceptable, 0.6 questionable, 0.5 poor, below unacceptable.
     *
     * @param scale a scale's reading in one group, shown
     * @return what its alpha and its mean say
     */
    public String scale(ScaleReading scale) {
        ScaleReading.Figures figures = scale.figures();
        if (figures == null) {
            return words.format("%s — %s%smasqué (%s).", "%s — %s%swithheld (%s).", scale.name(), scale.group(),
                    words.colon(), scale.withheld());
        }
        Double alpha = figures.cronbachAlpha();
        String mean = numbers.decimal(figures.mean(), 1);
        if (alpha == null) {
            return words.format(
                    "%s — %s (%s réponses)%stout le monde a répondu de la même façon, la cohérence ne se mesure "
                            + "pas ; score moyen %s.",
                    "%s — %s (%s answers)%severyone answered alike, so consistency cannot be measured; mean score "
                            + "%s.", scale.name(), scale.group(), numbers.count(figures.respondents()), words.colon(),
                    mean);
        }
        String value = numbers.decimal(alpha, 2);
        String grade;
        if (alpha >= 0.9) {
            grade = words.pick("excellente", "excellent");
        } else if (alpha >= 0.8) {
            grade = words.pick("bonne", "good");
        } else if (alpha >= 0.7) {
            grade = words.pick("acceptable", "acceptable");
        } else if (alpha >= 0.6) {
            grade = words.pick("discutable", "questionable");
        } else if (alpha >= 0.5) {
            grade = words.pick("faible", "poor");
        } else {
            grade = words.pick("insuffisante", "unacceptable");
        }
        String meaning = alpha >= 0.7
                ? words.format("les réponses à ses questions vont dans le même sens, et leur score moyen (%s) se lit "
                                + "comme une seule mesure",
                        "the answers to its questions go together, and their mean score (%s) can be read as one "
                                + "measure", mean)
                : words.format("les réponses à ses questions ne vont pas assez dans le même sens pour être résumées "
                                + "par leur score moyen (%s) : lisez-les question par question",
                        "the answers to its questions do not go together enough to be summed up by their mean "
                                + "score (%s): read them question by question", mean);
        return words.format("%s — %s (%s réponses) : alpha de Cronbach %s, cohérence %s ; %s.",
                "%s — %s (%s answers): Cronbach’s alpha %s, %s consistency; %s.", scale.name(), scale.group(),
                numbers.count(figures.respondents()), value, grade, meaning);
    }

    /**
     * @param question a question or a statement
     * @return it between quotes, without a final full stop, to stand before a colon
     */
    public String quote(String question) {
        String text = question.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return words.format("« %s »", "\u201C%s\u201D", text);
    }

    /**
     * A Mann–Whitney test read against p &lt; 0.05, and the size of the difference by its rank-biserial
     * correlation against Cohen's conventions for r (Statistical Power Analysis for the Behavioral Sciences, 1988):
     * 0.1 small, 0.3 medium, 0.5 large.
     *
     * @param comparison a comparison, shown
     * @return what it says about mentors and mentees
     */
    public String comparison(RoleComparison comparison) {
        RoleComparison.MannWhitney test = comparison.test();
        if (test == null) {
            return words.format("%s%smasqué (%s).", "%s%swithheld (%s).", quote(comparison.question()), words.colon(),
                    comparison.withheld());
        }
        String p = numbers.pValue(test.p());
        String pText = p.startsWith("<") ? "p " + p : "p = " + p;
        String sizes = words.format("%s mentors et %s mentorés", "%s mentors and %s mentees",
                numbers.count(test.mentors()), numbers.count(test.mentees()));
        if (test.p() < ALPHA_LEVEL) {
            double r = Math.abs(test.rankBiserial());
            String size = r >= 0.5 ? words.pick("grand", "large") : r >= 0.3 ? words.pick("moyen", "medium")
                    : r >= 0.1 ? words.pick("petit", "small") : words.pick("négligeable", "negligible");
            String higher = test.rankBiserial() >= 0 ? words.pick("les mentors", "mentors")
                    : words.pick("les mentorés", "mentees");
            return words.format("%s%s%s répondent plus haut (%s ; %s, écart %s, r = %s) : un écart de cette taille "
                            + "n’arriverait par hasard que moins d’une fois sur 20.",
                    "%s%s%s answer higher (%s; %s, %s difference, r = %s): a gap this size would arise by chance "
                            + "less than once in 20.", quote(comparison.question()), words.colon(), higher,
                    sizes, pText, size, numbers.signed(test.rankBiserial(), 2));
        }
        return words.format("%s%spas de différence nette entre mentors et mentorés (%s ; %s) : un écart comme "
                        + "celui-ci peut venir du hasard.",
                "%s%sno clear difference between mentors and mentees (%s; %s): a gap like this one can arise by "
                        + "chance.", quote(comparison.question()), words.colon(), sizes, pText);
    }

    /**
     * The favourable share and its Wilson 95% interval.
     *
     * @param type the item's type, which says what counts as favourable
     * @param favourable the figures
     * @return what they say
     */
    public String favourable(ItemType type, ItemStatistics.Favourable favourable) {
        String which = switch (type) {
            case AGREEMENT -> words.pick("plutôt ou tout à fait d’accord", "agree or strongly agree");
            case SCORE -> words.pick("9 ou 10", "9 or 10");
            default -> words.pick("oui", "yes");
        };
        return words.format("%s de réponses « %s » (%s sur %s) ; compte tenu du nombre de réponses, la part réelle "
                        + "se situe vraisemblablement entre %s et %s (intervalle de confiance à 95 %%).",
                "%s answered \"%s\" (%s of %s); given the number of answers, the true share most likely lies "
                        + "between %s and %s (95%% confidence interval).",
                numbers.percent(favourable.share()), which, numbers.count(favourable.count()),
                numbers.count(favourable.n()), numbers.percent(favourable.lower()),
                numbers.percent(favourable.upper()));
    }

    /**
     * @param nps the net promoter score's figures
     * @return the score and what it is made of
     */
    public String netPromoter(ItemStatistics.NetPromoter nps) {
        long n = nps.promoters() + nps.passives() + nps.detractors();
        double promoters = n == 0 ? 0 : (double) nps.promoters() / n;
        double detractors = n == 0 ? 0 : (double) nps.detractors() / n;
        return words.format("score de recommandation (NPS) %s : %s de promoteurs (9 ou 10) moins %s de "
                        + "détracteurs (0 à 6), sur une échelle de −100 à +100.",
                "net promoter score %s: %s promoters (9 or 10) minus %s detractors (0 to 6), on a scale from −100 "
                        + "to +100.", numbers.signed(nps.score(), 0), numbers.percent(promoters),
                numbers.percent(detractors));
    }

    /**
     * @param mean the mean answer to an agreement item
     * @param points the scale's points
     * @return the mean with what its ends mean
     */
    public String mean(double mean, int points) {
        return words.format("moyenne %s (1 = pas du tout d’accord, %s = tout à fait d’accord)",
                "mean %s (1 = strongly disagree, %s = strongly agree)", numbers.decimal(mean, 1), points);
    }
}
