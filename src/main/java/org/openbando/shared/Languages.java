package org.openbando.shared;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The application speaks Italian (the default) and English: the one test of which a reader gets. */
public final class Languages {

    private Languages() {
    }

    /** Italian for "it", English for anything else. */
    public static boolean isItalian(Locale language) {
        return language != null && "it".equals(language.getLanguage());
    }

    /** "it" or "en" for a language tag or a stored user preference; Italian when unknown. */
    public static String code(String language) {
        return "en".equals(language) ? "en" : "it";
    }

    /** Italian or English, as {@link #isItalian} decides: the locale that texts, amounts and days are written in. */
    public static Locale of(Locale language) {
        return isItalian(language) ? Locale.ITALIAN : Locale.ENGLISH;
    }

    /**
     * A feature's message bundle (a {@code @MessageBundle} interface such as {@code ProposalTexts}) in Italian or
     * English, as {@link #isItalian} decides: for sentences written in Java in a language chosen at run time (the
     * checks of a draft, the reasons of the eligibility rules, which are stored in both languages).
     */
    public static <T> T texts(Class<T> bundle, Locale language) {
        return MessageBundles.get(bundle, Localized.Literal.of(isItalian(language) ? "it" : "en"));
    }
}
