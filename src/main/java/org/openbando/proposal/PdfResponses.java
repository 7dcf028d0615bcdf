package org.openbando.proposal;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.document.DocumentFile;
import org.openbando.shared.PublicApi;

/**
 * The web side of a proposal's PDFs, for the API and every page alike: an uploaded file as an attachment request, and
 * a stored PDF (an attachment or an issued document) as a download whose ETag is its SHA-256.
 */
@PublicApi
public final class PdfResponses {

    private PdfResponses() {
    }

    public static AttachmentService.NewAttachment request(FileUpload file, String kind) {
        return new AttachmentService.NewAttachment(kind, file == null ? null : file.fileName(),
                file == null ? null : file.uploadedFile());
    }

    /** The PDF as a download, for the API and the pages alike. */
    public static Response file(AttachmentService.Download download) {
        AttachmentView a = download.attachment();
        return pdf(download.content(), a.fileName(), a.sha256());
    }

    /** A stored PDF as a download (attachments and issued documents alike): its SHA-256 is the ETag. */
    public static Response pdf(byte[] content, String fileName, String sha256) {
        return Response.ok(content, AttachmentService.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentNames.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .tag(new EntityTag(sha256)).build();
    }

    /** An issued document (receipt, request, notice, decision) as a download. */
    public static Response pdf(DocumentFile document) {
        return pdf(document.content(), document.fileName(), document.sha256());
    }
}
