package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.internal.stats.CronbachAlpha;
import io.elan.mentoring.survey.internal.stats.Interval;
import io.elan.mentoring.survey.internal.stats.Proportions;
import io.elan.mentoring.survey.internal.stats.Quantiles;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.report.ChoiceCount;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.NetPromoterScore;
import io.elan.mentoring.survey.report.NumericSummary;
import io.elan.mentoring.survey.report.RespondentShare;
import io.elan.mentoring.survey.report.ScaleFigures;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a set of rows that the guard has cleared into report figures.
 */
public final class Figures {
    private Figures() {}

    /**
     * @param column the item's answers
     * @param rows the cleared rows, all of which answered the item
     * @param withComments whether free-text answers may be shown
     * @return the item's figures
     */
    public static ItemFigures item(ResponseTable.Column column, BitSet rows, boolean withComments) {
        Item item = column.item();
        ItemKind kind = item.kind();
        int n = rows.cardinality();
        if (kind == ItemKind.FREE_TEXT) {
            return new ItemFigures(n, List.of(), null, null, null, withComments ? column.texts(rows) : List.of());
        }
        long[] counts = column.counts(rows);
        List<ChoiceCount> distribution = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            String value;
            LocalizedText label;
            if (kind.numeric()) {
                value = Integer.toString(kind.min() + i);
                label = item.pointLabels().get(i);
            } else {
                value = item.options().get(i).code();
                label = item.options().get(i).label();
            }
            distribution.add(new ChoiceCount(value, label, counts[i], (double) counts[i] / n));
        }
        if (!kind.numeric()) {
            return new ItemFigures(n, distribution, null, null, null, List.of());
        }
        // A mean or quartiles of yes (1) and no (0) would only restate the share of yes.
        NumericSummary summary = kind == ItemKind.YES_NO ? null : summary(counts, kind.min());
        return new ItemFigures(n, distribution, summary, favourable(counts, kind),
                kind == ItemKind.SCORE_0_10 ? netPromoterScore(counts) : null, List.of());
    }

    /**
     * @param counts counts per point
     * @param min the lowest point
     * @return mean, median and quartiles
     */
    public static NumericSummary summary(long[] counts, int min) {
        double lower = Quantiles.quantile(counts, min, 0.25);
        double upper = Quantiles.quantile(counts, min, 0.75);
        return new NumericSummary(mean(counts, min), Quantiles.quantile(counts, min, 0.5), lower, upper, upper - lower);
    }

    /**
     * @param counts counts per point
     * @param min the lowest point
     * @return the mean
     */
    public static double mean(long[] counts, int min) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (double) counts[i] * (min + i);
            n += counts[i];
        }
        return sum / n;
    }

    /**
     * @param counts counts per point
     * @param kind a numeric kind
     * @return answers at or above the favourable point
     */
    public static long favourableCount(long[] counts, ItemKind kind) {
        long favourable = 0;
        for (int i = kind.favourableFrom() - kind.min(); i < counts.length; i++) {
            favourable += counts[i];
        }
        return favourable;
    }

    private static RespondentShare favourable(long[] counts, ItemKind kind) {
        long n = total(counts);
        long count = favourableCount(counts, kind);
        Interval wilson = Proportions.wilson(count, n, Proportions.Z95);
        return new RespondentShare(count, n, wilson.estimate(), wilson.lower(), wilson.upper());
    }

    private static NetPromoterScore netPromoterScore(long[] counts) {
        long detractors = 0;
        for (int i = 0; i <= 6; i++) {
            detractors += counts[i];
        }
        long passives = counts[7] + counts[8];
        long promoters = counts[9] + counts[10];
        Interval nps = Proportions.netPromoterScore(promoters, detractors, total(counts), Proportions.Z95);
        return new NetPromoterScore(promoters, passives, detractors, nps.estimate(), nps.lower(), nps.upper());
    }

    /**
     * @param columns the scale's items
     * @param rows the cleared rows, all of which answered every item
     * @return Cronbach's alpha and the mean item score
     */
    public static ScaleFigures scale(List<ResponseTable.Column> columns, BitSet rows) {
        int n = rows.cardinality();
        int k = columns.size();
        double[] sum = new double[k];
        double[] sumSquares = new double[k];
        double total = 0;
        double totalSquares = 0;
        for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
            long rowTotal = 0;
            for (int c = 0; c < k; c++) {
                int score = columns.get(c).value(r);
                sum[c] += score;
                sumSquares[c] += (double) score * score;
                rowTotal += score;
            }
            total += rowTotal;
            totalSquares += (double) rowTotal * rowTotal;
        }
        double alpha = CronbachAlpha.fromSums(n, sum, sumSquares, total, totalSquares);
        @Nullable Double shown = Double.isNaN(alpha) ? null : alpha;
        return new ScaleFigures(n, shown, total / ((double) n * k));
    }

    /**
     * @param counts counts
     * @return their sum
     */
    public static long total(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
