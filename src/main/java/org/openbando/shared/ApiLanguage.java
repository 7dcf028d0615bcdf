package org.openbando.shared;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of the API's sentences: Italian when the client prefers it (Accept-Language), English otherwise. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("it") || l.getLanguage().equals("en"))
                .findFirst().orElse(Locale.ENGLISH);
    }
}
