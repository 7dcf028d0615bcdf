package org.openbando.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentences that are computed, stored or sent in a language chosen at run time (the checks of a draft, the reasons of
 * the eligibility rules, which are stored in both languages): a feature's {@code <bundle>_it|en.properties} next to
 * its classes, as MessageFormat patterns. Italian for "it", English for anything else (the API's language). Amounts
 * are written as money ({@link Money}), days as "30 aprile 2026".
 */
public final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final Map<String, Texts> LOADED = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private Texts(String baseName, Locale language) {
        bundle = ResourceBundle.getBundle(baseName, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle {@code baseName} (e.g. {@code org.openbando.proposal.checks}) in Italian or English. */
    public static Texts of(String baseName, Locale language) {
        Locale locale = Languages.isItalian(language) ? Locale.ITALIAN : Locale.ENGLISH;
        return LOADED.computeIfAbsent(baseName + "_" + locale.getLanguage(), k -> new Texts(baseName, locale));
    }

    /** The values go in as text (MessageFormat would group the digits of ids): amounts as money, days in words. */
    public String format(String key, Object... values) {
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = values[i] instanceof BigDecimal amount ? Money.format(amount, bundle.getLocale())
                    : values[i] instanceof LocalDate day ? day.format(DAY.withLocale(bundle.getLocale()))
                    : String.valueOf(values[i]);
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(text);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
