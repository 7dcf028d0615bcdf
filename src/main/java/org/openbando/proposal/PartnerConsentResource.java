package org.openbando.proposal;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partners confirm their participation in a consortium before submission")
public class PartnerConsentResource {

    private final PartnerConsents consents;

    public PartnerConsentResource(PartnerConsents consents) {
        this.consents = consents;
    }

    @GET
    @Path("/invitations")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The proposals that name the caller's organisation as partner: title, acronym, call, line, "
            + "lead, its role and budget lines, and its confirmation")
    public List<PartnerConsents.Invitation> invitations() {
        return consents.invitations();
    }

    @GET
    @Path("/{id}/consent")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The invitation of this proposal to the caller's organisation")
    @APIResponse(responseCode = "404", description = "The proposal does not name the caller's organisation as partner")
    public PartnerConsents.Invitation invitation(@PathParam("id") long id) {
        return consents.invitation(id);
    }

    @POST
    @Path("/{id}/consent")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The caller's organisation confirms its participation (its legal representative, while the "
            + "proposal is a draft); confirming again changes nothing")
    @APIResponse(responseCode = "404", description = "The proposal does not name the caller's organisation as partner")
    @APIResponse(responseCode = "409", description = "The proposal is no longer a draft")
    public PartnerConsents.Invitation confirm(@PathParam("id") long id) {
        return consents.confirm(id);
    }

    @DELETE
    @Path("/{id}/consent")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The caller's organisation withdraws its confirmation, only before submission")
    @APIResponse(responseCode = "404", description = "The proposal does not name the caller's organisation as partner")
    @APIResponse(responseCode = "409", description = "consent-final: the proposal is no longer a draft")
    public PartnerConsents.Invitation withdraw(@PathParam("id") long id) {
        return consents.withdraw(id);
    }

    @GET
    @Path("/{id}/partners")
    @Authenticated
    @Operation(summary = "The partners of a proposal and who has confirmed (the lead, officers, auditors)")
    @APIResponse(responseCode = "404", description = "The caller may not read the proposal")
    public List<PartnerConsents.PartnerState> partners(@PathParam("id") long id) {
        return consents.partners(id);
    }
}
