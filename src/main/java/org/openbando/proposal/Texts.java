package org.openbando.proposal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sentences of the proposal checks in Italian or English, from {@code org/openbando/proposal/<bundle>_it|en.properties}
 * (MessageFormat patterns). Italian for "it", English for anything else (the API's language).
 */
final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private static final Texts CHECKS_IT = new Texts("checks", Locale.ITALIAN);
    private static final Texts CHECKS_EN = new Texts("checks", Locale.ENGLISH);
    private static final Texts ELIGIBILITY_IT = new Texts("eligibility", Locale.ITALIAN);
    private static final Texts ELIGIBILITY_EN = new Texts("eligibility", Locale.ENGLISH);

    private final ResourceBundle bundle;

    private Texts(String name, Locale language) {
        bundle = ResourceBundle.getBundle("org.openbando.proposal." + name, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static boolean italian(Locale language) {
        return "it".equals(language.getLanguage());
    }

    /** What blocks a draft ({@link DraftChecks}). */
    static Texts checks(Locale language) {
        return italian(language) ? CHECKS_IT : CHECKS_EN;
    }

    /** What the eligibility rules check, and their reasons ({@link EligibilityRules}). */
    static Texts eligibility(Locale language) {
        return italian(language) ? ELIGIBILITY_IT : ELIGIBILITY_EN;
    }

    /** The values go in as text (MessageFormat would group the digits of ids and amounts); days as "30 aprile 2026". */
    String format(String key, Object... values) {
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = values[i] instanceof BigDecimal amount ? amount.toPlainString()
                    : values[i] instanceof LocalDate day ? day.format(DAY.withLocale(bundle.getLocale()))
                    : String.valueOf(values[i]);
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(text);
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
