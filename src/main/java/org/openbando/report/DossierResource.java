package org.openbando.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

/**
 * The dossier of a project for auditors (and administrators): its contents, the ZIP itself (streamed as it is
 * produced) and the verification of a ZIP against its manifest and the hashes the system stored. Reads only: the
 * verification writes nothing (the download records the manifest it issued in the audit trail).
 */
@Path("/api/dossiers")
@Tag(name = "Dossiers", description = "The verifiable dossier of a project (ZIP with a manifest of SHA-256s)")
@RolesAllowed({Role.AUDITOR, Role.ADMIN})
public class DossierResource {

    private final Dossiers dossiers;

    public DossierResource(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GET
    @Path("/{submissionId: \\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the dossier of a submitted project contains: the stored files (snapshot, attachments, "
            + "issued documents, proofs) with the SHA-256 the system stored, the JSON views, and the dossiers issued so "
            + "far with their manifest's SHA-256")
    @APIResponse(responseCode = "404", description = "No such submission")
    public Dossiers.Contents contents(@PathParam("submissionId") long submissionId) {
        return dossiers.contents(submissionId);
    }

    @GET
    @Path("/{submissionId: \\d+}.zip")
    @Produces({Downloads.ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "The dossier of a submitted project as one ZIP, streamed: submission/ (the snapshot as "
            + "stored, the receipt), attachments/, documents/ (every issued document verbatim, the ranking act, "
            + "index.json), eligibility/, evaluation/, ranking/, computations/, funding/, audit/ and manifest.json "
            + "(every file with its size and SHA-256, and the stored SHA-256 a stored file must equal). The manifest's "
            + "SHA-256 is recorded in the audit trail (docs/api.md, \"Dossiers\")")
    @APIResponse(responseCode = "200", description = "The ZIP")
    @APIResponse(responseCode = "404", description = "No such submission")
    public Response zip(@PathParam("submissionId") long submissionId) {
        dossiers.requireKnown(submissionId); // a 404 before the response starts
        StreamingOutput body = out -> dossiers.write(submissionId, out);
        return Downloads.of(body, Downloads.ZIP, "dossier-" + submissionId + ".zip");
    }

    @POST
    @Path("/verification")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verifies a dossier (the ZIP as the request body): each file against the manifest, each "
            + "stored file against the SHA-256 the database holds, and the manifest against the ones this system "
            + "issued; a tampered, missing or extra file is named. Writes nothing")
    @APIResponse(responseCode = "200", description = "The verification, file by file (intact or not)")
    @APIResponse(responseCode = "400", description = "Not a ZIP, or an entry name that is not a relative path")
    @APIResponse(responseCode = "413", description = "Larger than the limit, too many entries, or inflating too much")
    public Dossiers.Verification verify(InputStream body) {
        return dossiers.verify(body);
    }
}
