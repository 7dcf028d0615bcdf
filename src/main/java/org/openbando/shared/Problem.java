package org.openbando.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every API error ({@code application/problem+json}).
 * {@code type} is a stable URI per kind of problem; {@code errors} lists offending fields of a validation problem.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "https://openbando.org/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "vatNumber: check digit is wrong: expected 7") String detail,
        @Schema(example = "/api/organizations") String instance,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://openbando.org/problems/";

    /** One offending field of a request: its JSON path and a sentence a person understands. */
    public record FieldViolation(
            @Schema(example = "vatNumber") String field,
            @Schema(example = "check digit is wrong: expected 7") String message) {
    }
}
