package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every kind of document, in Italian and in English, is PDF/A-2a for veraPDF and says what it must say. */
@QuarkusTest
class PdfRendererTest {

    @Inject
    PdfRenderer renderer;

    static Stream<Arguments> kindsAndLanguages() {
        return Stream.of(DocumentKind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, "it"), Arguments.of(kind, "en")));
    }

    @ParameterizedTest
    @MethodSource("kindsAndLanguages")
    void everyDocumentIsPdfA2aForVeraPdf(DocumentKind kind, String language) throws IOException {
        byte[] pdf = renderer.render(Samples.of(kind), language);
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents", kind.name().toLowerCase() + "-" + language + ".pdf"), pdf);

        PdfA.Verdict verdict = PdfA.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(verdict.declared()).as("the PDF/A flavour declared in the XMP metadata")
                .isEqualTo(PDFAFlavour.PDFA_2_A);
        assertThat(verdict.failures()).as("veraPDF failures").isEmpty();
        assertThat(verdict.compliant()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kindsAndLanguages")
    void everyDocumentStatesItsFactsInItsLanguage(DocumentKind kind, String language) throws IOException {
        byte[] pdf = renderer.render(Samples.of(kind), language);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
            String other = "en".equals(language) ? "it" : "en";
            assertThat(text)
                    .contains(Samples.keySentence(kind, language))
                    .doesNotContain(Samples.keySentence(kind, other))
                    .contains("CLUST-2026")
                    .contains("Meccanica Fine S.r.l.");
            if (kind.ownedByCall()) { // a call's document names the call and line, not a proposal
                assertThat(text)
                        .contains("en".equals(language) ? "A - enterprises that are members of a Clust-ER"
                                : "A - imprese aderenti a un Clust-ER")
                        // the arrival to the millisecond, in Rome (CEST), in the row
                        .contains("en".equals(language) ? "Arrived on 30/04/2026 12:59:58.123 (Rome time)"
                                : "Arrivata il 30/04/2026 12:59:58,123 (ora di Roma)")
                        .doesNotContain(Samples.SNAPSHOT);
            } else {
                assertThat(text).contains(Samples.SNAPSHOT).contains(("en".equals(language) ? "Protocol number "
                        : "Numero di protocollo ") + Samples.PROTOCOL)
                        // receipt time to the millisecond, in Rome (CEST)
                        .contains("en".equals(language) ? "30 April 2026, 12:59:58.123 (Rome time, UTC+02:00)"
                                : "30 aprile 2026, ore 12:59:58,123 (ora di Roma, UTC+02:00)");
            }
            if (kind == DocumentKind.NOTICE_BEFORE_REJECTION) { // the term's last day, not 00:00 of the next
                assertThat(text).contains("en".equals(language) ? "By 22 May 2026 the applicant"
                        : "Entro il 22 maggio 2026 il proponente");
            }
            if (Samples.closing(kind, language) != null) {
                assertThat(text).contains(Samples.closing(kind, language));
            }
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(doc.getDocumentInformation().getAuthor())
                    .isEqualTo("en".equals(language) ? "Emilia-Romagna Region" : "Regione Emilia-Romagna");
            assertThat(doc.getDocumentInformation().getSubject()).contains("CLUST-2026")
                    .contains(kind.ownedByCall() ? ("en".equals(language) ? "line A" : "linea A") : "4711");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theReceiptSummarisesTheProposalWithEurosInTheDocumentsLanguage() throws IOException {
        String it = text(renderer.render(Samples.of(DocumentKind.RECEIPT), "it"));
        assertThat(it).contains("1.234.567,89 €").contains("120.000,50 €").contains("da TRL 4 a TRL 7")
                .contains("24 mesi").contains("1 settembre 2026").contains("Organismo di ricerca")
                .contains("mario.rossi").contains("Presentata dall'utente");
        String en = text(renderer.render(Samples.of(DocumentKind.RECEIPT), "en"));
        assertThat(en).contains("€1,234,567.89").contains("€120,000.50").contains("from TRL 4 to TRL 7")
                .contains("24 months").contains("1 September 2026").contains("Research organisation");
    }

    @Test
    void anInadmissibilityDecisionAnswersTheObservationsWhenThereWereAny() throws IOException {
        InadmissibilityData withObservations = (InadmissibilityData) Samples.of(DocumentKind.INADMISSIBILITY);
        assertThat(text(renderer.render(withObservations, "it")))
                .contains("Motivi del mancato accoglimento delle osservazioni")
                .contains("L'allegato 2 descrive una prova di concetto");
        InadmissibilityData without = new InadmissibilityData(withObservations.heading(), withObservations.reasons(),
                null, null, "Olga Funzionaria", Samples.DECIDED);
        assertThat(text(renderer.render(without, "it"))).doesNotContain("osservazioni del proponente")
                .doesNotContain("Motivi del mancato accoglimento");
    }

    @Test
    void aFundingDecisionStatesWhatItsCaseNeedsAndNothingElse() throws IOException {
        FundingDecisionData lineB = (FundingDecisionData) Samples.of(DocumentKind.FUNDING_DECISION);
        String it = text(renderer.render(lineB, "it"));
        assertThat(it).contains("E37H26000120009").contains("1234567")
                .contains("emesso il 4 maggio 2026, valido fino al 1 settembre 2026")
                .contains("PR_BOUTG_Ingresso_0012345_20260505")
                .contains("50 + 20 + 15 = 85, limitata all'80").contains("144.000,00 €").contains("90.000,37 €")
                .contains("Totale del partner 280.000,00 € 204.000,00 €")
                .contains("Costi ammissibili del progetto 400.000,50 €").contains("Contributo concesso 294.000,37 €")
                .contains("la quota maggiore è il 69,99%").contains("arrotondato per difetto al centesimo")
                .contains("entro 30 giorni, cioè entro il 11 giugno 2026")
                .contains("Entro 60 giorni, cioè entro il 11 luglio 2026, l'impresa beneficiaria della linea B")
                .contains("Regolamento (UE) n. 651/2014 della Commissione, art. 25")
                .contains("Legge 7 agosto 1990, n. 241")
                .doesNotContain("scorrimento della lista di riserva").doesNotContain("finanziamento parziale");
        GrantLines g = lineB.grant();
        GrantLines partial = new GrantLines(g.partners(), g.collaboration(), g.eligibleCost(),
                new java.math.BigDecimal("200000.00"), g.grant(), true, g.rounding());
        ProposalHeading lineA = Samples.heading();
        FundingDecisionData movedUp = new FundingDecisionData(lineA, lineB.cup(), lineB.cor(), lineB.durcIssuedOn(),
                null, partial, true, List.of(), 30, Samples.ACCEPT_BY, null, null, "Olga Funzionaria",
                Samples.DECIDED);
        String en = text(renderer.render(movedUp, "en"));
        assertThat(en).contains("The project is funded by moving up the reserve list.")
                .contains("not required: the grant does not exceed €150,000.00")
                .contains("Full grant due €294,000.37").contains("Grant awarded €200,000.00 (partial funding)")
                .contains("the grant awarded is reduced in proportion")
                .doesNotContain("Line B beneficiary proves");
    }

    @Test
    void aRevocationSaysWhenNoObservationsCame() throws IOException {
        RevocationData with = (RevocationData) Samples.of(DocumentKind.REVOCATION);
        assertThat(text(renderer.render(with, "it")))
                .contains("Il beneficiario ha presentato le seguenti osservazioni il 20 luglio 2026, ore 11:00")
                .contains("La domanda di adesione al Clust-ER è stata presentata il 10 luglio 2026.")
                .contains("Motivi del mancato accoglimento delle osservazioni")
                .contains("La sola domanda di adesione non prova l'iscrizione")
                .contains("comunicazione dei motivi ostativi del 12 luglio 2026, ore 08:00");
        RevocationData without = new RevocationData(with.heading(), with.cup(), with.cor(), with.grant(),
                with.reasons(), with.noticeAt(), null, null, null, with.revokedBy(), with.revokedAt());
        assertThat(text(renderer.render(without, "en")))
                .contains("The beneficiary submitted no observations within the term.")
                .doesNotContain("Reasons for not accepting").doesNotContain("following observations");
        assertThat(text(renderer.render(Samples.of(DocumentKind.REVOCATION_NOTICE), "it")))
                .contains("Il termine per adempiere è scaduto il 11 luglio 2026.")
                .contains("Entro 10 giorni, cioè entro il 22 luglio 2026, il beneficiario ha diritto di presentare");
    }

    @Test
    void aLongRankingActSplitsItsListsOverPagesRepeatingTheHeaderRow() throws IOException {
        List<RankingActData.Row> funded = java.util.stream.IntStream.rangeClosed(1, 70)
                .mapToObj(i -> Samples.row(i, 5000 + i, Samples.RECEIVED.plusMillis(i), "P" + i,
                        "Progetto numero " + i + " della linea A", "Impresa " + i + " S.r.l.", "01234567897", "90.00",
                        "10000.00", "10000.00", i == 70, null))
                .toList();
        byte[] pdf = renderer.render(Samples.rankingAct(funded), "it");
        assertThat(PdfA.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int page = 2; page <= doc.getNumberOfPages() - 1; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("[\\s\\u00A0]+", " ");
                assertThat(text).as("page " + page).contains("Pos. Protocollo Proposta e impresa capofila Punteggio");
            }
            String all = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
            for (int i = 1; i <= 70; i++) {
                assertThat(all).contains("Progetto numero " + i + " della linea A");
            }
            assertThat(all).contains("Domande finanziate (70)").contains("finanziamento parziale")
                    .contains("Lista di riserva (domande finanziabili non finanziate) (1)");
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubsetOfTheBundledFont() throws IOException {
        for (DocumentKind kind : DocumentKind.values()) {
            try (PDDocument doc = Loader.loadPDF(renderer.render(Samples.of(kind), "it"))) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        fonts.add(resources.getFont(name));
                    }
                }
                assertThat(fonts).as(kind + " uses fonts").isNotEmpty();
                assertThat(fonts).as(kind + " embeds them").allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    // the fallback font is not even registered for text that Titillium Web covers
                    assertThat(font.getName()).matches("[A-Z]{6}\\+TitilliumWeb.*");
                });
            }
        }
    }

    @Test
    void charactersTitilliumLacksArePrintedWithTheEmbeddedFallbackFont() throws IOException {
        ProposalHeading h = Samples.heading();
        ProposalHeading foreign = new ProposalHeading(h.callCode(), h.callTitle(), h.line(),
                "Sensori da 10 μm per l'ottica Ωmega", h.acronym(), "Żuk Łódź Sp. z o.o. (Жук)", h.leadVatNumber(),
                h.protocolNumber(), h.receivedAt(), h.snapshotSha256());
        byte[] pdf = renderer.render(new AdmissionData(foreign, "Note → ≥ 4", "Olga", Samples.DECIDED), "it");
        String text = text(pdf);
        assertThat(text).contains("Sensori da 10 μm per l'ottica Ωmega").contains("Żuk Łódź Sp. z o.o. (Жук)")
                .contains("Note → ≥ 4").doesNotContain("#");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).anyMatch(n -> n.contains("DejaVuSans")).anyMatch(n -> n.contains("TitilliumWeb"));
        }
        assertThat(PdfA.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    }

    @Test
    void charactersNoBundledFontHasAreFound() throws IOException {
        Glyphs glyphs;
        try (java.io.InputStream titillium = getClass().getResourceAsStream("/documents/fonts/TitilliumWeb-regular.ttf");
                java.io.InputStream dejavu = getClass().getResourceAsStream("/documents/fonts/DejaVuSans.ttf")) {
            glyphs = new Glyphs(titillium.readAllBytes(), dejavu.readAllBytes());
        }
        assertThat(glyphs.missing("Città, 1.234,56\u00A0€ – “Ωmega” Жук → ≥")).isEmpty();
        assertThat(glyphs.missing("Pechino 北京")).isEqualTo("U+5317 '北', U+4EAC '京'");
    }

    @Test
    void theDocumentCarriesTheSrgbOutputIntentTagsAndXmpMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.render(Samples.of(DocumentKind.ADMISSION), "en"))) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            try (java.io.InputStream icc = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(icc.readAllBytes()).hasSizeGreaterThan(1000);
            }
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Notice of admission to evaluation");
        }
    }

    @Test
    void theValidatorRejectsAPdfThatIsNotPdfA() throws IOException {
        // the same kind of check as above, on a PDF written by PDFBox without PDF/A care: a standard font that is
        // not embedded, no XMP metadata, no output intent
        byte[] plain;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Protocollo n. 4711");
                content.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            plain = out.toByteArray();
        }
        PdfA.Verdict verdict = PdfA.validate(plain, PDFAFlavour.PDFA_2_A);
        assertThat(verdict.compliant()).isFalse();
        assertThat(verdict.declared()).isEqualTo(PDFAFlavour.NO_FLAVOUR);
        assertThat(verdict.failures()).anyMatch(f -> f.startsWith("6.2.11.4.1")); // font not embedded
    }

    @Test
    void textFromTheCallerIsEscapedNotInterpreted() throws IOException {
        ProposalHeading h = Samples.heading();
        ProposalHeading tricky = new ProposalHeading(h.callCode(), h.callTitle(), h.line(),
                "Sensori <b>&</b> \"attuatori\" {d.officer}", h.acronym(), h.leadName(), h.leadVatNumber(),
                h.protocolNumber(), h.receivedAt(), h.snapshotSha256());
        String text = text(renderer.render(new AdmissionData(tricky, "Riga uno\u0000\u000c\nriga due", "Olga",
                Samples.DECIDED), "it"));
        assertThat(text).contains("Sensori <b>&</b> \"attuatori\" {d.officer}").contains("Riga uno riga due");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
