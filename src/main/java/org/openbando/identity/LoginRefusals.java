package org.openbando.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbando.shared.Languages;
import org.openbando.shared.Problem;
import org.openbando.shared.web.PageContext;

/**
 * Answers a {@link LoginRefused}: 429 or 503 with {@code Retry-After}, as a problem to API clients and as a page to a
 * browser (the login form's post). Password checks run during authentication, before any resource method, so the
 * refusal is answered by a route failure handler; a password change refused the same way comes through a resource
 * method and is mapped here too.
 */
@ApplicationScoped
public class LoginRefusals {

    /** The page, standalone: it is rendered outside a resource method, where the layout's user lookup is not. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance loginRefused(String lang, int status, long seconds);
    }

    private final ObjectMapper json;

    public LoginRefusals(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        LoginRefused refused = refusal(context.failure());
        if (refused == null || context.response().headWritten()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        boolean page = !request.path().startsWith("/api/") && wantsHtml(request.getHeader(HttpHeaders.ACCEPT));
        context.response().setStatusCode(refused.status())
                .putHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()))
                .putHeader(HttpHeaders.CONTENT_TYPE, page ? MediaType.TEXT_HTML + ";charset=UTF-8" : Problem.MEDIA_TYPE)
                .end(page ? page(request, refused) : problem(refused, request.path()));
    }

    @ServerExceptionMapper
    public Response map(LoginRefused refused, HttpServerRequest request) {
        boolean page = !request.path().startsWith("/api/") && wantsHtml(request.getHeader(HttpHeaders.ACCEPT));
        return Response.status(refused.status()).header("Retry-After", refused.retryAfterSeconds())
                .type(page ? MediaType.TEXT_HTML + ";charset=UTF-8" : Problem.MEDIA_TYPE)
                .entity(page ? page(request, refused) : problem(refused, request.path())).build();
    }

    private static LoginRefused refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LoginRefused refused) {
                return refused;
            }
        }
        return null;
    }

    private static boolean wantsHtml(String accept) {
        return accept != null && accept.contains(MediaType.TEXT_HTML);
    }

    private String problem(LoginRefused refused, String path) {
        String title = refused.status() == 429 ? "Too many failed logins" : "Too many logins at once";
        try {
            return json.writeValueAsString(Problem.of(Problem.TYPE_BASE + refused.slug(), title, refused.status(),
                    refused.getMessage(), path, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always written as JSON", e);
        }
    }

    private static String page(HttpServerRequest request, LoginRefused refused) {
        Cookie lang = request.getCookie(PageContext.LANG_COOKIE);
        String code = Languages.code(lang == null ? null : lang.getValue());
        return Templates.loginRefused(code, refused.status(), refused.retryAfterSeconds())
                .setLocale(Locale.forLanguageTag(code)).render();
    }
}
