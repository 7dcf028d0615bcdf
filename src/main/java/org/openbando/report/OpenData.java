package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openbando.call.CallService;
import org.openbando.organization.ClusterDirectory;
import org.openbando.ranking.PublicRanking;
import org.openbando.ranking.Rankings;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;

/**
 * The open data of funded projects (docs/open-data.md): for every call whose ranking is published, the projects that
 * were awarded a grant, with the fields of the national monitoring system and of the EU list of operations. Read from
 * {@link ProjectFactsReader} (one call at a time), the calls from the ranking feature's published calls; no personal
 * data (organisations only: no names of people, no usernames).
 *
 * <p>Which projects: every project of a published ranking that holds or held an award (a concession opened from the
 * ranking or from a movement up the reserve list), with its award's status now. Ended awards (RENOUNCED, FORFEITED,
 * REVOKED) stay listed: the EU list of operations keeps the operations that were selected, and a revocation is
 * public. A call whose ranking is not published publishes nothing.
 */
@ApplicationScoped
public class OpenData {

    /** The longest {@code call} filter: a call code has at most 40 characters, an id at most 18 digits. */
    public static final int MAX_CALL = 40;
    /** An id (digits) or a call code (capital letters, digits, dashes; lower case is taken as upper case). */
    static final Pattern CALL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    /** The local project code's protocol number has at least these digits ({@code RD-CLUSTER-2025/000012}). */
    static final int PROTOCOL_DIGITS = 6;

    /**
     * A funded project as published.
     *
     * @param plannedEnd  the last day of the planned duration: start plus the months, less a day
     * @param euFunding   always null: the calls have no EU co-financing share recorded (docs/open-data.md)
     * @param status      the award's status now: CONCESSION, DECIDED, ACCEPTED, RENOUNCED, FORFEITED, REVOKED
     * @param decisionDate the day (Europe/Rome) of the funding decision; null before it
     */
    public record Project(String cup, String localProjectCode, long callId, String callCode, String callTitle,
            LocalDate rankingPublishedOn, String line, long protocolNumber, String acronym, String title,
            String summary, String clusterCode, String clusterName, String thematicAreaCode, String thematicAreaName,
            LocalDate plannedStart, LocalDate plannedEnd, Integer durationMonths, BigDecimal totalEligibleCost,
            BigDecimal publicFunding, BigDecimal euFunding, String currency, String status, LocalDate decisionDate,
            List<Beneficiary> beneficiaries) {

        public Project {
            beneficiaries = List.copyOf(beneficiaries);
        }
    }

    /**
     * A beneficiary of a funded project (an organisation: never a person's data).
     *
     * @param role          LEAD or PARTNER
     * @param type          the organisation's type (ENTERPRISE, RESEARCH_ORGANIZATION, ..: the organisation feature's)
     * @param publicFunding its share of the grant
     */
    public record Beneficiary(String role, String name, String vatNumber, String type, String city,
            BigDecimal eligibleCost, BigDecimal publicFunding) {
    }

    private final Rankings rankings;
    private final CallService calls;
    private final ClusterDirectory clusters;
    private final ProjectFactsReader facts;

    public OpenData(Rankings rankings, CallService calls, ClusterDirectory clusters, ProjectFactsReader facts) {
        this.rankings = rankings;
        this.calls = calls;
        this.clusters = clusters;
        this.facts = facts;
    }

    /**
     * The calls a request covers: every call with a published ranking (oldest approval first) when {@code call} is
     * absent, else the one named by id or code, or none when its ranking is not published. 400 naming {@code call}
     * for a malformed value, 404 for a call that does not exist (or is a draft).
     */
    public List<PublicRanking.CallRef> calls(String call) {
        List<PublicRanking.CallRef> published = new ArrayList<>(rankings.publishedCalls());
        published.sort((a, b) -> a.approvedAt().compareTo(b.approvedAt()));
        if (call == null || call.isEmpty()) {
            return published;
        }
        if (call.length() > MAX_CALL || !CALL.matcher(call).matches()) {
            throw ProblemException.invalid("call", "must be a call's id or its code (at most " + MAX_CALL
                    + " letters, digits or dashes)");
        }
        Optional<Long> id = calls.publicCallId(call.toUpperCase(Locale.ROOT));
        if (id.isEmpty()) {
            throw ProblemException.notFound("Call", call);
        }
        return published.stream().filter(c -> c.callId() == id.get()).toList();
    }

    /** The published projects of a call, in protocol order (one read of the call's facts). */
    public List<Project> projects(PublicRanking.CallRef call) {
        Map<String, String> clusterNames = new HashMap<>();
        clusters.clusters().forEach(c -> clusterNames.put(c.code(), c.name()));
        Map<String, Optional<String>> areaNames = new HashMap<>();
        Function<String, String> area = code -> areaNames.computeIfAbsent(code,
                c -> clusters.areaByCode(c).map(ClusterDirectory.AreaRef::name)).orElse(null);
        return projects(call, facts.ofCall(call.callId()).projects(), clusterNames::get, area);
    }

    /**
     * The published projects among a call's facts: those with an award (see the class comment), mapped to the open
     * data's fields. Names of clusters and thematic areas come from the given functions (null when unknown).
     */
    static List<Project> projects(PublicRanking.CallRef call, List<ProjectFacts> facts,
            Function<String, String> clusterName, Function<String, String> areaName) {
        List<Project> out = new ArrayList<>();
        for (ProjectFacts p : facts) {
            if (!published(p)) {
                continue;
            }
            List<Beneficiary> beneficiaries = p.participants().stream().map(m -> new Beneficiary(
                    m.lead() ? "LEAD" : "PARTNER", m.name(), m.vatNumber(), m.type() == null ? null : m.type().name(),
                    m.city(), money(m.eligibleCost()), money(m.grant()))).toList();
            out.add(new Project(p.cup(), localProjectCode(p.callCode(), p.protocolNumber()), p.callId(),
                    p.callCode(), call.callTitle(), day(call.approvedAt()), p.line() == null ? null : p.line().name(),
                    p.protocolNumber(), p.acronym(), p.title(), p.summary(), p.clusterCode(),
                    p.clusterCode() == null ? null : clusterName.apply(p.clusterCode()), p.thematicAreaCode(),
                    p.thematicAreaCode() == null ? null : areaName.apply(p.thematicAreaCode()), p.plannedStart(),
                    plannedEnd(p.plannedStart(), p.durationMonths()), p.durationMonths(), money(p.eligibleCost()),
                    money(p.grant()), null, "EUR", p.awardStatus(), day(p.decidedAt()), beneficiaries));
        }
        return out;
    }

    /** Whether a project is published: it holds or held an award (ended ones stay, with their status). */
    static boolean published(ProjectFacts p) {
        return p.awardStatus() != null;
    }

    /** The call's code and the protocol number with at least six digits: {@code RD-CLUSTER-2025/000012}. */
    static String localProjectCode(String callCode, long protocolNumber) {
        String number = Long.toString(protocolNumber);
        return callCode + "/" + "0".repeat(Math.max(0, PROTOCOL_DIGITS - number.length())) + number;
    }

    /** The last day of a project that starts on {@code start} and lasts {@code months}: 2026-01-01, 24: 2027-12-31. */
    static LocalDate plannedEnd(LocalDate start, Integer months) {
        return start == null || months == null ? null : start.plusMonths(months).minusDays(1);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : ClockProducer.inRome(instant).toLocalDate();
    }
}
