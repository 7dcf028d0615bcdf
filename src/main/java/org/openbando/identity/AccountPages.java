package org.openbando.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The user's own account: changing the password (as {@code POST /api/me/password} does). A new password ends every
 * session of the user, this one too: the page says so and the browser drops its cookie.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPages {

    /** The page's template, checked at build time: {@code templates/account-password.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param errors  the message under each input, by input name ({@code form}: about the whole form)
         * @param changed the password was changed: the page says to log in again
         */
        static native TemplateInstance accountPassword(Map<String, String> errors, boolean changed);
    }

    private final UserService users;
    private final CurrentUser currentUser;
    private final Pages pages;
    private final String cookieName;

    public AccountPages(UserService users, CurrentUser currentUser, Pages pages,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.users = users;
        this.currentUser = currentUser;
        this.pages = pages;
        this.cookieName = cookieName;
    }

    @GET
    @Path("/password")
    public String passwordForm() {
        return pages.render(Templates.accountPassword(Map.of(), false));
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String current = values.get("currentPassword");
        String next = values.get("newPassword");
        if (current == null) {
            errors.put("currentPassword", "is required");
        }
        if (next == null) {
            errors.put("newPassword", "is required");
        } else if (!next.equals(values.get("confirmation"))) {
            errors.put("confirmation", "does not repeat the new password");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(pages.render(Templates.accountPassword(errors, false))).build();
        }
        try {
            users.changePassword(currentUser.username(), new UserService.PasswordChange(current, next));
        } catch (ProblemException problem) {
            problem.errors().forEach(e -> errors.put(e.field(), e.message()));
            if (errors.isEmpty()) {
                errors.put("form", problem.getMessage());
            }
            return Response.status(problem.status()).entity(pages.render(Templates.accountPassword(errors, false)))
                    .build();
        }
        NewCookie ended = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).build();
        return Response.ok(pages.render(Templates.accountPassword(Map.of(), true))).cookie(ended).build();
    }
}
