package org.openbando;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

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

    /**
     * One-page PDFs that carry content a reader runs or opens by itself (finding M14), by what they carry; and one
     * with an ordinary web link, which is not active content.
     */
    public static Map<String, byte[]> active() {
        Map<String, byte[]> made = new java.util.LinkedHashMap<>();
        made.put("JavaScript on opening", with((document, page) -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('opened')"))));
        made.put("a document-level script", with((document, page) -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('init')")));
            names(document).setJavascript(scripts);
        }));
        made.put("a link that launches a program", with((document, page) -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("C:\\Windows\\System32\\calc.exe");
            launch.setFile(program);
            page.getAnnotations().add(link(launch));
        }));
        made.put("an embedded file", with((document, page) -> {
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("tool.exe", fileSpecification(document, "tool.exe")));
            names(document).setEmbeddedFiles(files);
        }));
        made.put("a file attachment annotation", with((document, page) -> {
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
            attachment.setFile(fileSpecification(document, "invoice.pdf.exe"));
            page.getAnnotations().add(attachment);
        }));
        return made;
    }

    /** A one-page PDF with an ordinary web link (a URI action): not active content. */
    public static byte[] withWebLink() {
        return with((document, page) -> {
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.regione.emilia-romagna.it/");
            page.getAnnotations().add(link(uri));
        });
    }

    private static byte[] with(IoChange change) {
        PDDocument document = document("Something more than text");
        try {
            change.apply(document, document.getPage(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document, null);
    }

    private interface IoChange {
        void apply(PDDocument document, PDPage page) throws IOException;
    }

    private static PDDocumentNameDictionary names(PDDocument document) {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            document.getDocumentCatalog().setNames(names);
        }
        return names;
    }

    private static PDAnnotationLink link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 700, 200, 20));
        link.setAction(action);
        return link;
    }

    private static PDComplexFileSpecification fileSpecification(PDDocument document, String name)
            throws IOException {
        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile(name);
        file.setEmbeddedFile(new PDEmbeddedFile(document,
                new java.io.ByteArrayInputStream("MZ not really a program".getBytes(StandardCharsets.US_ASCII))));
        return file;
    }

    /**
     * A decompression bomb (finding H3): a valid one-page PDF 1.5 whose cross-reference stream carries {@code mib} MiB
     * of zeros after its entries, inside its Flate data. 1024 MiB make a file of about 1 MB. Built fast: after a full
     * flush the compressor starts afresh, so one compressed MiB of zeros is repeated; the Adler-32 of the whole, written
     * at the end, follows from the entries' (zeros leave its sum a alone and add a to b once each).
     */
    public static byte[] bomb(int mib) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeAscii(out, "%PDF-1.5\n%\u00e2\u00e3\n");
        List<Integer> offsets = new ArrayList<>();
        for (String object : List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")) {
            offsets.add(out.size());
            writeAscii(out, (offsets.size()) + " 0 obj\n" + object + "\nendobj\n");
        }
        int xref = out.size();
        offsets.add(xref);
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        rows.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 255}); // object 0: free; W [1 4 1]
        for (int offset : offsets) {
            rows.writeBytes(new byte[] {1, (byte) (offset >>> 24), (byte) (offset >>> 16), (byte) (offset >>> 8),
                    (byte) offset, 0});
        }
        Deflater deflater = new Deflater(9);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(deflate(deflater, rows.toByteArray(), Deflater.FULL_FLUSH));
        byte[] chunk = deflate(deflater, new byte[1 << 20], Deflater.FULL_FLUSH);
        for (int i = 0; i < mib; i++) {
            data.writeBytes(chunk);
        }
        deflater.finish();
        byte[] tail = deflate(deflater, new byte[0], Deflater.NO_FLUSH);
        deflater.end();
        Adler32 adler = new Adler32();
        adler.update(rows.toByteArray());
        long a = adler.getValue() & 0xFFFF;
        long b = ((adler.getValue() >>> 16) + a * ((long) mib << 20)) % 65521;
        long sum = b << 16 | a;
        tail[tail.length - 4] = (byte) (sum >>> 24);
        tail[tail.length - 3] = (byte) (sum >>> 16);
        tail[tail.length - 2] = (byte) (sum >>> 8);
        tail[tail.length - 1] = (byte) sum;
        data.writeBytes(tail);
        writeAscii(out, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 1] /Root 1 0 R /Filter /FlateDecode /Length "
                + data.size() + " >>\nstream\n");
        out.writeBytes(data.toByteArray());
        writeAscii(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
            if (deflater.finished() || (n < buffer.length && deflater.needsInput())) {
                return out.toByteArray();
            }
        }
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
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
