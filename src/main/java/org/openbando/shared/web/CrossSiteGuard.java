package org.openbando.shared.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;

/**
 * Requests that change something must come from OpenBando's own pages (docs/adr/0005, "Cross-site requests").
 * quarkus-rest-csrf checks the form token of every page form (a hidden field that must match a cookie); this class adds
 * what it does not cover:
 * <ul>
 * <li>a state-changing request to a page that is not a form is refused with 415 (the token check skips bodies of other
 * types, and a script of a sibling site could post none);</li>
 * <li>a browser's state-changing request sent by a page of another site is refused with 403 {@code cross-site-request}
 * on every path, the API included (its multipart uploads are forms a foreign page could post with cached Basic
 * credentials): {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, or an {@code Origin} whose host
 * is not the request's. Clients that send neither header (API clients, scripts) are not browsers and pass;</li>
 * <li>the login form: Quarkus' form authentication reads {@code POST /j_security_check} before any REST filter, so
 * its token travels in the form's address and is checked here against the cookie, with the same origin check; a
 * refused login goes back to the login page ({@code /login?refused=true});</li>
 * <li>the bare 400 with which quarkus-rest-csrf refuses a form without a valid token gets a problem body (an HTML page
 * for a browser): slug {@code form-token}.</li>
 * </ul>
 */
@ApplicationScoped
public class CrossSiteGuard {

    private static final Logger LOG = Logger.getLogger(CrossSiteGuard.class);

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String LOGIN_REFUSED = "/login?refused=true";

    private final String loginPath;
    private final String tokenField;
    private final String tokenCookie;
    private final Instance<ErrorPage> errorPage;

    public CrossSiteGuard(@ConfigProperty(name = "quarkus.http.auth.form.post-location",
            defaultValue = "/j_security_check") String loginPath,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String tokenField,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String tokenCookie,
            Instance<ErrorPage> errorPage) {
        this.loginPath = loginPath;
        this.tokenField = tokenField;
        this.tokenCookie = tokenCookie;
        this.errorPage = errorPage;
    }

    /** Why a browser's request comes from another site, or null when it does not (or no browser sent it). */
    static String crossSite(HttpServerRequest request) {
        if (SAFE_METHODS.contains(request.method().name())) {
            return null;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return "Sec-Fetch-Site: " + site;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameHost(origin, request.authority())) {
            return "Origin: " + origin;
        }
        return null;
    }

    /**
     * Whether the Origin names the host the request was sent to (its Host header, or the forwarded host behind a
     * trusted proxy). Ports are not compared: a proxy may drop the public port from the Host header it passes on.
     */
    static boolean sameHost(String origin, HostAndPort authority) {
        String host;
        try {
            host = URI.create(origin).getHost(); // null for "null", the origin of sandboxed frames and data: pages
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host != null && authority != null && bare(host).equalsIgnoreCase(bare(authority.host()));
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseCrossSite(ContainerRequestContext context, HttpServerRequest request) {
        String why = crossSite(request);
        if (why != null) {
            LOG.infof("Refused a cross-site %s %s (%s)", request.method(), request.path(), why);
            throw new ProblemException(403, "cross-site-request", "Cross-site request refused",
                    "This request was sent by a page of another site: OpenBando accepts changes only from its own pages",
                    List.of());
        }
        // a page takes forms only: a request without one (a script's empty POST) would skip the form token's check
        MediaType type = context.getMediaType();
        if (!SAFE_METHODS.contains(request.method().name()) && !request.path().startsWith("/api/")
                && (type == null || !isForm(type))) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "A page accepts only its forms (application/x-www-form-urlencoded, multipart/form-data)",
                    List.of());
        }
    }

    private static boolean isForm(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    @ServerResponseFilter
    public void explainFormToken(ContainerRequestContext request, ContainerResponseContext response) {
        // quarkus-rest-csrf aborts with a bare 400; every other 400 of the application has a body
        if (response.getStatus() != 400 || response.hasEntity() || SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String title = "Form expired";
        String detail = "The form did not carry a valid security token (it may have been open too long, or it was not "
                + "sent from OpenBando's pages): reload the page and send it again";
        String path = request.getUriInfo().getPath();
        if (ProblemMappers.wantsPage(path, request.getHeaderString(HttpHeaders.ACCEPT))) {
            response.setEntity(errorPage.get().render(400, title, detail), null, MediaType.TEXT_HTML_TYPE);
        } else {
            response.setEntity(Problem.of(Problem.TYPE_BASE + "form-token", title, 400, detail, path, List.of()),
                    null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    void register(@Observes Filters filters) {
        // after CORS (300), before authentication (200) and the form login (150)
        filters.register(this::guardLogin, SecurityHeaders.PRIORITY);
    }

    void guardLogin(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.method() == HttpMethod.POST && routing.normalizedPath().endsWith(loginPath)) {
            String why = crossSite(request);
            if (why == null && !tokenMatches(routing)) {
                why = "no valid form token";
            }
            if (why != null) {
                LOG.infof("Refused a login (%s)", why);
                routing.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, LOGIN_REFUSED).end();
                return;
            }
        }
        routing.next();
    }

    /** The token in the login form's address against the cookie, as quarkus-rest-csrf compares a form's. */
    private boolean tokenMatches(RoutingContext routing) {
        List<String> tokens = routing.queryParam(tokenField);
        Cookie cookie = routing.request().getCookie(tokenCookie);
        return tokens.size() == 1 && cookie != null && !cookie.getValue().isEmpty()
                && MessageDigest.isEqual(tokens.get(0).getBytes(StandardCharsets.UTF_8),
                        cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }
}
