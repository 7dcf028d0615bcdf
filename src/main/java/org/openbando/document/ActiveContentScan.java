package org.openbando.document;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openbando.document.PdfInspector.ActiveContent;

/**
 * Finds what a PDF reader would run or open by itself: walks every dictionary and array reachable from the trailer
 * (each object once, without decoding any stream's data) and recognises JavaScript ({@code /JS}, actions
 * {@code /S /JavaScript}, wherever they sit: {@code /OpenAction}, {@code /AA}, annotations, form fields, outlines,
 * the {@code /JavaScript} name tree), launch actions, embedded files (embedded file streams, file specifications with
 * {@code /EF}, file attachment annotations, go-to-embedded actions), rich media and XFA forms (which carry scripts).
 */
final class ActiveContentScan {

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName GOTO_EMBEDDED = COSName.getPDFName("GoToE");
    private static final COSName RICH_MEDIA_EXECUTE = COSName.getPDFName("RichMediaExecute");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName RICH_MEDIA_CONTENT = COSName.getPDFName("RichMediaContent");
    /** How many objects may be visited between two looks at the clock. */
    private static final int CLOCK_EVERY_OBJECTS = 1024;

    private ActiveContentScan() {
    }

    static Set<ActiveContent> of(PDDocument document, DecodingBudget budget) throws IOException {
        Set<ActiveContent> found = EnumSet.noneOf(ActiveContent.class);
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> next = new ArrayDeque<>();
        next.push(document.getDocument().getTrailer());
        int visited = 0;
        while (!next.isEmpty() && !budget.exhausted()) { // exhausted: the file is refused for that, stop here
            COSBase item = next.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject(); // parsed now, within the budget; null when it cannot be
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (++visited % CLOCK_EVERY_OBJECTS == 0) {
                budget.checkTime();
            }
            if (item instanceof COSDictionary dictionary) { // streams too: their dictionary, not their data
                judge(dictionary, found);
                dictionary.getValues().forEach(next::push);
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    next.push(array.get(i));
                }
            }
        }
        return found;
    }

    private static void judge(COSDictionary d, Set<ActiveContent> found) {
        COSName action = d.getCOSName(COSName.S);
        if (d.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(action)) {
            found.add(ActiveContent.JAVASCRIPT);
        }
        if (LAUNCH.equals(action)) {
            found.add(ActiveContent.LAUNCH_ACTION);
        }
        if (d.containsKey(COSName.EF) || GOTO_EMBEDDED.equals(action)
                || COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))) {
            found.add(ActiveContent.EMBEDDED_FILE);
        }
        if (RICH_MEDIA_EXECUTE.equals(action) || RICH_MEDIA.equals(d.getCOSName(COSName.SUBTYPE))
                || d.containsKey(RICH_MEDIA_CONTENT)) {
            found.add(ActiveContent.RICH_MEDIA);
        }
        if (d.containsKey(COSName.XFA)) {
            found.add(ActiveContent.XFA_FORM);
        }
    }
}
