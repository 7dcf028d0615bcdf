package org.openbando.proposal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names of attachments. The name a client sends is kept for display only: never a path, never a control or
 * formatting character (a right-to-left override can disguise an extension), at most 200 characters.
 */
final class AttachmentNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "attachment.pdf";

    private AttachmentNames() {
    }

    /** The last segment of the name a client sent, cleaned for display; {@value #FALLBACK} when nothing is left. */
    static String sanitise(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replaceAll("[\"<>:|?*]", "_").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    /** {@code Content-Disposition: attachment} with an ASCII fallback name and the UTF-8 name of RFC 6266/8187. */
    static String contentDisposition(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? fileName : fileName + ".pdf";
        String ascii = name.replaceAll("[^A-Za-z0-9 ._()\\-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** Percent-encodes everything but RFC 8187's attr-char. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
