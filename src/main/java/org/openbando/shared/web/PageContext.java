package org.openbando.shared.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.openbando.shared.Languages;

/**
 * The page being rendered: its language (Italian unless the visitor chose English with the language switch, which
 * sets the {@code lang} cookie) and its path. Templates read it as {@code inject:page}.
 */
@RequestScoped
@Named("page")
public class PageContext {

    public static final String LANG_COOKIE = "lang";

    private final HttpServerRequest request;

    public PageContext(HttpServerRequest request) {
        this.request = request;
    }

    public String getLang() {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        return Languages.code(cookie == null ? null : cookie.getValue());
    }

    public Locale locale() {
        return Locale.forLanguageTag(getLang());
    }

    public String getPath() {
        return request.path();
    }
}
