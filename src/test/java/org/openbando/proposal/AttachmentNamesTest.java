package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void namesLoseTheirPathsAndWhatCouldDisguiseThem() {
        assertThat(AttachmentNames.sanitise("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentNames.sanitise("C:\\Users\\anna\\Documenti\\Attestazione.pdf"))
                .isEqualTo("Attestazione.pdf");
        assertThat(AttachmentNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(AttachmentNames.sanitise("bad\r\nname\t.pdf")).isEqualTo("badname.pdf");
        assertThat(AttachmentNames.sanitise("a \"quoted\" <name>?.pdf")).isEqualTo("a _quoted_ _name__.pdf");
        assertThat(AttachmentNames.sanitise("..hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(AttachmentNames.sanitise("Attestazione qualità.pdf")).isEqualTo("Attestazione qualità.pdf");
    }

    @Test
    void nothingLeftGivesTheFallbackName() {
        assertThat(AttachmentNames.sanitise(null)).isEqualTo(AttachmentNames.FALLBACK);
        assertThat(AttachmentNames.sanitise("")).isEqualTo(AttachmentNames.FALLBACK);
        assertThat(AttachmentNames.sanitise("dir/")).isEqualTo(AttachmentNames.FALLBACK);
        assertThat(AttachmentNames.sanitise(" .. ")).isEqualTo(AttachmentNames.FALLBACK);
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = AttachmentNames.sanitise("x".repeat(300) + ".pdf");
        assertThat(name).hasSize(AttachmentNames.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void theDownloadNameIsQuotedInAsciiAndEncodedInUtf8() {
        assertThat(AttachmentNames.contentDisposition("Attestazione qualità.pdf")).isEqualTo(
                "attachment; filename=\"Attestazione qualit_.pdf\"; filename*=UTF-8''Attestazione%20qualit%C3%A0.pdf");
        assertThat(AttachmentNames.contentDisposition("scan")).startsWith("attachment; filename=\"scan.pdf\"");
        assertThat(AttachmentNames.contentDisposition("a*b.pdf")).endsWith("UTF-8''a%2Ab.pdf");
    }
}
