package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openbando.Pdfs;
import org.openbando.document.PdfInspector.Verdict;

class PdfInspectorTest {

    @Test
    void aPdfMadeByPdfBoxIsReadable() {
        PdfInspector.Inspection inspection = PdfInspector.inspect(Pdfs.onePage("Hello"));
        assertThat(inspection.verdict()).isEqualTo(Verdict.READABLE);
        assertThat(inspection.pages()).isEqualTo(1);
    }

    @Test
    void theContentDecidesNotTheName() {
        assertThat(PdfInspector.inspect("plain text".getBytes(StandardCharsets.UTF_8)).verdict())
                .isEqualTo(Verdict.NOT_PDF);
        assertThat(PdfInspector.inspect(new byte[0]).verdict()).isEqualTo(Verdict.EMPTY);
        assertThat(PdfInspector.inspect("%PDF".getBytes(StandardCharsets.US_ASCII)).verdict())
                .isEqualTo(Verdict.NOT_PDF);
        // a PDF whose first bytes are preceded by something else is not accepted either
        byte[] pdf = Pdfs.onePage("Shifted");
        byte[] shifted = new byte[pdf.length + 1];
        shifted[0] = ' ';
        System.arraycopy(pdf, 0, shifted, 1, pdf.length);
        assertThat(PdfInspector.inspect(shifted).verdict()).isEqualTo(Verdict.NOT_PDF);
    }

    @Test
    void aTruncatedOrGarbledPdfIsDamaged() {
        byte[] pdf = Pdfs.onePage("Truncated");
        assertThat(PdfInspector.inspect(Arrays.copyOf(pdf, 40)).readable()).isFalse();
        assertThat(PdfInspector.inspect("%PDF-1.7\nnothing follows".getBytes(StandardCharsets.US_ASCII)).readable())
                .isFalse();
    }

    @Test
    void encryptedPdfsAreRefusedWithOrWithoutAUserPassword() {
        assertThat(PdfInspector.inspect(Pdfs.encrypted("Secret", "user-secret")).verdict())
                .isEqualTo(Verdict.ENCRYPTED);
        assertThat(PdfInspector.inspect(Pdfs.encrypted("Restricted", "")).verdict()).isEqualTo(Verdict.ENCRYPTED);
    }
}
