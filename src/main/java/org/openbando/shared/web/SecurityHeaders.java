package org.openbando.shared.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every response of the main port (pages, API, redirects, static files), set just before the
 * headers are written (a header the response already has is kept):
 * <ul>
 * <li>{@code Content-Security-Policy}: scripts of this site only, never inline; styles, fonts and images of this site
 * (fonts and images also as {@code data:} URIs, and inline styles: Bootstrap Italia's stylesheet and script use both),
 * no plugins, forms post only here, and no other site may frame a page ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options} for old browsers).
 * Not on {@code /q/}: the Swagger UI of development runs inline scripts;</li>
 * <li>{@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin};</li>
 * <li>{@code Strict-Transport-Security} when the request came over https (directly, or through a trusted proxy that
 * says so: README, "Behind a TLS proxy");</li>
 * <li>{@code Cache-Control: no-store} on everything but static files: pages show personal data (proposals, the
 * officer's dossiers, the organisation, who is signed in) and the API returns it.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before authentication (priority 200), so that its redirects to the login page carry the headers too. */
    static final int PRIORITY = 250;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    void register(@Observes Filters filters) {
        filters.register(this::add, PRIORITY);
    }

    void add(RoutingContext routing) {
        String path = routing.normalizedPath();
        boolean https = routing.request().isSSL();
        routing.addHeadersEndHandler(ignored -> {
            MultiMap headers = routing.response().headers();
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "Referrer-Policy", "same-origin");
            if (!path.startsWith("/q/")) {
                setIfAbsent(headers, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
                setIfAbsent(headers, "X-Frame-Options", "DENY");
            }
            if (https) {
                setIfAbsent(headers, "Strict-Transport-Security", HSTS);
            }
            if (!isStaticFile(path)) {
                setIfAbsent(headers, "Cache-Control", "no-store");
            }
        });
        routing.next();
    }

    /** Bootstrap Italia (webjar) and the site's own scripts: the same for everybody, cacheable. */
    static boolean isStaticFile(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/js/");
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
