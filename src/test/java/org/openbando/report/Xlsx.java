package org.openbando.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A workbook read back the plain way (fastexcel's reader is not in the build): the XLSX unzipped, its sheets' XML
 * parsed, every cell's value as text by reference ({@code "D5" -> "35000000"}), shared strings resolved.
 */
final class Xlsx {

    private Xlsx() {
    }

    /** The sheets by name, in the workbook's order; each a map of cell reference to value. */
    static Map<String, Map<String, String>> read(byte[] xlsx) {
        // read through the central directory (ZipFile), as spreadsheet applications do: fastexcel's local headers
        // carry no sizes (data descriptors follow), which ZipInputStream refuses for deflated entries
        Map<String, byte[]> files = new HashMap<>();
        try {
            Path file = Files.createTempFile("report", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(e)) {
                            files.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> shared = new ArrayList<>();
        if (files.containsKey("xl/sharedStrings.xml")) {
            NodeList items = xml(files.get("xl/sharedStrings.xml")).getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(items.item(i).getTextContent());
            }
        }
        NodeList sheets = xml(files.get("xl/workbook.xml")).getElementsByTagName("sheet");
        Map<String, Map<String, String>> workbook = new LinkedHashMap<>();
        for (int s = 0; s < sheets.getLength(); s++) {
            String name = ((Element) sheets.item(s)).getAttribute("name");
            byte[] sheet = files.get("xl/worksheets/sheet" + (s + 1) + ".xml");
            Map<String, String> cells = new LinkedHashMap<>();
            NodeList cs = xml(sheet).getElementsByTagName("c");
            for (int i = 0; i < cs.getLength(); i++) {
                Element c = (Element) cs.item(i);
                String type = c.getAttribute("t");
                NodeList v = c.getElementsByTagName("v");
                String value;
                if ("inlineStr".equals(type)) {
                    value = c.getElementsByTagName("is").item(0).getTextContent();
                } else if (v.getLength() == 0) {
                    continue;
                } else if ("s".equals(type)) {
                    value = shared.get(Integer.parseInt(v.item(0).getTextContent()));
                } else {
                    value = v.item(0).getTextContent();
                }
                cells.put(c.getAttribute("r"), value);
            }
            workbook.put(name, cells);
        }
        return workbook;
    }

    private static Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException("not an XLSX part", e);
        }
    }
}
