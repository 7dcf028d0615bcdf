package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import org.junit.jupiter.api.Test;
import org.openbando.Pdfs;
import org.openbando.document.PdfInspector.ActiveContent;
import org.openbando.document.PdfInspector.Verdict;

class PdfInspectorTest {

    static final PdfInspector.Limits LIMITS = new PdfInspector.Limits(2, Duration.ofSeconds(1), Duration.ofSeconds(30),
            32L * 1024 * 1024);
    final PdfInspector inspector = new PdfInspector(LIMITS);

    @Test
    void aPdfMadeByPdfBoxIsReadable() {
        PdfInspector.Inspection inspection = inspector.inspect(Pdfs.onePage("Hello"));
        assertThat(inspection.verdict()).isEqualTo(Verdict.READABLE);
        assertThat(inspection.pages()).isEqualTo(1);
    }

    @Test
    void theContentDecidesNotTheName() {
        assertThat(inspector.inspect("plain text".getBytes(StandardCharsets.UTF_8)).verdict())
                .isEqualTo(Verdict.NOT_PDF);
        assertThat(inspector.inspect(new byte[0]).verdict()).isEqualTo(Verdict.EMPTY);
        assertThat(inspector.inspect("%PDF".getBytes(StandardCharsets.US_ASCII)).verdict())
                .isEqualTo(Verdict.NOT_PDF);
        // a PDF whose first bytes are preceded by something else is not accepted either
        byte[] pdf = Pdfs.onePage("Shifted");
        byte[] shifted = new byte[pdf.length + 1];
        shifted[0] = ' ';
        System.arraycopy(pdf, 0, shifted, 1, pdf.length);
        assertThat(inspector.inspect(shifted).verdict()).isEqualTo(Verdict.NOT_PDF);
    }

    @Test
    void aTruncatedOrGarbledPdfIsDamaged() {
        byte[] pdf = Pdfs.onePage("Truncated");
        assertThat(inspector.inspect(Arrays.copyOf(pdf, 40)).readable()).isFalse();
        assertThat(inspector.inspect("%PDF-1.7\nnothing follows".getBytes(StandardCharsets.US_ASCII)).readable())
                .isFalse();
    }

    @Test
    void encryptedPdfsAreRefusedWithOrWithoutAUserPassword() {
        assertThat(inspector.inspect(Pdfs.encrypted("Secret", "user-secret")).verdict())
                .isEqualTo(Verdict.ENCRYPTED);
        assertThat(inspector.inspect(Pdfs.encrypted("Restricted", "")).verdict()).isEqualTo(Verdict.ENCRYPTED);
    }

    @Test
    void aSmallFileThatInflatesToAGigabyteIsRefusedWithoutDecodingIt() {
        byte[] bomb = Pdfs.bomb(1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThat(inspector.inspect(bomb).verdict()).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
        // the same construction with a few MiB of zeros is an ordinary PDF: the size is what is refused
        PdfInspector.Inspection small = inspector.inspect(Pdfs.bomb(3));
        assertThat(small.verdict()).isEqualTo(Verdict.READABLE);
        assertThat(small.pages()).isEqualTo(1);
        // and the limit counts: a lower one refuses the small one too
        PdfInspector strict = new PdfInspector(new PdfInspector.Limits(2, Duration.ofSeconds(1),
                Duration.ofSeconds(30), 1024 * 1024));
        assertThat(strict.inspect(Pdfs.bomb(3)).verdict()).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
        assertThat(strict.inspect(Pdfs.onePage("Light")).verdict()).isEqualTo(Verdict.READABLE);
    }

    @Test
    void everyFilterOfPdfBoxIsGuarded() throws Exception {
        inspector.inspect(Pdfs.onePage("Load the guard"));
        for (String name : List.of("FlateDecode", "Fl", "LZWDecode", "RunLengthDecode", "ASCII85Decode",
                "ASCIIHexDecode", "DCTDecode", "JPXDecode", "CCITTFaxDecode", "JBIG2Decode", "Crypt")) {
            assertThat(DecodingBudget.guards(FilterFactory.INSTANCE.getFilter(COSName.getPDFName(name))))
                    .as(name).isTrue();
        }
    }

    @Test
    void aPdfThatTakesLongerThanItsTimeBudgetIsRefused() {
        PdfInspector hurried = new PdfInspector(new PdfInspector.Limits(2, Duration.ofSeconds(1), Duration.ZERO,
                32L * 1024 * 1024));
        assertThat(hurried.inspect(Pdfs.onePage("Slow reader")).verdict()).isEqualTo(Verdict.TOO_SLOW);
    }

    @Test
    void beyondTheConcurrentInspectionsAFileIsNotReadAndCalledBusy() throws InterruptedException {
        PdfInspector single = new PdfInspector(new PdfInspector.Limits(1, Duration.ZERO, Duration.ofSeconds(30),
                32L * 1024 * 1024));
        byte[] pdf = Pdfs.onePage("Wait your turn");
        single.turns.acquire();
        try {
            assertThat(single.inspect(pdf).verdict()).isEqualTo(Verdict.BUSY);
        } finally {
            single.turns.release();
        }
        assertThat(single.inspect(pdf).verdict()).isEqualTo(Verdict.READABLE);
        assertThat(single.turns.availablePermits()).isEqualTo(1);
    }

    @Test
    void activeContentIsFoundWhereverItSits() {
        var found = Pdfs.active();
        assertThat(inspector.inspect(found.get("JavaScript on opening")).activeContent())
                .containsExactly(ActiveContent.JAVASCRIPT);
        assertThat(inspector.inspect(found.get("a document-level script")).activeContent())
                .containsExactly(ActiveContent.JAVASCRIPT);
        assertThat(inspector.inspect(found.get("a link that launches a program")).activeContent())
                .containsExactly(ActiveContent.LAUNCH_ACTION);
        assertThat(inspector.inspect(found.get("an embedded file")).activeContent())
                .containsExactly(ActiveContent.EMBEDDED_FILE);
        assertThat(inspector.inspect(found.get("a file attachment annotation")).activeContent())
                .containsExactly(ActiveContent.EMBEDDED_FILE);
        found.forEach((what, pdf) -> assertThat(inspector.inspect(pdf).verdict()).as(what)
                .isEqualTo(Verdict.ACTIVE_CONTENT));
        // an ordinary web link is not active content
        PdfInspector.Inspection link = inspector.inspect(Pdfs.withWebLink());
        assertThat(link.verdict()).isEqualTo(Verdict.READABLE);
        assertThat(link.activeContent()).isEmpty();
    }
}
