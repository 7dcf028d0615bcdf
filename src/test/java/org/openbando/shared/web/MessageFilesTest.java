package org.openbando.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message bundle says everything in both languages: its Italian and English files have the same keys. */
class MessageFilesTest {

    @Test
    void everyBundleHasTheSameKeysInItalianAndEnglish() throws IOException, URISyntaxException {
        Path messages = Path.of(MessageFilesTest.class.getResource("/messages").toURI());
        List<Path> italian;
        try (Stream<Path> files = Files.list(messages)) {
            italian = files.filter(f -> f.getFileName().toString().endsWith("_it.properties")).sorted().toList();
        }
        assertThat(italian).extracting(f -> f.getFileName().toString()).contains("msg_it.properties",
                "call_it.properties", "organization_it.properties", "identity_it.properties",
                "proposal_it.properties", "eligibility_it.properties", "doc_it.properties");
        for (Path it : italian) {
            Path en = it.resolveSibling(it.getFileName().toString().replace("_it.properties", "_en.properties"));
            assertThat(read(it).keySet()).as(it.getFileName().toString()).isNotEmpty().isEqualTo(read(en).keySet());
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
