package org.openbando.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's reference validator, on bytes in memory. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * What veraPDF says about a PDF.
     *
     * @param declared the PDF/A flavour the file declares in its XMP metadata (NO_FLAVOUR when none)
     * @param failures the failed rules with their messages, empty when compliant
     */
    public record Verdict(PDFAFlavour declared, boolean compliant, List<String> failures) {
    }

    private PdfA() {
    }

    /** Validates against the given flavour, whatever the file declares. */
    public static Verdict validate(byte[] pdf, PDFAFlavour flavour) {
        PDFAFlavour declared;
        try (PDFAParser detecting = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            List<PDFAFlavour> flavours = detecting.getFlavours();
            declared = flavours.isEmpty() ? PDFAFlavour.NO_FLAVOUR : flavours.get(0);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not parse the document", e);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct().toList();
            return new Verdict(declared, result.isCompliant(), failures);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }
}
