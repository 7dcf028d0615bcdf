package org.openbando.shared;

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
}
