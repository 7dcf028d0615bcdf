package org.openbando.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;

/** The experts' profiles: officers and administrators manage them, auditors read them, an expert reads their own. */
@Path("/api/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Experts", description = "Experts' profiles: expertise, affiliation (conflict checks), languages, load")
public class ExpertResource {

    private final ExpertProfiles profiles;
    private final CurrentUser currentUser;

    public ExpertResource(ExpertProfiles profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "Every user with the role EVALUATOR, with the profile if any")
    public List<ExpertProfileView> list() {
        return profiles.list(currentUser.username());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "The expert's own profile")
    public ExpertProfileView me() {
        return profiles.get(currentUser.username(), currentUser.username());
    }

    @GET
    @Path("/{username}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.AUDITOR, Role.EVALUATOR})
    @Operation(summary = "An expert's profile (an expert reads only their own)")
    @APIResponse(responseCode = "404", description = "No user with the role EVALUATOR has this username")
    public ExpertProfileView get(@PathParam("username") String username) {
        if (currentUser.hasRole(Role.EVALUATOR) && !currentUser.readsEverything()
                && !username.equals(currentUser.username())) {
            throw org.openbando.shared.ProblemException.notFound("Expert", username);
        }
        return profiles.get(username, currentUser.username());
    }

    @PUT
    @Path("/{username}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Creates or changes an expert's profile (send the version read; none to create)")
    @APIResponse(responseCode = "409", description = "The profile changed since it was read, or the user is an "
            + "officer")
    public ExpertProfileView put(@PathParam("username") String username,
            @NotNull(message = "a JSON body is required") ExpertProfileRequest request) {
        return profiles.save(username, request, currentUser.username());
    }
}
