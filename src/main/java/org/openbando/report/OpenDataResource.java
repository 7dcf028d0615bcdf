package org.openbando.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.ranking.PublicRanking;
import org.openbando.shared.ClockProducer;

/**
 * The open data of funded projects, for anyone (no login): CSV (one row per beneficiary) and JSON (one object per
 * project), streamed as they are read, one call at a time; and the JSON Schema of the JSON. Fields, types, units and
 * sources are in docs/open-data.md; the page {@code /open-data} explains them.
 */
@Path("/api/public/open-data")
@Tag(name = "Open data", description = "Funded projects of the published rankings (national monitoring and EU list "
        + "of operations fields), CSV and JSON, with their schema")
public class OpenDataResource {

    /** The JSON Schema of {@code projects.json}, on the class path. */
    static final String SCHEMA = "open-data/projects.schema.json";
    /** Anyone may cache the files for a few minutes: they change only when a funding act is issued. */
    static final String CACHE = "public, max-age=300";

    private final OpenData openData;
    private final ObjectMapper mapper;
    private final Clock clock;

    public OpenDataResource(OpenData openData, ObjectMapper mapper, Clock clock) {
        this.openData = openData;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GET
    @Path("/projects.csv")
    @PermitAll
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The funded projects as CSV (RFC 4180, UTF-8, comma-separated, a header row): one row per "
            + "beneficiary, the project's fields repeated (columns in docs/open-data.md)")
    @APIResponse(responseCode = "200", description = "The projects; only the header row when none is published")
    @APIResponse(responseCode = "400", description = "A malformed call (problem+json naming the field call)")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response csv(@QueryParam("call") @Parameter(description = "A call's id or code; all calls with a "
            + "published ranking when absent") String call) {
        List<PublicRanking.CallRef> calls = openData.calls(call);
        List<OpenData.Project> first = firstCall(calls);
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            OpenDataFormat.csvHeader(out);
            for (int i = 0; i < calls.size(); i++) {
                for (OpenData.Project p : i == 0 ? first : openData.projects(calls.get(i))) {
                    OpenDataFormat.csv(out, p);
                }
                out.flush();
            }
            out.flush();
        };
        return Downloads.of(body, Downloads.CSV, fileName(call) + ".csv", CACHE);
    }

    @GET
    @Path("/projects.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The funded projects as JSON: {schema, generated_at, projects: [one object per project with "
            + "its beneficiaries]} (schema at /api/public/open-data/schema.json)")
    @APIResponse(responseCode = "200", description = "The projects; an empty list when none is published")
    @APIResponse(responseCode = "400", description = "A malformed call (problem+json naming the field call)")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response json(@QueryParam("call") @Parameter(description = "A call's id or code; all calls with a "
            + "published ranking when absent") String call) {
        List<PublicRanking.CallRef> calls = openData.calls(call);
        List<OpenData.Project> first = firstCall(calls);
        String generatedAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ClockProducer.inRome(clock.instant()));
        StreamingOutput body = output -> {
            try (JsonGenerator out = mapper.getFactory().createGenerator(output, JsonEncoding.UTF8)) {
                out.writeStartObject();
                out.writeStringField("schema", "/api/public/open-data/schema.json");
                out.writeStringField("generated_at", generatedAt);
                out.writeArrayFieldStart("projects");
                for (int i = 0; i < calls.size(); i++) {
                    for (OpenData.Project p : i == 0 ? first : openData.projects(calls.get(i))) {
                        OpenDataFormat.json(out, p);
                    }
                    out.flush();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        };
        return Downloads.of(body, Downloads.JSON, fileName(call) + ".json", CACHE);
    }

    @GET
    @Path("/schema.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The JSON Schema (draft 2020-12) of projects.json: every field with its type, unit and source")
    public Response schema() {
        return Response.ok(schemaBytes(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=86400").build();
    }

    /**
     * The first call's projects, read before the response starts: a failure to read them is then an error response,
     * not a 200 cut short (the other calls are read while streaming, one at a time, to keep memory bounded).
     */
    private List<OpenData.Project> firstCall(List<PublicRanking.CallRef> calls) {
        return calls.isEmpty() ? List.of() : openData.projects(calls.get(0));
    }

    /** The schema file's bytes. */
    static byte[] schemaBytes() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("The open data's schema " + SCHEMA + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code open-data-projects}, or with the call's value (validated: letters, digits, dashes). */
    private static String fileName(String call) {
        return call == null || call.isEmpty() ? "open-data-projects" : "open-data-projects-" + call;
    }
}
