package org.openbando.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the bundled fonts can print: whether a text needs the fallback font at all (openhtmltopdf would
 * otherwise parse the fallback font for every document that names it), and which characters no font has
 * (openhtmltopdf prints {@code #} for them, silently), so that the renderer can say so in the log. The first font
 * is the main one, the others are fallbacks.
 */
final class Glyphs {

    private final CmapLookup[] fonts;

    Glyphs(byte[]... ttfs) {
        fonts = new CmapLookup[ttfs.length];
        for (int i = 0; i < ttfs.length; i++) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttfs[i]));
                fonts[i] = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("a bundled font cannot be read", e);
            }
        }
    }

    /** Whether some character of the text is missing from the main font. */
    boolean needsFallback(String text) {
        return text.codePoints().anyMatch(c -> c > 0x7e && !Character.isWhitespace(c) && fonts[0].getGlyphId(c) == 0);
    }

    /** The characters of the text that no font has, as {@code U+XXXX 'c'} separated by commas; empty when none. */
    String missing(String text) {
        return text.codePoints().filter(c -> c > 0x7e && !Character.isWhitespace(c) && !printable(c)).distinct()
                .limit(20).mapToObj(c -> String.format("U+%04X '%s'", c, Character.toString(c)))
                .collect(Collectors.joining(", "));
    }

    private boolean printable(int codePoint) {
        for (CmapLookup font : fonts) {
            if (font.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }
}
