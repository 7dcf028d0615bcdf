package org.openbando.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbando.shared.PublicApi;
import org.openbando.shared.YearBetween;

/**
 * What an officer sends to create or edit a draft call. Instants carry their offset (the call's legal times are in
 * Europe/Rome). Omitted rules and criteria take the defaults of the domain reference.
 */
@Schema(name = "CallRequest")
@PublicApi
public record CallRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = "use 3 to 40 capital letters, digits or dashes")
        @Schema(example = "RD-CLUSTER-2026") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Industrial research projects of cluster SMEs 2026") String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 300) @Schema(example = "S3 2021-2027: digital and green transition of manufacturing") String s3PriorityArea,
        @NotNull @YearBetween @Schema(example = "2026-01-15T09:00:00+01:00") OffsetDateTime publicationAt,
        @NotNull @YearBetween @Schema(example = "2026-02-02T10:00:00+01:00") OffsetDateTime opensAt,
        @NotNull @YearBetween @Schema(example = "2026-04-30T13:00:00+02:00") OffsetDateTime deadlineAt,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "35000000.00") BigDecimal budgetLineA,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "15000000.00") BigDecimal budgetLineB,
        @NotEmpty @Size(max = 100) @Schema(example = "[\"MECH\", \"GREENTECH\"]")
        List<@NotBlank @Size(max = 40) String> clusterCodes,
        @Size(max = 500) @Schema(description = "Thematic areas admitted; empty admits every area of the chosen clusters")
        List<@NotBlank @Size(max = 60) String> thematicAreaCodes,
        @Valid Rules rules,
        @Size(max = 20) List<@NotNull @Valid Criterion> criteria,
        @Schema(description = "On update: the version you read (optimistic locking)") Long version) {

    /** The call's rules; a null component takes its default. */
    public record Rules(
            @Min(1) @Max(9) Integer minStartTrl,
            @Min(1) @Max(9) Integer minTargetTrl,
            @Min(1) @Max(9) Integer maxTargetTrl,
            Boolean researchMustPrevail,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal minProjectCost,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal maxProjectCost,
            @Min(1) @Max(50) Integer minEnterprises,
            @Min(1) @Max(50) Integer maxProposalsPerEnterprise,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Flat cap on the GBER intensities, percent (e.g. 60); null applies the GBER maxima")
            BigDecimal aidIntensityCap,
            @Min(2) @Max(5) Integer evaluatorsPerProposal,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal evaluationThreshold,
            @Min(5) @Max(60) Integer evaluationTermDays,
            @Min(1) @Max(14) Integer evaluationReminderDays,
            @DecimalMin(value = "0.01") @DecimalMax("10") @Digits(integer = 2, fraction = 2) BigDecimal scoreStep,
            ScoreAggregation scoreAggregation,
            @DecimalMin(value = "1") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal divergencePercent,
            @Size(max = 40) String tieBreakCriterion,
            Boolean partialFundingAllowed,
            @Min(1) @Max(60) Integer reserveListValidityMonths,
            @Min(1) @Max(90) Integer completionTermDays,
            Boolean noticeBeforeRejection,
            @Min(1) @Max(90) Integer observationsTermDays,
            @Min(1) @Max(365) Integer clusterJoiningTermDays,
            @DecimalMin("1") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "The least share (percent) of its full grant that the last project may be offered "
                    + "when funded partially; default 50")
            BigDecimal partialFundingMinShare,
            @Schema(description = "A line's budget left when all its fundable proposals are funded moves to the "
                    + "other line; default false")
            Boolean remainderToOtherLine,
            @Min(1) @Max(365) @Schema(description = "Days to accept the funding decision; default 30")
            Integer grantAcceptanceTermDays,
            @Min(1) @Max(90) @Schema(description = "Days for observations after a notice before revocation; default 10")
            Integer revocationObservationsTermDays) {
    }

    /** An evaluation criterion; the maxima of a call's criteria sum to 100. */
    public record Criterion(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "use capital letters, digits and underscores")
            String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal maxScore,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Digits(integer = 3, fraction = 2)
            BigDecimal weight,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal minScore) {
    }
}
