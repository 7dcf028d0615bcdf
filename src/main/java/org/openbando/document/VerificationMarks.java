package org.openbando.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verification mark of a document: its code, the public address that verifies it
 * ({@code <openbando.public-url>/verify/<code>}) and that address as a QR code. The QR code is a 1-bit grey PNG
 * (DeviceGray in the PDF, which PDF/A-2 allows with the documents' output intent), four pixels per module with the
 * standard quiet zone, error correction M, printed 24 mm wide: a phone reads it from paper or screen. Not RGB:
 * openhtmltopdf 1.1.65 embeds an RGB PNG with its rows shifted (a sheared, unreadable code), a grey one as it is.
 *
 * <p>The packaged application refuses to start without {@code OPENBANDO_PUBLIC_URL}, as it does without a session
 * key: a document printed with the address of a development machine could never be verified. Dev mode and tests use
 * {@code http://localhost:8080}.
 */
@ApplicationScoped
public class VerificationMarks {

    /** The pixels per QR module in the PNG. */
    static final int MODULE_PIXELS = 4;
    /** The path of the public verification page, followed by the code. */
    public static final String PAGE_PATH = "/verify/";

    private final String publicUrl;

    public VerificationMarks(@ConfigProperty(name = "openbando.public-url") Optional<String> publicUrl) {
        String url = publicUrl.map(String::strip).orElse("");
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void onStart(@Observes StartupEvent event) {
        check(LaunchMode.current(), publicUrl);
    }

    /**
     * Refuses a missing public address in the packaged application, and one that is not an absolute http(s) address
     * in any mode.
     */
    static void check(LaunchMode mode, String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            if (mode == LaunchMode.NORMAL) {
                throw new IllegalStateException("Set OPENBANDO_PUBLIC_URL (e.g. https://bandi.example.it): every"
                        + " document prints the public address that verifies it");
            }
            return;
        }
        URI uri;
        try {
            uri = URI.create(publicUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("openbando.public-url is not an address: " + publicUrl, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("openbando.public-url must be an absolute http(s) address without query,"
                    + " e.g. https://bandi.example.it: " + publicUrl);
        }
    }

    /** The address of the verification page of a code. */
    public String url(String code) {
        return (publicUrl.isEmpty() ? "http://localhost:8080" : publicUrl) + PAGE_PATH + code;
    }

    /** The mark of a code: the code, its address, the address as a QR code. */
    public VerificationMark of(String code) {
        String url = url(code);
        return new VerificationMark(code, url, "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(url)));
    }

    /** The QR code of a text as PNG bytes: black modules on white, one bit a pixel, a quiet zone of four modules. */
    static byte[] qr(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        int size = matrix.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
