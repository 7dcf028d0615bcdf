package org.openbando;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDF bytes for attachment tests, made with PDFBox, and the multipart upload the API takes. */
public final class Pdfs {

    private Pdfs() {
    }

    /** A one-page PDF with a line of text. */
    public static byte[] onePage(String text) {
        return save(document(text), null);
    }

    /** A one-page PDF encrypted with the given user password (empty: opens without one, but is still encrypted). */
    public static byte[] encrypted(String text, String userPassword) {
        PDDocument document = document(text);
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document, null);
    }

    /** A valid one-page PDF of exactly the given size: an uncompressed stream of random bytes makes up the weight. */
    public static byte[] ofSize(long size) {
        long padding = Math.max(0, size - onePagePadded(0).length);
        for (int attempt = 0; attempt < 5; attempt++) {
            byte[] pdf = onePagePadded(padding);
            if (pdf.length == size) {
                return pdf;
            }
            padding += size - pdf.length;
        }
        throw new IllegalStateException("cannot make a PDF of exactly " + size + " bytes");
    }

    private static byte[] onePagePadded(long padding) {
        PDDocument document = document("A heavy attachment");
        try {
            PDStream stream = new PDStream(document);
            byte[] bytes = new byte[(int) padding];
            new Random(42).nextBytes(bytes);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(bytes);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Padding"), stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document, CompressParameters.NO_COMPRESSION);
    }

    private static PDDocument document(String text) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static byte[] save(PDDocument document, CompressParameters compression) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (compression == null) {
                document.save(out);
            } else {
                document.save(out, compression);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST /api/proposals/{id}/attachments as the user, with the parts given (a null part is left out). */
    public static Response upload(String user, long proposalId, String kind, String fileName, byte[] content) {
        var request = Api.uploadAs(user);
        if (kind != null) {
            request = request.multiPart("kind", kind);
        }
        if (content != null) {
            request = request.multiPart("file", fileName, content, "application/pdf");
        }
        return request.post("/api/proposals/" + proposalId + "/attachments");
    }
}
