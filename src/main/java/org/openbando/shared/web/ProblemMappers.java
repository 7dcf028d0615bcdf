package org.openbando.shared.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbando.shared.JsonLimits;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Sql;
import org.openbando.shared.Validation;

/**
 * Renders every error as RFC 9457 {@code application/problem+json}: a stable {@code type}, a {@code title}, the
 * {@code status}, a human {@code detail} and, for validation errors, the offending fields. No stack trace leaves the
 * server; an unexpected error is logged with an id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Pages (outside /api) asked for by a browser get an HTML page with the same title and detail. */
    @Inject
    Instance<ErrorPage> errorPage;
    @Inject
    Instance<HttpServerRequest> request;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
        if (e.retryAfter().isEmpty()) {
            return response;
        }
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfter().getAsInt()).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldViolation> errors = Validation.toFieldViolations(e.getConstraintViolations());
        return respond(400, "validation", "Invalid request", ProblemException.detail(errors), uri, errors);
    }

    /** Quarkus' own subtype for resource-method validation; mapped here so that it is not rendered as its report. */
    @ServerExceptionMapper
    public Response resourceViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return unreadableField(mapping, uri);
        }
        if (e instanceof StreamConstraintsException limit) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body " + limitOf(limit), uri,
                    List.of());
        }
        return respond(400, "malformed-json", "Malformed JSON", "The request body cannot be read as JSON", uri, List.of());
    }

    /** A limit of the parser ({@link org.openbando.shared.InputLimits}) as a sentence, without Jackson's names. */
    private static String limitOf(StreamConstraintsException e) {
        return "breaks a limit: " + e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    }

    private Response unreadableField(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String message = e instanceof JsonLimits.LimitExceeded ? e.getOriginalMessage()
                : e.getCause() instanceof StreamConstraintsException limit ? limitOf(limit)
                : target != null ? "cannot be read as " + describe(target) : "has an unexpected value";
        if (field.isEmpty()) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body " + message, uri, List.of());
        }
        return respond(400, "validation", "Invalid request", field + ": " + message, uri,
                List.of(new Problem.FieldViolation(field, message)));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(values);
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal", "Integer", "int", "Long", "long" -> "a number";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "an ISO-8601 instant such as 2026-03-31T12:00:00+02:00";
            case "LocalDate" -> "an ISO-8601 date such as 2026-03-31";
            case "Boolean", "boolean" -> "true or false";
            default -> "a " + type.getSimpleName();
        };
    }

    /**
     * 401 with a Basic challenge for API clients; without one for a browser ({@code Sec-Fetch-Mode} sent, or HTML
     * asked for): a challenge would make it ask for a password and keep sending it to /api/, where a form of another
     * site could then post with it (docs/adr/0005, "Cross-site requests").
     */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        Response r = respond(401, "unauthenticated", "Authentication required",
                "Send HTTP Basic credentials of an OpenBando user", uri, List.of());
        HttpServerRequest browser = request.get();
        String accept = browser.getHeader(HttpHeaders.ACCEPT);
        if (browser.getHeader("Sec-Fetch-Mode") != null || accept != null && accept.contains(MediaType.TEXT_HTML)) {
            return r;
        }
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OpenBando\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleWrite(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleWrite(uri);
    }

    private Response staleWrite(UriInfo uri) {
        return respond(409, "stale-version", "Conflict",
                "Someone else changed this object while you were editing it: reload it and apply your change again",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonParseException parse ? malformedJson(parse, uri) : unreadableJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 406 -> "This resource cannot produce the requested media type";
            case 415 -> "This media type is not supported here: send application/json (uploads: multipart/form-data)";
            default -> e.getMessage();
        };
        return respond(status, slugOf(title), title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleWrite(uri);
            }
            cause = cause.getCause();
        }
        if (Sql.isUniqueViolation(e)) {
            // a check-then-insert race lost to a concurrent request (the feature's own check saw nothing yet)
            return respond(409, "already-exists", "Conflict", "Another request stored the same unique value at the "
                    + "same moment: nothing was changed; reload and check", uri, List.of());
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return respond(500, "internal", "Internal error",
                "Something went wrong on our side. What you sent may have been stored or not (the failure can come"
                        + " after the commit): reload and check before sending it again; a submission is sent again"
                        + " with the same Idempotency-Key. Quote error id " + id + " to support.",
                uri, List.of());
    }

    private static String slugOf(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** A browser asking for a page (outside /api) gets errors as an HTML page. */
    static boolean wantsPage(String path, String accept) {
        return !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML);
    }

    Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldViolation> errors) {
        if (wantsPage(uri.getPath(), request.get().getHeader(HttpHeaders.ACCEPT))) {
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                    .entity(errorPage.get().render(status, title, detail)).build();
        }
        Problem body = Problem.of(Problem.TYPE_BASE + slug, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
