package org.openbando.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Languages;

/**
 * How a document writes amounts and times in its language: euros with cents and grouping, dates and times in
 * Europe/Rome. The templates call it as {@code f.money(...)}, {@code f.millis(...)}, {@code f.minutes(...)},
 * {@code f.date(...)}. Immutable and thread-safe apart from {@link DecimalFormat}, which is created per call.
 */
public final class DocumentFormat {

    private final Locale locale;
    private final DocumentTexts texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter minutes;
    private final DateTimeFormatter millis;
    private final DateTimeFormatter shortDate;

    DocumentFormat(Locale locale, DocumentTexts texts) {
        this.locale = locale;
        this.texts = texts;
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.minutes = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.shortDate = DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
        this.millis = DateTimeFormatter.ofPattern(Languages.isItalian(locale) ? "HH:mm:ss,SSS" : "HH:mm:ss.SSS",
                locale);
    }

    /** Euros with cents and grouping: {@code 1.234.567,89 €} (it), {@code €1,234,567.89} (en); empty for null. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return texts.not_stated();
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return texts.money(format.format(amount.setScale(2, RoundingMode.HALF_UP)));
    }

    /** A score or a total: up to two decimals, without trailing zeros ({@code 7,5} in Italian, {@code 7.5} in English). */
    public String score(BigDecimal value) {
        if (value == null) {
            return texts.not_stated();
        }
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** An instant to the millisecond in Rome, with its UTC offset: receipt times. */
    public String millis(Instant instant) {
        if (instant == null) {
            return texts.not_stated();
        }
        ZonedDateTime rome = instant.atZone(ClockProducer.ROME);
        String offset = rome.getOffset().getId();
        return texts.instant_millis(rome.format(date), rome.format(millis), "Z".equals(offset) ? "+00:00" : offset);
    }

    /**
     * An instant to the millisecond in Rome, short, for a table's cells: {@code 30/04/2026 12:59:58,123} (it),
     * {@code 30/04/2026 12:59:58.123} (en); the text around it says "Rome time".
     */
    public String shortMillis(Instant instant) {
        if (instant == null) {
            return texts.not_stated();
        }
        return instant.atZone(ClockProducer.ROME).format(shortDate) + " " + instant.atZone(ClockProducer.ROME)
                .format(millis);
    }

    /** An instant to the minute in Rome: terms and decision times. */
    public String minutes(Instant instant) {
        if (instant == null) {
            return texts.not_stated();
        }
        ZonedDateTime rome = instant.atZone(ClockProducer.ROME);
        return texts.instant_minutes(rome.format(date), rome.format(minutes));
    }

    /** The last day of a term that ends when a day begins in Rome: the day by whose end the answer is due. */
    public String lastDay(Instant termEnd) {
        return termEnd == null ? texts.not_stated() : date(ClockProducer.lastDayOf(termEnd));
    }

    public String date(LocalDate day) {
        return day == null ? texts.not_stated() : day.format(date);
    }

    /** A plain value, or "not stated". */
    public String orNotStated(Object value) {
        return value == null || value.toString().isBlank() ? texts.not_stated() : value.toString();
    }
}
