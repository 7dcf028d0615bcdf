package org.openbando.shared.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final boolean management;

    public PageContext(HttpServerRequest request,
            @ConfigProperty(name = "quarkus.management.enabled", defaultValue = "false") boolean management) {
        this.request = request;
        this.management = management;
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

    /**
     * Whether the API description (Swagger UI) is on this port: not in production, where it moves to the management
     * interface with the metrics, a port that only operators reach (README, "Operations").
     */
    public boolean getApiDescription() {
        return !management;
    }
}
