package org.openbando.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbando.call.ResearchCategory;
import org.openbando.shared.PublicApi;
import org.openbando.shared.YearBetween;

/**
 * What an applicant drafts. Every part may be incomplete while drafting: the format of what is given is checked on
 * save (sizes, ranges), and what is still missing or inconsistent with the call is listed by
 * {@code GET /api/proposals/{id}/validation}.
 */
@Schema(name = "ProposalContent")
@PublicApi
public record ProposalContent(
        @Size(max = 300) @Schema(example = "Collaborative robots for small-batch machining") String title,
        @Size(max = 30) @Schema(example = "COBOT-SB") String acronym,
        @Size(max = 5000) String summary,
        @Size(max = 60) @Schema(example = "MECH-ROBOTICS") String thematicAreaCode,
        @YearBetween(min = 2000, max = 2100) @Schema(example = "2027-03-01") LocalDate plannedStart,
        @Min(1) @Max(60) @Schema(example = "24") Integer durationMonths,
        @Size(max = 30) List<@NotNull @Valid Partner> partners,
        @Size(max = 50) List<@NotNull @Valid Contract> contracts,
        @Size(max = 500) List<@NotNull @Valid BudgetItem> budget,
        @Size(max = 30) List<@NotNull @Valid WorkPackage> workPackages,
        @Valid Trl trl) {

    /**
     * The most characters a content may take as JSON. Validation bounds every part of it, so that even a content whose
     * every text is at its maximum length and made of characters that JSON escapes stays under it (about 855,000);
     * the bound keeps room for what a submission's snapshot adds around the content.
     */
    public static final int MAX_JSON_LENGTH = 900_000;

    public static ProposalContent empty() {
        return new ProposalContent(null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                null);
    }

    public List<Partner> partnersOrEmpty() {
        return partners == null ? List.of() : partners;
    }

    public List<Contract> contractsOrEmpty() {
        return contracts == null ? List.of() : contracts;
    }

    /** The organisations the content names as partners or as providers of contracts. */
    public java.util.Set<Long> namedOrganizationIds() {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        partnersOrEmpty().stream().map(Partner::organizationId).filter(java.util.Objects::nonNull).forEach(ids::add);
        contractsOrEmpty().stream().map(Contract::providerOrganizationId).filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    public List<BudgetItem> budgetOrEmpty() {
        return budget == null ? List.of() : budget;
    }

    public List<WorkPackage> workPackagesOrEmpty() {
        return workPackages == null ? List.of() : workPackages;
    }

    /** The eligible cost assigned to one research category. */
    public BigDecimal costOf(ResearchCategory category) {
        return budgetOrEmpty().stream().filter(b -> b.researchCategory() == category && b.amount() != null)
                .map(BudgetItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total eligible cost of the project. */
    public BigDecimal totalCost() {
        return budgetOrEmpty().stream().map(BudgetItem::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A consortium member besides the lead: another enterprise or a research organisation.
     *
     * @param rightToPublish for a research organisation: it has the right to publish the results of its own research
     *                       (effective collaboration, GBER art. 25(6)(b)(ii)); null means no (and is left out of the
     *                       JSON, so that contents and snapshots stored before it read and hash the same)
     */
    public record Partner(@NotNull Long organizationId,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean rightToPublish) {

        public Partner(Long organizationId) {
            this(organizationId, null);
        }

        /** Whether it has the right to publish (null is no). */
        public boolean publishes() {
            return Boolean.TRUE.equals(rightToPublish);
        }
    }

    /** Qualified research services bought from a research organisation. */
    public record Contract(@NotNull Long providerOrganizationId, @Size(max = 500) String subject,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    /** Eligible cost of one partner, in one cost category, assigned to one research category. */
    public record BudgetItem(@NotNull Long organizationId, @NotNull CostCategory costCategory,
            @NotNull ResearchCategory researchCategory,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    /** A work package with its milestones and its TRL at start and at the end, with the justification. */
    public record WorkPackage(@Size(max = 20) String code, @Size(max = 300) String title,
            @Min(1) @Max(9) Integer startTrl, @Min(1) @Max(9) Integer targetTrl,
            @Size(max = 2000) String trlJustification, @Size(max = 30) List<@NotNull @Valid Milestone> milestones) {
    }

    public record Milestone(@Size(max = 300) String title, @Min(1) @Max(60) Integer month) {
    }

    /** The TRL of the whole project at start and at the end, with the evidence. */
    public record Trl(@Min(1) @Max(9) Integer start, @Min(1) @Max(9) Integer target,
            @Size(max = 2000) String justification) {
    }

    /** Eligible cost categories of GBER art. 25(3). */
    public enum CostCategory {
        PERSONNEL, INSTRUMENTS_AND_EQUIPMENT, CONTRACT_RESEARCH_AND_CONSULTANCY, OVERHEADS_AND_OPERATING_COSTS
    }
}
