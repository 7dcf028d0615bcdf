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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I, and user administration. */
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

    public record Me(String username, String displayName, String email, Set<String> roles, String locale,
            ActingOrganization.Summary organization) {
    }

    public record UserView(long id, String username, String displayName, String email, Set<String> roles,
            Long organizationId) {
        static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.displayName, u.email, new TreeSet<>(u.roleSet()), u.organizationId);
        }
    }
}
