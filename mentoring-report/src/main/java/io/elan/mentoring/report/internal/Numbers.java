package io.elan.mentoring.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report's reader writes them: in French a decimal comma, a narrow no-break space between thousands
 * and before {@code %}; in English a decimal point, a comma between thousands and no space before {@code %}. Halves
 * round up, as people round by hand. Immutable and thread-safe: every call builds its own formatter.
 */
public final class Numbers {
    private final boolean french;

    /** @param words the report's language */
    public Numbers(Words words) {
        this.french = words.french();
    }

    /**
     * @param value a count
     * @return it with thousands grouped
     */
    public String count(long value) {
        return format(BigDecimal.valueOf(value), 0, true);
    }

    /**
     * @param value a number
     * @param digits how many decimals to show, exactly
     * @return it rounded half up, thousands grouped
     */
    public String decimal(double value, int digits) {
        return format(BigDecimal.valueOf(value), digits, true);
    }

    /**
     * @param share a share, 0 to 1
     * @return it as a whole percentage, such as {@code 52 %} in French
     */
    public String percent(double share) {
        return percent(share, 0);
    }

    /**
     * @param share a share, 0 to 1
     * @param digits how many decimals to show
     * @return it as a percentage
     */
    public String percent(double share, int digits) {
        return format(BigDecimal.valueOf(share).movePointRight(2), digits, true) + percentSign();
    }

    /** @return what follows a percentage's number: a narrow no-break space and {@code %} in French */
    public String percentSign() {
        return french ? Words.NARROW_NBSP + "%" : "%";
    }

    /**
     * @param value a number that may be negative, such as a net promoter score or a correlation
     * @param digits how many decimals to show
     * @return it with its sign, {@code +} included
     */
    public String signed(double value, int digits) {
        String text = decimal(value, digits);
        boolean zero = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).signum() == 0;
        return text.startsWith("-") || zero ? text : "+" + text;
    }

    /**
     * @param p a p-value
     * @return it with three decimals, or "below 0.001" written as {@code < 0,001}
     */
    public String pValue(double p) {
        return p < 0.001 ? "< " + decimal(0.001, 3) : decimal(p, 3);
    }

    /**
     * For exports: every digit the number has, the language's decimal separator and no grouping, so that a spreadsheet
     * in that language reads it back exactly.
     *
     * @param value a number
     * @return it in full
     */
    public String exact(double value) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return french ? plain.replace('.', ',') : plain;
    }

    private String format(BigDecimal value, int digits, boolean grouped) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(french ? ',' : '.');
        symbols.setGroupingSeparator(french ? Words.NARROW_NBSP : ',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        format.setGroupingUsed(grouped);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") || text.matches("-0[.,]0+") ? text.substring(1) : text;
    }
}
