package org.openbando.identity;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I, my password, and user administration. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class IdentityResource {

    private final CurrentUser currentUser;
    private final UserService users;
    private final Instance<ActingOrganization> organizations;

    public IdentityResource(CurrentUser currentUser, UserService users, Instance<ActingOrganization> organizations) {
        this.currentUser = currentUser;
        this.users = users;
        this.organizations = organizations;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The caller: username, roles and, for applicants, the organisation they act for")
    public Me me() {
        AppUser user = currentUser.user().orElseThrow();
        ActingOrganization.Summary organization = user.organizationId == null ? null
                : organizations.get().describe(user.organizationId).orElse(null);
        return new Me(user.username, user.displayName, user.email, new TreeSet<>(user.roleSet()), user.locale,
                organization);
    }

    @GET
    @Path("/users")
    @RolesAllowed({Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "All users (administrators and auditors)")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("/users/{id}")
    @RolesAllowed({Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "One user (administrators and auditors)")
    public UserView get(@jakarta.ws.rs.PathParam("id") long id) {
        return UserView.of(users.get(id));
    }

    @POST
    @Path("/users")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create a user (administrators)")
    public Response create(@Valid @NotNull(message = "a JSON body is required") UserService.NewUser request) {
        AppUser user = users.create(currentUser.username(), request);
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @Operation(summary = "Change the caller's password (the current one and a new one); every session of the caller"
            + " ends (the caller's login cookies stop working)")
    public Response changePassword(
            @Valid @NotNull(message = "a JSON body is required") UserService.PasswordChange request) {
        users.changePassword(currentUser.username(), request);
        return Response.noContent().build();
    }

    @POST
    @Path("/users/{id}/disable")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Disable a user, with a reason (administrators): they can no longer log in, their sessions"
            + " end")
    public UserView disable(@jakarta.ws.rs.PathParam("id") long id,
            @NotNull(message = "a JSON body is required") UserService.StatusChange request) {
        return UserView.of(users.setDisabled(currentUser.username(), id, true, request));
    }

    @POST
    @Path("/users/{id}/enable")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Enable a disabled user again, with a reason (administrators)")
    public UserView enable(@jakarta.ws.rs.PathParam("id") long id,
            @NotNull(message = "a JSON body is required") UserService.StatusChange request) {
        return UserView.of(users.setDisabled(currentUser.username(), id, false, request));
    }

    public record Me(String username, String displayName, String email, Set<String> roles, String locale,
            ActingOrganization.Summary organization) {
    }

    /** A user as administrators and auditors see it; {@code disabledAt} is set while the user is disabled. */
    public record UserView(long id, String username, String displayName, String email, Set<String> roles,
            Long organizationId, Instant disabledAt) {
        static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.displayName, u.email, new TreeSet<>(u.roleSet()), u.organizationId,
                    u.disabledAt);
        }
    }
}
