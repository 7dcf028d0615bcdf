package org.openbando.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbando.shared.PublicApi;

/**
 * What an officer or an administrator sends to create or change an expert's profile. {@code version} is the one read
 * (null to create). Codes must be those of registered clusters and thematic areas; the VAT number is an Italian one
 * with a correct check digit (null or empty for a freelancer).
 */
@Schema(name = "ExpertProfileRequest")
@PublicApi
public record ExpertProfileRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Università di Bologna") String affiliationName,
        @Size(max = 20) @Schema(example = "80007010376") String affiliationVat,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> clusterCodes,
        @Size(max = 60) List<@NotBlank @Size(max = 60) String> areaCodes,
        @NotEmpty @Size(max = 5) List<@NotNull @Pattern(regexp = "it|en|de|fr|es",
                message = "must be one of it, en, de, fr, es") String> languages,
        @NotNull @Min(1) @Max(50) @Schema(example = "10") Integer maxProposalsPerCall,
        @NotNull Boolean active,
        @Min(0) Long version) {
}
