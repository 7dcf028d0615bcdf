package org.openbando.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every API error ({@code application/problem+json}).
 * {@code type} is a stable URI per kind of problem; {@code errors} lists offending fields of a validation problem (at
 * most {@link InputLimits#MAX_REPORTED_VIOLATIONS}; {@code moreErrors} counts the others).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "https://openbando.org/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "vatNumber: check digit is wrong: expected 7") String detail,
        @Schema(example = "/api/organizations") String instance,
        @Schema(description = "The offending fields (the first 20)") List<FieldViolation> errors,
        @Schema(description = "How many more offending fields there are beyond those listed", example = "1980")
        Integer moreErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://openbando.org/problems/";

    /** The problem with its list of offending fields cut to the first {@link InputLimits#MAX_REPORTED_VIOLATIONS}. */
    public static Problem of(String type, String title, int status, String detail, String instance,
            List<FieldViolation> errors) {
        int shown = Math.min(errors.size(), InputLimits.MAX_REPORTED_VIOLATIONS);
        return new Problem(type, title, status, detail, instance, List.copyOf(errors.subList(0, shown)),
                errors.size() > shown ? errors.size() - shown : null);
    }

    /** One offending field of a request: its JSON path and a sentence a person understands. */
    public record FieldViolation(
            @Schema(example = "vatNumber") String field,
            @Schema(example = "check digit is wrong: expected 7") String message) {
    }
}
