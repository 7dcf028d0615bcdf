package org.openbando.document;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.openbando.shared.Languages;

/**
 * Renders a {@link DocumentData} to PDF/A-2a bytes: the kind's Qute template (XHTML, texts from
 * {@link DocumentTexts}) laid out by openhtmltopdf on PDFBox, tagged (PDF/UA structure), with the sRGB output
 * intent, title/author/subject/language metadata and every font embedded as a subset (Titillium Web, with DejaVu
 * Sans for characters it lacks, shipped in {@code documents/fonts/}). Reads nothing outside the classpath: the fonts are loaded once and kept in memory, and
 * the templates may not load any external resource. Thread-safe: every call builds its own renderer.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The PDF/A part and conformance level of every document (docs/adr/0008-pdf-documents.md). */
    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;
    static final String FONT_FAMILY = "Titillium Web";
    static final String FALLBACK_FAMILY = "DejaVu Sans";

    private static final Logger LOG = Logger.getLogger(PdfRenderer.class);
    /** The only resource a template may name: an image inside it (the verification mark's QR code). */
    private static final String QR_PREFIX = "data:image/png;base64,";
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final List<Font> FONTS = List.of(
            new Font(FONT_FAMILY, "TitilliumWeb-regular.ttf", 400, FontStyle.NORMAL),
            new Font(FONT_FAMILY, "TitilliumWeb-600.ttf", 600, FontStyle.NORMAL),
            new Font(FONT_FAMILY, "TitilliumWeb-700.ttf", 700, FontStyle.NORMAL),
            new Font(FONT_FAMILY, "TitilliumWeb-italic.ttf", 400, FontStyle.ITALIC),
            // registered only for a document with a character that Titillium Web lacks
            new Font(FALLBACK_FAMILY, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Font(FALLBACK_FAMILY, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL));
    private static final Glyphs GLYPHS = new Glyphs(FONTS.get(0).bytes(), FONTS.get(4).bytes());

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final Template receipt;
    private final Template completionRequest;
    private final Template noticeBeforeRejection;
    private final Template inadmissibility;
    private final Template admission;
    private final Template evaluationSummary;
    private final Template rankingAct;
    private final Template fundingDecision;
    private final Template revocationNotice;
    private final Template revocation;
    private final DocumentFormat italian;
    private final DocumentFormat english;
    private final VerificationMarks marks;

    public PdfRenderer(@Location("documents/receipt.html") Template receipt,
            @Location("documents/completion-request.html") Template completionRequest,
            @Location("documents/notice-before-rejection.html") Template noticeBeforeRejection,
            @Location("documents/inadmissibility.html") Template inadmissibility,
            @Location("documents/admission.html") Template admission,
            @Location("documents/evaluation-summary.html") Template evaluationSummary,
            @Location("documents/ranking-act.html") Template rankingAct,
            @Location("documents/funding-decision.html") Template fundingDecision,
            @Location("documents/revocation-notice.html") Template revocationNotice,
            @Location("documents/revocation.html") Template revocation,
            DocumentTexts italianTexts, @Localized("en") DocumentTexts englishTexts, VerificationMarks marks) {
        this.marks = marks;
        this.receipt = receipt;
        this.completionRequest = completionRequest;
        this.noticeBeforeRejection = noticeBeforeRejection;
        this.inadmissibility = inadmissibility;
        this.admission = admission;
        this.evaluationSummary = evaluationSummary;
        this.rankingAct = rankingAct;
        this.fundingDecision = fundingDecision;
        this.revocationNotice = revocationNotice;
        this.revocation = revocation;
        this.italian = new DocumentFormat(Locale.ITALIAN, italianTexts);
        this.english = new DocumentFormat(Locale.ENGLISH, englishTexts);
    }

    /**
     * The document as PDF/A bytes, printing its verification mark: the code on every page, the code and the QR code of
     * its verification page at the end.
     *
     * @param language {@code "en"} for English; anything else (including null) gives Italian
     */
    public byte[] render(DocumentData data, String language, VerificationMark mark) {
        return toPdf(html(data, language, mark), data.kind());
    }

    /**
     * A specimen of the document, as PDF/A bytes: as {@link #render(DocumentData, String, VerificationMark)} with a new
     * random code that is stored nowhere, so it verifies nothing (for tests and for looking at a template). Issued
     * documents are rendered by {@link DocumentService} with the code it stores.
     */
    public byte[] render(DocumentData data, String language) {
        return render(data, language, marks.of(DocumentVerification.newCode()));
    }

    /** The XHTML of a specimen ({@link #render(DocumentData, String)}). */
    public String html(DocumentData data, String language) {
        return html(data, language, marks.of(DocumentVerification.newCode()));
    }

    /** The XHTML that {@link #render} lays out (for tests and for looking at a template). */
    public String html(DocumentData data, String language, VerificationMark mark) {
        boolean en = Languages.code(language).equals("en");
        String xhtml = template(data.kind()).instance()
                .data("d", data)
                .data("h", data.heading())
                .data("v", mark)
                .data("f", en ? english : italian)
                .data("kind", data.kind().name())
                .data("lang", en ? "en" : "it")
                .setLocale(en ? Locale.ENGLISH : Locale.ITALIAN)
                .render();
        // Qute escapes markup in the caller's text; control characters, which XML forbids, are dropped
        return NOT_XML.matcher(xhtml).replaceAll("");
    }

    private Template template(DocumentKind kind) {
        return switch (kind) {
            case RECEIPT -> receipt;
            case COMPLETION_REQUEST -> completionRequest;
            case NOTICE_BEFORE_REJECTION -> noticeBeforeRejection;
            case INADMISSIBILITY -> inadmissibility;
            case ADMISSION -> admission;
            case EVALUATION_SUMMARY -> evaluationSummary;
            case RANKING_ACT -> rankingAct;
            case FUNDING_DECISION -> fundingDecision;
            case REVOCATION_NOTICE -> revocationNotice;
            case REVOCATION -> revocation;
        };
    }

    private static byte[] toPdf(String xhtml, DocumentKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        toPdf(xhtml, kind.name(), out);
        return out.toByteArray();
    }

    /** Strips the characters XML forbids (Qute escapes markup, not control characters). */
    static String xmlSafe(String xhtml) {
        return NOT_XML.matcher(xhtml).replaceAll("");
    }

    /**
     * Lays out an XHTML document as PDF/A (the same fonts, conformance and resource ban as every document) onto a
     * stream: also for renderings that are not issued documents ({@link ReportDocuments}).
     *
     * @param what what is rendered, for the log
     */
    static void toPdf(String xhtml, String what, OutputStream out) {
        String missing = GLYPHS.missing(xhtml);
        if (!missing.isEmpty()) {
            LOG.warnf("a %s has characters that no bundled font can print; they appear as #: %s", what, missing);
        }
        List<String> problems = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(CONFORMANCE)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .withProducer("OpenBando")
                // the templates are self-contained: no URL, file or classpath resource is ever fetched; the one image,
                // the QR code of the verification mark, is a PNG inside the XHTML
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(QR_PREFIX),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                // Java's own line breaking: the default one treats "12:59:58,123" like a URL and breaks after a colon
                .useUnicodeLineBreaker(new LineBreaker())
                .withDiagnosticConsumer(d -> collect(d, problems))
                .withHtmlContent(xhtml, null)
                .toStream(out);
        // the fallback font is registered only when needed: openhtmltopdf parses every registered font that the CSS
        // names (750 KB for DejaVu Sans), used or not
        boolean fallback = GLYPHS.needsFallback(xhtml);
        for (Font font : FONTS) {
            if (fallback || !FALLBACK_FAMILY.equals(font.family())) {
                builder.useFont(font::open, font.family(), font.weight(), font.style(), true);
            }
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render a document", e);
        }
        if (!problems.isEmpty()) {
            LOG.warnf("rendering a document reported: %s", problems);
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            problems.add(diagnostic.getFormattedMessage());
        }
    }

    /** Line-break opportunities as {@link BreakIterator} finds them (never inside a time or a hash). */
    private static final class LineBreaker implements FSTextBreaker {

        private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);

        @Override
        public int next() {
            return lines.next();
        }

        @Override
        public void setText(String text) {
            lines.setText(text);
        }
    }

    /** A bundled TrueType font, read once from the classpath and kept in memory. */
    private record Font(String family, String file, int weight, FontStyle style, byte[] bytes) {

        Font(String family, String file, int weight, FontStyle style) {
            this(family, file, weight, style, read("documents/fonts/" + file));
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
