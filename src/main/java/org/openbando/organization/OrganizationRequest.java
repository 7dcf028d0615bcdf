package org.openbando.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;
import org.openbando.shared.YearBetween;

/**
 * What an applicant sends to register or update an organisation. Enterprises must give the figures of the SME test
 * (staff in annual work units, turnover, balance sheet total, reference year) and declare their partner and linked
 * enterprises; research organisations need none of them.
 */
@Schema(name = "OrganizationRequest")
@PublicApi
public record OrganizationRequest(
        @NotNull @Schema(example = "ENTERPRISE") OrganizationType type,
        @NotBlank @Size(max = 300) @Schema(example = "Meccanica Emiliana S.r.l.") String name,
        @NotBlank @ItalianVatNumber @Schema(example = "02313821007") String vatNumber,
        @Size(max = 300) @Schema(example = "Via Emilia 1") String address,
        @Size(max = 100) @Schema(example = "Bologna") String city,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) @Schema(example = "32.5") BigDecimal staffAwu,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "8200000.00") BigDecimal turnover,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "6100000.00") BigDecimal balanceSheetTotal,
        @Min(2000) @Max(2100) @Schema(example = "2025") Integer referenceYear,
        @Size(max = 50) List<@Valid @NotNull Related> relatedEnterprises,
        @Size(max = 20) List<@Valid @NotNull Membership> memberships,
        @Schema(description = "On update: the version you read (optimistic locking)", example = "0") Long version) {

    public List<Related> relatedEnterprisesOrEmpty() {
        return relatedEnterprises == null ? List.of() : relatedEnterprises;
    }

    public List<Membership> membershipsOrEmpty() {
        return memberships == null ? List.of() : memberships;
    }

    /** A partner or linked enterprise with its own figures (Recommendation 2003/361/EC, Annex art. 3 and 6). */
    public record Related(
            @NotBlank @Size(max = 300) String name,
            @ItalianVatNumber String vatNumber,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Share of capital or voting rights held (either direction), percent", example = "40")
            BigDecimal holdingPercent,
            @Schema(description = "A dominant influence exists even at 50% or less") boolean control,
            @Schema(description = "The holder is an investor of art. 3(2) (public investment body, business angel, university...)")
            boolean exemptInvestor,
            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal staffAwu,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal turnover,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal balanceSheetTotal) {
    }

    /** Membership of a cluster (Line A needs an active one; Line B needs none, ever). */
    public record Membership(
            @NotBlank @Size(max = 40) @Schema(example = "MECH") String clusterCode,
            @NotNull @YearBetween(min = 1900, max = 2100) @Schema(example = "2021-03-01") LocalDate since,
            @YearBetween(min = 1900, max = 2100) LocalDate until,
            @NotNull MembershipStatus status) {
    }
}
