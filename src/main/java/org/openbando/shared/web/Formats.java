package org.openbando.shared.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Money;

/** Formats for the pages in the page's language: {@code amount.eur}, {@code number.num}, {@code instant.datetime}. */
@TemplateExtension
public class Formats {

    private Formats() {
    }

    /** Money with cents and grouping: 35.000.000,00 (it) / 35,000,000.00 (en). */
    static String eur(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Money.format(amount, of(locale));
    }

    /** A number with up to two decimals. */
    static String num(BigDecimal number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    /** Date and time in Rome, e.g. 30 apr 2026, 13:00. */
    static String datetime(ZonedDateTime instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : instant.withZoneSameInstant(ClockProducer.ROME)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(of(locale)));
    }

    /** An instant in Rome, with seconds and milliseconds (receipt times). */
    static String datetime(java.time.Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : instant.atZone(ClockProducer.ROME)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss.SSS", of(locale)));
    }

    /**
     * The last day of a term that ends when a day begins in Rome (the application's terms): a term ending at 00:00
     * of 14 March is shown as 13 March, the day by whose end the answer is due.
     */
    static String lastDay(java.time.Instant termEnd, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return termEnd == null ? "" : day(ClockProducer.lastDayOf(termEnd), locale);
    }

    static String day(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(of(locale)));
    }

    private static Locale of(Object locale) {
        return locale instanceof Locale l ? l : Locale.ITALIAN;
    }
}
