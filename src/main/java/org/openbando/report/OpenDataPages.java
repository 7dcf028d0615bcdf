package org.openbando.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openbando.ranking.PublicRanking;
import org.openbando.shared.web.Pages;

/**
 * The open data page, no login: what is published and why, the download links (all calls, and each call with a
 * published ranking), the formats and every field with its CSV column, type and meaning (the types read from the
 * JSON Schema, so that the page and the schema never disagree).
 */
@Path("/open-data")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class OpenDataPages {

    /** A field as the page lists it: its JSON name, CSV column, kind (text, integer, date, money, code). */
    public record Field(String name, String csvColumn, String kind) {
    }

    /** The page's template, checked at build time: {@code templates/open-data.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance openData(List<PublicRanking.CallRef> calls, List<Field> projectFields,
                List<Field> beneficiaryFields);
    }

    private final OpenData openData;
    private final Pages pages;
    private final List<Field> projectFields;
    private final List<Field> beneficiaryFields;

    public OpenDataPages(OpenData openData, Pages pages, ObjectMapper mapper) {
        this.openData = openData;
        this.pages = pages;
        JsonNode schema;
        try {
            schema = mapper.readTree(OpenDataResource.schemaBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.projectFields = fields(schema, "project", OpenDataFormat.PROJECT_FIELDS, "");
        this.beneficiaryFields = fields(schema, "beneficiary", OpenDataFormat.BENEFICIARY_FIELDS, "beneficiary_");
    }

    @GET
    public String page() {
        return pages.render(Templates.openData(openData.calls(null), projectFields, beneficiaryFields));
    }

    static List<Field> fields(JsonNode schema, String definition, List<String> names, String csvPrefix) {
        JsonNode properties = schema.path("$defs").path(definition).path("properties");
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(new Field(name, csvPrefix + name, kind(properties.path(name))));
        }
        return List.copyOf(fields);
    }

    /** The kind of a schema property, for the page. */
    static String kind(JsonNode property) {
        if (property.path("$ref").asText().endsWith("/money")) {
            return "money";
        }
        if (property.has("enum") || property.has("const") || property.has("pattern")) {
            return "code";
        }
        if ("date".equals(property.path("format").asText())) {
            return "date";
        }
        JsonNode type = property.path("type");
        String first = type.isArray() ? type.path(0).asText() : type.asText();
        return "integer".equals(first) ? "integer" : "text";
    }
}
