package org.openbando.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.openbando.shared.PublicApi;

/**
 * Tells whether some bytes are a PDF that anybody can open, judged by the content and never by a file name: it must
 * start with {@code %PDF-}, PDFBox must open it without a password, it must not be encrypted (not even with an empty
 * user password, which still lets its author restrict printing or copying), and it must have at least one page.
 * Pure and thread-safe; the bytes are parsed in memory.
 */
@PublicApi
public final class PdfInspector {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfInspector() {
    }

    /** Why a file is not accepted as a readable PDF, or {@code READABLE}. */
    public enum Verdict {
        READABLE, EMPTY, NOT_PDF, DAMAGED, ENCRYPTED, NO_PAGES
    }

    /** The verdict and, for a readable PDF, its number of pages. */
    public record Inspection(Verdict verdict, int pages) {

        public boolean readable() {
            return verdict == Verdict.READABLE;
        }
    }

    public static Inspection inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Inspection(Verdict.EMPTY, 0);
        }
        if (bytes.length < HEADER.length || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return new Inspection(Verdict.NOT_PDF, 0);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                return new Inspection(Verdict.ENCRYPTED, 0);
            }
            int pages = document.getNumberOfPages();
            return pages > 0 ? new Inspection(Verdict.READABLE, pages) : new Inspection(Verdict.NO_PAGES, 0);
        } catch (InvalidPasswordException e) {
            return new Inspection(Verdict.ENCRYPTED, 0);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports broken files with IOExceptions, and some malformed structures with runtime exceptions
            // (or a deep recursion): all of them mean the file cannot be read
            return new Inspection(Verdict.DAMAGED, 0);
        }
    }
}
