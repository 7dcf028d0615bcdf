package org.openbando.proposal;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.identity.Role;

@Path("/api/proposals/{id}/attachments")
@Tag(name = "Attachments", description = "PDF attachments of proposals (the Line B cluster attestation and others)")
public class AttachmentResource {

    private final AttachmentService attachments;

    public AttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Upload a PDF to a draft (multipart: file, kind); checked by content, stored with its SHA-256")
    @APIResponse(responseCode = "201", description = "The attachment's metadata")
    @APIResponse(responseCode = "409", description = "Not a draft, the attestation is already there, too many attachments")
    @APIResponse(responseCode = "413", description = "Larger than openbando.attachments.max-size")
    @APIResponse(responseCode = "422", description = "Not a readable PDF: not a PDF by content, damaged, encrypted")
    public Response upload(@PathParam("id") long id, @RestForm("file") @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("kind") @Schema(enumeration = {"CLUSTER_ATTESTATION", "OTHER"}) String kind) {
        AttachmentView view = attachments.upload(id, PdfResponses.request(file, kind));
        return Response.created(URI.create("/api/proposals/" + id + "/attachments/" + view.id())).entity(view)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The attachments the proposal has now (metadata only)")
    public List<AttachmentView> list(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @GET
    @Path("/{attachmentId}")
    @Authenticated
    @Operation(summary = "Download an attachment: the PDF as stored; ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = AttachmentService.PDF, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return PdfResponses.file(attachments.download(id, attachmentId));
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The proposal is not a draft")
    public Response delete(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.delete(id, attachmentId);
        return Response.noContent().build();
    }
}
