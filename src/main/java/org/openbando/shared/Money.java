package org.openbando.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money is EUR in {@link BigDecimal}, shown with cents and grouping in the reader's language: 310.000,00 (it),
 * 310,000.00 (en). Shown amounts are rounded half up to the cent; stored amounts are never rounded by showing them.
 */
public final class Money {

    private Money() {
    }

    public static String format(BigDecimal amount, Locale language) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Languages.isItalian(language) ? Locale.ITALIAN
                : Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
