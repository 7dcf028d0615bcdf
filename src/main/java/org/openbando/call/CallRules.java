package org.openbando.call;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openbando.organization.ClusterDirectory;
import org.openbando.shared.PublicApi;

/**
 * The one immutable view of a call that other features judge proposals by: its identity, window, thematic areas (code
 * to Italian name) and the rules set by the officer. Read it with {@link CallService#rules(long)}; never read the
 * call's entity or tables.
 */
@PublicApi
public record CallRules(long callId, String code, String title, SubmissionWindow window,
        Map<String, String> thematicAreas, int minStartTrl, int minTargetTrl, int maxTargetTrl,
        boolean researchMustPrevail, BigDecimal minProjectCost, BigDecimal maxProjectCost, int minEnterprises,
        int maxProposalsPerEnterprise, int completionTermDays, boolean noticeBeforeRejection,
        int observationsTermDays) {

    public CallRules {
        thematicAreas = Map.copyOf(thematicAreas);
    }

    public Set<String> thematicAreaCodes() {
        return thematicAreas.keySet();
    }

    /** "CODE name" of a thematic area of the call, or the code alone when the call does not list it. */
    public String areaLabel(String code) {
        String name = code == null ? null : thematicAreas.get(code);
        return name == null ? code : code + " " + name;
    }

    static CallRules of(GrantCall c, Map<Long, ClusterDirectory.AreaRef> thematicAreas) {
        Map<String, String> areas = new TreeMap<>();
        thematicAreas.values().forEach(a -> areas.put(a.code(), a.name()));
        RuleSettings r = c.rules;
        return new CallRules(c.id, c.code, c.title, new SubmissionWindow(c.status, c.opensAt, c.deadlineAt), areas,
                r.minStartTrl, r.minTargetTrl, r.maxTargetTrl, r.researchMustPrevail, r.minProjectCost,
                r.maxProjectCost, r.minEnterprises, r.maxProposalsPerEnterprise, r.completionTermDays,
                r.noticeBeforeRejection, r.observationsTermDays);
    }
}
